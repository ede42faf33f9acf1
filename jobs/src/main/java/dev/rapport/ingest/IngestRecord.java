package dev.rapport.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * What became of one input record: parsed into a message, deliberately skipped, or quarantined.
 *
 * <p>Every record a reader meets produces exactly one of these, so that {@code run.json} can show
 * {@code read == parsed + skipped + quarantined} for each input entry.
 *
 * @param entry    the run.json input entry the record belongs to (a file, or a folder of one-message files)
 * @param source   the exact file the record came from
 * @param position byte offset or row number within {@code source}
 * @param reason   why it was skipped or quarantined; null when parsed
 * @param message  the parsed message; null unless {@code outcome == PARSED} and the record is a message
 * @param payload  a non-message record (a LinkedIn connection or invitation), null otherwise
 * @param notes    what was cut or dropped from a parsed record by a {@link Limits limit}; a message's own notes
 */
public record IngestRecord(
    String person,
    String entry,
    String format,
    Outcome outcome,
    String source,
    long position,
    String reason,
    MailMessage message,
    Serializable payload,
    java.util.List<String> notes) implements Serializable {

  public enum Outcome { PARSED, SKIPPED, QUARANTINED }

  public IngestRecord {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(outcome, "outcome");
    notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
  }

  public static IngestRecord parsed(String entry, MailMessage m) {
    return new IngestRecord(m.person(), entry, m.format(), Outcome.PARSED, m.source(), m.position(), null, m, null,
        m.notes());
  }

  public static IngestRecord parsedOther(String person, String entry, String format, String source, long position,
      Serializable payload) {
    return new IngestRecord(person, entry, format, Outcome.PARSED, source, position, null, null, payload,
        null);
  }

  /** A parsed non-message record that had to be cut or corrected, with the notes saying how. */
  public static IngestRecord parsedOther(String person, String entry, String format, String source, long position,
      Serializable payload, java.util.List<String> notes) {
    return new IngestRecord(person, entry, format, Outcome.PARSED, source, position, null, null, payload, notes);
  }

  public static IngestRecord skipped(String person, String entry, String format, String source, long position,
      String reason) {
    return new IngestRecord(person, entry, format, Outcome.SKIPPED, source, position, reason, null, null,
        null);
  }

  public static IngestRecord quarantined(String person, String entry, String format, String source, long position,
      String reason) {
    return new IngestRecord(person, entry, format, Outcome.QUARANTINED, source, position, reason, null,
        null, null);
  }
}
