package dev.rapport.ingest;

import java.util.List;
import java.util.Map;

/**
 * What {@link InputDiscovery} found: the people, the reading tasks, the run.json entries with their formats, and
 * files that were looked at and left alone with the reason (licences, index files, empty or unknown files).
 */
public record InputPlan(List<String> people, List<ReadTask> tasks, Map<String, Entry> entries,
    List<Ignored> ignored) {

  /** One run.json input entry: a file, or a folder of one-message files. */
  public record Entry(String person, String path, String format) {}

  /** A file that is not an input record, and why. */
  public record Ignored(String person, String path, String reason) {}
}
