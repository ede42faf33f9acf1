package dev.rapport.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.rapport.patterns.PatternId;

class CohortGeneratorTest {
  @TempDir
  Path tmp;

  @Test
  void sameSeedWritesByteIdenticalCohorts() throws IOException {
    CohortGenerator.random(tmp.resolve("a"), 5, 120, 42);
    CohortGenerator.random(tmp.resolve("b"), 5, 120, 42);
    CohortGenerator.random(tmp.resolve("c"), 5, 120, 43);
    Map<String, String> a = GeneratedFiles.hashes(tmp.resolve("a"));
    assertTrue(a.size() > 10, "expected files for five people, got " + a.keySet());
    assertEquals(a, GeneratedFiles.hashes(tmp.resolve("b")));
    assertNotEquals(a, GeneratedFiles.hashes(tmp.resolve("c")), "another seed must give another cohort");
  }

  @Test
  void storiesAreByteIdenticalForASeed() throws IOException {
    CohortGenerator.stories(tmp.resolve("a"), 7);
    CohortGenerator.stories(tmp.resolve("b"), 7);
    assertEquals(GeneratedFiles.hashes(tmp.resolve("a")), GeneratedFiles.hashes(tmp.resolve("b")));
  }

  @Test
  void rerunIntoTheSameFolderLeavesExactlyTheNewOutput() throws IOException {
    CohortGenerator.random(tmp.resolve("x"), 2, 60, 1);
    Files.writeString(tmp.resolve("x/person-0001/stale.txt"), "left from an older run");
    CohortGenerator.random(tmp.resolve("x"), 2, 60, 1);
    CohortGenerator.random(tmp.resolve("y"), 2, 60, 1);
    assertEquals(GeneratedFiles.hashes(tmp.resolve("y")), GeneratedFiles.hashes(tmp.resolve("x")));
  }

  @Test
  void messagesPerPersonIsApproximatelyWhatWasAsked() throws IOException {
    CohortGenerator.Summary s = CohortGenerator.random(tmp, 5, 400, 9);
    assertEquals(5, s.people());
    assertTrue(s.messages() >= 5 * 400 && s.messages() <= 5 * 440, "messages written: " + s.messages());
  }

  @Test
  void everyFormatAppearsInACohortOfFive() throws IOException {
    CohortGenerator.random(tmp, 5, 80, 3);
    Set<String> seen = new HashSet<>();
    try (Stream<Path> files = Files.walk(tmp)) {
      files.map(p -> tmp.relativize(p).toString()).forEach(p -> {
        if (p.endsWith(TakeoutMbox.PATH)) {
          seen.add("takeout");
        } else if (p.endsWith("Local Folders/Inbox")) {
          seen.add("thunderbird");
        } else if (p.contains("Maildir/.Sent/cur")) {
          seen.add("maildir");
        } else if (p.endsWith(".eml")) {
          seen.add("eml");
        } else if (p.matches(".*Basic_LinkedInDataExport_\\d{2}-\\d{2}-\\d{4}\\.zip")) {
          seen.add("linkedin");
        }
      });
    }
    assertEquals(Set.of("takeout", "thunderbird", "maildir", "eml", "linkedin"), seen);
  }

  @Test
  void sixthPersonHasTheSameMailInTakeoutAndThunderbird() throws IOException {
    CohortGenerator.random(tmp, 6, 60, 5);
    Path person = tmp.resolve("person-0006");
    Pattern id = Pattern.compile("(?m)^Message-ID: (<[^>]+>)");
    Set<String> takeout = new HashSet<>();
    id.matcher(Files.readString(person.resolve(TakeoutMbox.PATH))).results().forEach(r -> takeout.add(r.group(1)));
    Set<String> thunderbird = new HashSet<>();
    for (String folder : List.of("Inbox", "Sent")) {
      id.matcher(Files.readString(person.resolve(ThunderbirdMbox.FOLDER).resolve(folder))).results()
          .forEach(r -> thunderbird.add(r.group(1)));
    }
    assertTrue(takeout.size() > 40, "messages with an id: " + takeout.size());
    assertEquals(takeout, thunderbird);
  }

  @Test
  void storyCohortCoversEveryPatternWithHealthyAndBulkHeavyPeople() {
    Set<String> covered = new HashSet<>();
    int healthy = 0;
    int pairs = 0;
    Set<String> folders = new HashSet<>();
    for (Persona p : Stories.all()) {
      assertTrue(folders.add(p.folder()), "duplicate folder " + p.folder());
      for (String id : p.expected()) {
        PatternId.fromId(id); // throws for an id patterns.md does not define
      }
      covered.addAll(p.expected());
      healthy += p.expected().isEmpty() ? 1 : 0;
      pairs += p.expected().size() == 2 ? 1 : 0;
    }
    Set<String> all = new HashSet<>();
    for (PatternId id : PatternId.values()) {
      all.add(id.id());
    }
    assertEquals(all, covered);
    assertTrue(healthy >= 3, "two healthy people and one newsletter-heavy one expected, got " + healthy);
    assertTrue(pairs >= 2, "a couple of people with two patterns expected, got " + pairs);
    assertTrue(folders.size() >= 12 && folders.size() <= 14, "12-14 story people, got " + folders.size());
  }

  @Test
  void expectedJsonNamesEveryStoryFolderWithItsPatterns() throws IOException {
    CohortGenerator.stories(tmp, CohortGenerator.STORY_SEED);
    String json = Files.readString(tmp.resolve("expected.json"));
    Matcher m = Pattern.compile("\"([a-z0-9-]+)\": \\{\"expected\": \\[([^\\]]*)\\], \"story\": \"").matcher(json);
    Map<String, String> found = new TreeMap<>();
    while (m.find()) {
      found.put(m.group(1), m.group(2));
    }
    assertTrue(json.startsWith("{\n  \"people\": {"), json);
    for (Persona p : Stories.all()) {
      assertTrue(Files.isDirectory(tmp.resolve(p.folder())), p.folder());
      String ids = String.join(", ", p.expected().stream().map(id -> "\"" + id + "\"").toList());
      assertEquals(ids, found.get(p.folder()), p.folder());
    }
    assertEquals(Stories.all().size(), found.size());
  }

  @Test
  void storyPeopleHaveFortyToOneHundredFiftyMessagesAndTheCohortIsSmall() throws IOException {
    long total = 0;
    for (Persona p : Stories.all()) {
      long n = CohortGenerator.write(tmp, p, CohortGenerator.STORY_SEED);
      assertTrue(n >= 40 && n <= 150, p.folder() + " has " + n + " messages");
      total += n;
    }
    long bytes;
    try (Stream<Path> files = Files.walk(tmp)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    assertTrue(bytes < 5_000_000, "story cohort is " + bytes + " bytes for " + total + " messages");
  }

  @Test
  void allActivityLiesInTheStoryWindow() throws IOException {
    CohortGenerator.stories(tmp, CohortGenerator.STORY_SEED);
    Pattern date = Pattern.compile("(?m)^Date: \\w{3}, (\\d{1,2}) (\\w{3}) (\\d{4}) ");
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".zip")).toList()) {
        Matcher m = date.matcher(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        while (m.find()) {
          int year = Integer.parseInt(m.group(3));
          assertTrue(year == 2024 || (year == 2025 && !Set.of("Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
              .contains(m.group(2))), f + ": " + m.group());
        }
      }
    }
  }
}
