package dev.rapport.job;

import dev.rapport.ingest.InputDiscovery;
import dev.rapport.ingest.Limits;
import dev.rapport.patterns.Thresholds;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything {@code analyze} was asked to do, already checked; immutable, and echoed into {@code run.json}.
 *
 * @param master        the Spark master to start an embedded session on (null: {@code local[*]}, or the cluster's
 *                      under spark-submit)
 * @param me            the owner's addresses or names when they cannot be inferred (applies to every person)
 * @param since         messages before this instant are skipped (null: no lower bound)
 * @param until         messages at or after this instant are skipped (null: no upper bound)
 * @param linkedInZone  the zone LinkedIn's zone-less dates are read in
 * @param realNames     show contacts' real names instead of pseudonyms (for a person reviewing their own archive)
 * @param thresholds    every threshold of the run, defaults with the user's overrides
 * @param limits        how much of one record the readers accept, defaults with the user's overrides
 * @param fullTables    tables/ as read, other people's words and addresses included (--tables full), rather than
 *                      private (see PrivateTables)
 */
public record AnalyzeOptions(
    List<String> inputs,
    String out,
    List<String> me,
    Instant since,
    Instant until,
    String master,
    InputDiscovery.Mode mode,
    String person,
    ZoneId linkedInZone,
    boolean realNames,
    Thresholds thresholds,
    long splitBytes,
    Limits limits,
    boolean fullTables) {

  public AnalyzeOptions {
    inputs = List.copyOf(inputs);
    me = me == null ? List.of() : List.copyOf(me);
    thresholds = thresholds == null ? Thresholds.defaults() : thresholds;
    linkedInZone = linkedInZone == null ? ZoneId.of("UTC") : linkedInZone;
    mode = mode == null ? InputDiscovery.Mode.AUTO : mode;
    if (splitBytes <= 0) {
      splitBytes = 128L << 20;
    }
    limits = limits == null ? Limits.defaults() : limits;
  }

  /** With private tables. */
  public AnalyzeOptions(List<String> inputs, String out, List<String> me, Instant since, Instant until, String master,
      InputDiscovery.Mode mode, String person, ZoneId linkedInZone, boolean realNames, Thresholds thresholds,
      long splitBytes, Limits limits) {
    this(inputs, out, me, since, until, master, mode, person, linkedInZone, realNames, thresholds, splitBytes, limits,
        false);
  }

  /** With the default {@link Limits}. */
  public AnalyzeOptions(List<String> inputs, String out, List<String> me, Instant since, Instant until, String master,
      InputDiscovery.Mode mode, String person, ZoneId linkedInZone, boolean realNames, Thresholds thresholds,
      long splitBytes) {
    this(inputs, out, me, since, until, master, mode, person, linkedInZone, realNames, thresholds, splitBytes, null);
  }

  /** A copy reading records within {@code other}. */
  public AnalyzeOptions withLimits(Limits other) {
    return new AnalyzeOptions(inputs, out, me, since, until, master, mode, person, linkedInZone, realNames, thresholds,
        splitBytes, other, fullTables);
  }

  /** A copy writing tables/ in full (true) or private (false). */
  public AnalyzeOptions withFullTables(boolean full) {
    return new AnalyzeOptions(inputs, out, me, since, until, master, mode, person, linkedInZone, realNames, thresholds,
        splitBytes, limits, full);
  }

  public static AnalyzeOptions of(List<String> inputs, String out) {
    return new AnalyzeOptions(inputs, out, List.of(), null, null, null, InputDiscovery.Mode.AUTO, null,
        ZoneId.of("UTC"), false, Thresholds.defaults(), 0);
  }

  /** The options as run.json shows them: sorted, paths as given, thresholds as far as they differ from defaults. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new TreeMap<>();
    m.put("inputs", inputs);
    m.put("out", out);
    m.put("me", me);
    m.put("since", since == null ? null : since.toString());
    m.put("until", until == null ? null : until.toString());
    m.put("mode", mode.name().toLowerCase());
    m.put("person", person);
    m.put("linkedin_zone", linkedInZone.getId());
    m.put("real_names", realNames);
    m.put("tables", fullTables ? "full" : "private");
    m.put("thresholds", thresholds.changed());
    m.put("limits", limits.changed());
    m.put("split_bytes", splitBytes);
    // the thread window is conversation_gap_days now; the key stays for readers of earlier run.json files
    m.put("thread_window_days", thresholds.conversationGapDays());
    return m;
  }
}
