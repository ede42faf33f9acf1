package dev.rapport.job;

import dev.rapport.ingest.IngestRecord;
import java.io.Serializable;

/**
 * What a stage after ingest left out instead of failing the run: one line of {@code quarantine/} and one count in
 * {@code run.json}'s {@code isolated}. Ingest isolates a record it cannot read ({@code Ingest.isolated}); the later
 * stages isolate, each at its own grain, whatever throws:
 *
 * <ul>
 *   <li>{@value #LANGUAGE}: a text whose annotation threw gets {@code Signals.none()}; one entry per message (or
 *       invitation note) with that text, naming its input entry, source and position;
 *   <li>{@value #DETECTORS}: a detector that threw on one person leaves that pattern not assessable for that person
 *       ({@code pattern} says which); the other patterns and people are unaffected;
 *   <li>{@value #PEOPLE} and {@value #REPORTS}: a person whose data could not be assembled, or whose report could
 *       not be built or rendered, gets no report; the run names them in {@code run.json}'s {@code failed_people}.
 * </ul>
 *
 * <p>A reason is the exception's class and message masked as ingest masks its own ({@link
 * IngestRecord#withoutContent}): where and why, never the words of a message.
 *
 * @param entry    the run.json input entry; null for a person-level entry
 * @param source   the file the record came from; null for a person-level entry
 * @param position byte offset or row within {@code source}; null for a person-level entry
 * @param pattern  the pattern id whose detector failed; null unless {@code stage} is {@value #DETECTORS}
 */
record Isolated(String person, String stage, String entry, String source, Long position, String pattern,
    String reason) implements Serializable {

  static final String LANGUAGE = "language";
  static final String PEOPLE = "people";
  static final String DETECTORS = "detectors";
  static final String REPORTS = "reports";

  /** The stages that isolate, in the order they run. */
  static final java.util.List<String> STAGES = java.util.List.of(LANGUAGE, PEOPLE, DETECTORS, REPORTS);

  /** A person-level entry: the person gets no report. */
  static Isolated person(String person, String stage, String reason) {
    return new Isolated(person, stage, null, null, null, null, reason);
  }

  /** True when the person got no report because of this. */
  boolean failsPerson() {
    return PEOPLE.equals(stage) || REPORTS.equals(stage);
  }

  /** {@code what: ExceptionClass: message}, masked, never the content the failure met. */
  static String reason(String what, Throwable e) {
    String message = e.getMessage();
    return IngestRecord.withoutContent(what + ": " + e.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + message.strip()));
  }
}
