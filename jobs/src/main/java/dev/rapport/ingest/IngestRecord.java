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

  /** A record that could not be read; the reason keeps no content of the record ({@link #withoutContent}). */
  public static IngestRecord quarantined(String person, String entry, String format, String source, long position,
      String reason) {
    return new IngestRecord(person, entry, format, Outcome.QUARANTINED, source, position, withoutContent(reason),
        null, null, null);
  }

  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile("[^\\s<>()\\[\\]{}'\",;:]+@[^\\s<>()\\[\\]{}'\",;:]+");
  private static final java.util.regex.Pattern QUOTED_WORDS =
      java.util.regex.Pattern.compile(
          "'[^'\\n]*[^'\\s]\\s+[^'\\s][^'\\n]*'|\"[^\"\\n]*[^\"\\s]\\s+[^\"\\s][^\"\\n]*\"");
  static final int MAX_REASON_CHARS = 300;

  /**
   * A quarantine reason as written to {@code quarantine/} and {@code run.json}: where and why, never what. Parsers'
   * messages sometimes quote the bytes they failed on, so addresses become {@code <address>}, quoted text of two
   * words or more (not a file or header name, nor a separator like {@code 'From '}) becomes {@code '…'}, and the
   * reason is cut at {@value #MAX_REASON_CHARS} characters. The later stages' isolation (the language stage, the
   * detectors, the reports) masks its reasons the same way.
   */
  public static String withoutContent(String reason) {
    if (reason == null) {
      return null;
    }
    String r = QUOTED_WORDS.matcher(ADDRESS.matcher(reason).replaceAll("<address>")).replaceAll("'…'");
    return r.length() <= MAX_REASON_CHARS ? r : r.substring(0, MAX_REASON_CHARS - 1) + "…";
  }
}
