package dev.rapport.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A story cohort's answer key ({@code expected.json}: each person's expected pattern ids, empty for a healthy
 * person), scored against the findings of an {@code analyze} run.
 *
 * <pre>{@code
 * AnswerKey.Score s = AnswerKey.read(cohort.resolve("expected.json")).score(out);
 * assertTrue(s.misses().isEmpty(), "expected patterns not found: " + s.misses());
 * assertTrue(s.expectedFound() >= 0.9 * s.reported(), s.toString());
 * }</pre>
 */
public final class AnswerKey {
  private final Map<String, Set<String>> expected;

  private AnswerKey(Map<String, Set<String>> expected) {
    this.expected = expected;
  }

  public static AnswerKey read(Path expectedJson) {
    JsonNode people = RunJson.read(expectedJson).get("people");
    if (people == null || !people.isObject()) {
      throw new IllegalArgumentException(expectedJson + " must hold {\"people\": {person: {\"expected\": [...]}}}");
    }
    Map<String, Set<String>> expected = new TreeMap<>();
    for (Iterator<String> it = people.fieldNames(); it.hasNext(); ) {
      String person = it.next();
      Set<String> want = new TreeSet<>();
      people.get(person).get("expected").forEach(p -> want.add(p.asText()));
      expected.put(person, Collections.unmodifiableSet(want));
    }
    return new AnswerKey(Collections.unmodifiableMap(expected));
  }

  /** Every person of the key to their expected pattern ids, sorted. */
  public Map<String, Set<String>> expected() {
    return expected;
  }

  /** The patterns of the findings in {@code out/people/PERSON/report.json}. */
  private static Set<String> found(Path out, String person) {
    Set<String> got = new TreeSet<>();
    RunJson.read(out.resolve("people").resolve(person).resolve("report.json")).get("findings")
        .forEach(f -> got.add(f.get("pattern").asText()));
    return got;
  }

  /** The key's people in the run written to {@code out}. */
  public Score score(Path out) {
    Map<String, Set<String>> found = new TreeMap<>();
    Map<String, Set<String>> misses = new TreeMap<>();
    Map<String, Set<String>> extras = new TreeMap<>();
    int reported = 0;
    int expectedFound = 0;
    for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
      String person = e.getKey();
      Set<String> got = found(out, person);
      found.put(person, got);
      reported += got.size();
      for (String p : got) {
        if (e.getValue().contains(p)) {
          expectedFound++;
        } else {
          extras.computeIfAbsent(person, k -> new TreeSet<>()).add(p);
        }
      }
      for (String p : e.getValue()) {
        if (!got.contains(p)) {
          misses.computeIfAbsent(person, k -> new TreeSet<>()).add(p);
        }
      }
    }
    return new Score(expected, found, misses, extras, reported, expectedFound);
  }

  /**
   * @param found         each person's reported patterns
   * @param misses        expected patterns not reported, by person (people without a miss are absent)
   * @param extras        reported patterns not expected, by person
   * @param reported      findings reported over the key's people
   * @param expectedFound of those, how many were expected
   */
  public record Score(Map<String, Set<String>> expected, Map<String, Set<String>> found,
      Map<String, Set<String>> misses, Map<String, Set<String>> extras, int reported, int expectedFound) {

    /** People the key calls healthy (nothing expected) who got a finding, with what they got. */
    public Map<String, Set<String>> healthyWithFindings() {
      Map<String, Set<String>> out = new TreeMap<>();
      expected.forEach((person, want) -> {
        if (want.isEmpty() && !found.get(person).isEmpty()) {
          out.put(person, found.get(person));
        }
      });
      return out;
    }

    @Override
    public String toString() {
      return expectedFound + " expected findings of " + reported + " reported; missed " + misses + ", unexpected "
          + extras;
    }
  }
}
