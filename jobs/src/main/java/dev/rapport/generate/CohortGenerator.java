package dev.rapport.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes synthetic cohorts: random background people for scale, or the labelled story people with
 * {@code expected.json}. Each person is a subfolder of the output; everything is a function of the seed, with a fixed
 * "now" ({@link #EXPORTED_AT}) so the output does not depend on the day the tool runs.
 *
 * <pre>{@code
 * CohortGenerator.stories(Path.of("data-samples"), CohortGenerator.STORY_SEED);
 * }</pre>
 * Writing into a folder replaces each person's subfolder it writes, and nothing else.
 */
public final class CohortGenerator {
  /** When every synthetic archive was exported; all activity lies in 2024-01-01 .. 2025-06-30. */
  public static final ZonedDateTime EXPORTED_AT = ZonedDateTime.of(2025, 6, 30, 18, 0, 0, 0, ZoneOffset.UTC);
  /** The seed of the committed data-samples. */
  public static final long STORY_SEED = 20250630L;

  /** What was written. */
  public record Summary(int people, long messages) {}

  private CohortGenerator() {}

  /** Writes {@code people} background people of about {@code messagesPerPerson} messages each. */
  public static Summary random(Path out, int people, int messagesPerPerson, long seed) throws IOException {
    if (people < 1) {
      throw new IllegalArgumentException("--people must be at least 1, got " + people);
    }
    if (messagesPerPerson < 1) {
      throw new IllegalArgumentException("--messages must be at least 1, got " + messagesPerPerson);
    }
    long total = 0;
    for (int i = 1; i <= people; i++) {
      String folder = String.format(Locale.ROOT, "person-%04d", i);
      Path dir = fresh(out, folder);
      total += RandomPersona.write(dir, i, seed ^ Mime.fnv(folder), messagesPerPerson);
    }
    return new Summary(people, total);
  }

  /** Writes the story people and {@code expected.json}. */
  public static Summary stories(Path out, long seed) throws IOException {
    long total = 0;
    List<Persona> personas = Stories.all();
    for (Persona p : personas) {
      total += write(out, p, seed);
    }
    writeExpected(out.resolve("expected.json"), personas);
    return new Summary(personas.size(), total);
  }

  static long write(Path out, Persona p, long seed) throws IOException {
    Path dir = fresh(out, p.folder());
    SplittableRandom rng = new SplittableRandom(seed ^ Mime.fnv(p.folder()));
    Cast cast = new Cast(rng);
    Person owner = cast.owner(p.first(), p.last(), p.school(), p.title());
    Phrasebook words = new Phrasebook(rng, owner, p.field(), p.role());
    try (Archive archive = Archive.open(dir, owner, words, rng, p.format(), p.linkedIn(), EXPORTED_AT)) {
      p.play().play(new Scene(archive, cast));
      return archive.messagesWritten();
    }
  }

  static void writeExpected(Path file, List<Persona> personas) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\n  \"people\": {\n");
      for (int i = 0; i < personas.size(); i++) {
        Persona p = personas.get(i);
        w.write("    " + json(p.folder()) + ": {\"expected\": [");
        for (int j = 0; j < p.expected().size(); j++) {
          w.write((j > 0 ? ", " : "") + json(p.expected().get(j)));
        }
        w.write("], \"story\": " + json(p.story()) + "}" + (i < personas.size() - 1 ? "," : "") + "\n");
      }
      w.write("  }\n}\n");
    }
  }

  static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** The person's folder, emptied first so a rerun leaves exactly what this run wrote. */
  private static Path fresh(Path out, String folder) throws IOException {
    Path dir = out.resolve(folder);
    if (Files.exists(dir)) {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    }
    Files.createDirectories(dir);
    return dir;
  }
}
