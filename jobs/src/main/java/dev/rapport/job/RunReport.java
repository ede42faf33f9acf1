package dev.rapport.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rapport.identity.Owner;
import dev.rapport.ingest.InputPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@code run.json}: what was read and what became of every record, options, stage timings and versions.
 * Everything but the timings is deterministic for the same input and options.
 */
public final class RunReport {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** Counts for one input entry; keys are (person, entry). */
  public static final class EntryCounts {
    long parsed;
    long skipped;
    long quarantined;
    final Map<String, Long> skippedReasons = new TreeMap<>();
    final Map<String, Long> quarantinedReasons = new TreeMap<>();
    long noted;
    final Map<String, Long> notedReasons = new TreeMap<>();

    /** {@code n} parsed records of this entry were cut or corrected by a limit (see {@code ingest.Limits}). */
    public void noted(long n) {
      noted += n;
    }

    /** {@code n} records of this entry carry the note {@code reason}. */
    public void note(String reason, long n) {
      notedReasons.merge(reason, n, Long::sum);
    }

    public void add(String outcome, String reason, long n) {
      switch (outcome) {
        case "PARSED" -> parsed += n;
        case "SKIPPED" -> {
          skipped += n;
          skippedReasons.merge(reason == null ? "unspecified" : reason, n, Long::sum);
        }
        case "QUARANTINED" -> {
          quarantined += n;
          quarantinedReasons.merge(reason == null ? "unspecified" : reason, n, Long::sum);
        }
        default -> throw new IllegalArgumentException("unknown outcome " + outcome);
      }
    }

    public long read() {
      return parsed + skipped + quarantined;
    }
  }

  private final Map<String, EntryCounts> counts = new TreeMap<>();
  private final Map<String, Long> stages = new LinkedHashMap<>();
  private final Map<String, Object> people = new TreeMap<>();
  private final Map<String, Object> extra = new TreeMap<>();

  public EntryCounts entry(String person, String entry) {
    return counts.computeIfAbsent(person + "\u0000" + entry, k -> new EntryCounts());
  }

  public void stage(String name, long millis) {
    stages.merge(name, millis, Long::sum);
  }

  /** Records the time since {@code sinceNanos} under {@code name} and returns now, for the next stage. */
  public long lap(String name, long sinceNanos) {
    long now = System.nanoTime();
    stage(name, (now - sinceNanos) / 1_000_000);
    return now;
  }

  public void owner(Owner owner) {
    Map<String, Object> o = new TreeMap<>();
    o.put("addresses", owner.addresses());
    o.put("names", owner.names());
    o.put("basis", owner.basis());
    ((Map<String, Object>) people.computeIfAbsent(owner.person(), k -> new TreeMap<String, Object>())).put("owner", o);
  }

  /** The person's entry under {@code people}, to add to. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> person(String person) {
    return (Map<String, Object>) people.computeIfAbsent(person, k -> new TreeMap<String, Object>());
  }

  public void put(String key, Object value) {
    extra.put(key, value);
  }

  public String render(InputPlan plan, AnalyzeOptions options, Map<String, String> versions) {
    List<Map<String, Object>> inputs = new ArrayList<>();
    List<InputPlan.Entry> entries = new ArrayList<>(plan.entries().values());
    entries.sort((a, b) -> a.person().equals(b.person()) ? a.path().compareTo(b.path())
        : a.person().compareTo(b.person()));
    for (InputPlan.Entry e : entries) {
      EntryCounts c = counts.getOrDefault(e.person() + "\u0000" + e.path(), new EntryCounts());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("person", e.person());
      m.put("path", e.path());
      m.put("format", e.format());
      m.put("read", c.read());
      m.put("parsed", c.parsed);
      m.put("skipped", c.skipped);
      m.put("quarantined", c.quarantined);
      m.put("skipped_reasons", c.skippedReasons);
      m.put("quarantined_reasons", c.quarantinedReasons);
      m.put("noted", c.noted);
      m.put("noted_reasons", c.notedReasons);
      inputs.add(m);
    }
    List<Map<String, Object>> ignored = new ArrayList<>();
    Map<String, Long> ignoredReasons = new TreeMap<>();
    for (InputPlan.Ignored i : plan.ignored()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("person", i.person());
      m.put("path", i.path());
      m.put("reason", i.reason());
      ignored.add(m);
      ignoredReasons.merge(i.reason(), 1L, Long::sum);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("inputs", inputs);
    root.put("ignored_files", ignored);
    root.put("ignored_reasons", ignoredReasons);
    root.put("people", people);
    root.put("stages", stages);
    root.put("options", options.describe());
    root.put("versions", versions);
    root.putAll(extra);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("run.json could not be written", e);
    }
  }
}
