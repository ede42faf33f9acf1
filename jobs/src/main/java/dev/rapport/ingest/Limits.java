package dev.rapport.ingest;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How much of one record the readers accept: the declarations, one {@link Limit} each, and an immutable set of
 * values for one run. A record beyond a limit is cut there and keeps a note saying so ({@link MailMessage#notes()},
 * counted per entry in {@code run.json} under {@code noted_reasons}), so that no archive, however hostile, can make a
 * task hold a gigabyte or make a later stage quadratic, and no truncation goes unsaid.
 *
 * <pre>{@code
 * Limits limits = Limits.defaults().withOverrides(Map.of("max_line_bytes", "65536"));
 * String note = limits.dateNote(date);            // null when the date can be true
 * }</pre>
 *
 * <p>The defaults sit far above anything in real mail (the Enron mailboxes' largest header is 68 kB, for 947
 * recipients), so that they change nothing on ordinary archives. Start from {@link #defaults()} and override by
 * key; do not build one by hand.
 */
public final class Limits implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Filled by the declarations below, in their order; must stay the first static field. */
  private static final List<Limit> DECLARED = new ArrayList<>();

  public static final Limit MAX_MESSAGE_BYTES = key("max_message_bytes")
      .doc("The bytes of one message (an mbox message, a one-message file) that are read.")
      .beyond("the rest of the message is not read (an attachment past it is measured only as far as it was read);"
          + " the message is kept and noted")
      .source("64 MiB: above the 25-50 MB attachment caps of the large mail services, so only a broken or hostile"
          + " archive reaches it.")
      .checkValue(v -> v >= 4096 && v <= Integer.MAX_VALUE - 8, "4096 to 2147483639")
      .createWithDefault(64L << 20);

  public static final Limit MAX_LINE_BYTES = key("max_line_bytes")
      .doc("The bytes of one physical line that are kept, in mbox files, one-message files and LinkedIn CSVs.")
      .beyond("the rest of the line is skipped without being held; the message is noted")
      .source("1 MiB: RFC 5322 allows 998 characters; HTML mail in the wild has lines of a few hundred kB.")
      .checkValue(v -> v >= 1024 && v <= Integer.MAX_VALUE - 8, "1024 to 2147483639")
      .createWithDefault(1L << 20);

  public static final Limit MAX_TEXT_BYTES = key("max_text_bytes")
      .doc("The bytes of one text part that are decoded; a message's text, all parts together, is cut at as many"
          + " characters.")
      .beyond("the rest of the text is not kept (language signals read only the first 4,000 characters anyway);"
          + " the message is noted")
      .source("1 MiB, as before limits were declared: a long e-mail is tens of kB.")
      .checkValue(v -> v >= 4096 && v <= (Integer.MAX_VALUE - 8) / 2, "4096 to 1073741819")
      .createWithDefault(1L << 20);

  public static final Limit MAX_HEADER_COUNT = key("max_header_count")
      .doc("Header fields read per message or part.")
      .beyond("further fields are ignored; the message is noted")
      .source("1,000: spam with long Received chains has a few hundred at most.")
      .checkValue(v -> v >= 10, "at least 10")
      .createWithDefault(1_000);

  public static final Limit MAX_HEADER_BYTES = key("max_header_bytes")
      .doc("The bytes of one header field, folded lines together, that are read.")
      .beyond("the field is cut there (a recipient list keeps the addresses before the cut); the message is noted")
      .source("256 KiB: the largest field in the Enron mailboxes is 68 kB (947 recipients).")
      .checkValue(v -> v >= 1024 && v <= Integer.MAX_VALUE - 8, "1024 to 2147483639")
      .createWithDefault(256L << 10);

  public static final Limit MAX_MIME_DEPTH = key("max_mime_depth")
      .doc("How deep multiparts and attached messages may nest.")
      .beyond("deeper parts are not read; what was read before is kept; the message is noted")
      .source("32: forwards of forwards rarely pass 10 levels; every level costs a stream layer in mime4j.")
      .checkValue(v -> v >= 2 && v <= 1000, "2 to 1000")
      .createWithDefault(32);

  public static final Limit MAX_MESSAGE_RECIPIENTS = key("max_message_recipients")
      .doc("To and Cc addresses kept per message.")
      .beyond("the first ones are kept; the message is noted (it is bulk anyway, see max_recipients)")
      .source("2,000: above the 947 of the largest Enron message; keeps per-message work on recipients linear in"
          + " practice (Spark's array_distinct over structs compares every pair).")
      .checkValue(v -> v >= 10, "at least 10")
      .createWithDefault(2_000);

  public static final Limit MAX_REFERENCES = key("max_references")
      .doc("Message-IDs kept from one References header (after dropping the message's own id and repeats).")
      .beyond("the first ones (the thread root first) are kept; the message is noted")
      .source("200: mail clients trim References to about 20; long mailing-list threads reach a few dozen.")
      .checkValue(v -> v >= 1, "at least 1")
      .createWithDefault(200);

  public static final Limit MAX_ATTACHMENTS = key("max_attachments")
      .doc("Attachments listed per message (name, type and size; contents are never kept).")
      .beyond("further attachments are not listed; the message is noted")
      .source("500: far above any real message; bounds the attachments column.")
      .checkValue(v -> v >= 1, "at least 1")
      .createWithDefault(500);

  public static final Limit EARLIEST_YEAR = key("earliest_year")
      .doc("A Date before 1 January of this year (UTC) cannot be true: the message's date is unknown.")
      .beyond("the date is dropped (unknown), with the reason noted; the message is kept")
      .source("1971, the first network e-mail; a zero Unix timestamp (1970-01-01) and year-1 dates from broken"
          + " clients fall before it.")
      .checkValue(v -> v >= 1 && v <= 9999, "1 to 9999")
      .createWithDefault(1971);

  public static final Limit MAX_FUTURE_DAYS = key("max_future_days")
      .doc("A Date more than this many days after the run started cannot be true: the message's date is unknown.")
      .beyond("the date is dropped (unknown), with the reason noted; the message is kept")
      .source("7 days: wrong time zones and skewed clocks put real mail hours ahead, not weeks.")
      .checkValue(v -> v >= 0 && v <= 36_500, "0 to 36500")
      .createWithDefault(7);

  private static final List<Limit> ALL = List.copyOf(DECLARED);

  private final long[] values;
  /** The run's start: dates after it plus {@link #MAX_FUTURE_DAYS} are in the future. */
  private final Instant asOf;

  private Limits(long[] values, Instant asOf) {
    this.values = values;
    this.asOf = asOf;
  }

  private static Limit.Builder key(String key) {
    return Limit.key(key, DECLARED);
  }

  /** The defaults, judging dates against now. */
  public static Limits defaults() {
    long[] v = new long[ALL.size()];
    for (Limit l : ALL) {
      v[l.index()] = l.defaultValue();
    }
    return new Limits(v, Instant.now());
  }

  /** Every declaration sorted by key, as run.json and the README list them. */
  public static List<Limit> byKey() {
    List<Limit> sorted = new ArrayList<>(ALL);
    sorted.sort(Comparator.comparing(Limit::key));
    return List.copyOf(sorted);
  }

  /** True when {@code key} names a limit (so that {@code --set} can tell limits from thresholds). */
  public static boolean isKey(String key) {
    return ALL.stream().anyMatch(l -> l.key().equals(key));
  }

  public long get(Limit limit) {
    return values[limit.index()];
  }

  /** A copy with one value replaced, checked as {@code --set} would. */
  public Limits with(Limit limit, long value) {
    long[] copy = values.clone();
    copy[limit.index()] = limit.check(value);
    return new Limits(copy, asOf);
  }

  /** A copy that judges future dates against {@code instant} instead of the moment it was made. */
  public Limits asOf(Instant instant) {
    return new Limits(values, Objects.requireNonNull(instant, "instant"));
  }

  /**
   * A copy with the given values replaced ({@code "max_line_bytes" -> "65536"}).
   *
   * @throws IllegalArgumentException naming the key and the value when the key is unknown or the value not allowed
   */
  public Limits withOverrides(Map<String, String> overrides) {
    if (overrides == null || overrides.isEmpty()) {
      return this;
    }
    long[] copy = values.clone();
    for (var e : new TreeMap<>(overrides).entrySet()) {
      Limit l = ALL.stream().filter(x -> x.key().equals(e.getKey())).findFirst().orElseThrow(() ->
          new IllegalArgumentException("unknown limit '" + e.getKey() + "' (value '" + e.getValue() + "'); known: "
              + byKey()));
      copy[l.index()] = l.parse(e.getValue());
    }
    return new Limits(copy, asOf);
  }

  /** The values that differ from the defaults, by key, sorted: what a run changed, for run.json. */
  public Map<String, Object> changed() {
    Map<String, Object> out = new TreeMap<>();
    for (Limit l : ALL) {
      if (get(l) != l.defaultValue()) {
        out.put(l.key(), get(l));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  public int maxMessageBytes() {
    return (int) get(MAX_MESSAGE_BYTES);
  }

  public int maxLineBytes() {
    return (int) get(MAX_LINE_BYTES);
  }

  public int maxTextBytes() {
    return (int) get(MAX_TEXT_BYTES);
  }

  public int maxHeaderCount() {
    return (int) Math.min(Integer.MAX_VALUE, get(MAX_HEADER_COUNT));
  }

  public int maxHeaderBytes() {
    return (int) get(MAX_HEADER_BYTES);
  }

  public int maxMimeDepth() {
    return (int) get(MAX_MIME_DEPTH);
  }

  public int maxMessageRecipients() {
    return (int) Math.min(Integer.MAX_VALUE, get(MAX_MESSAGE_RECIPIENTS));
  }

  public int maxReferences() {
    return (int) Math.min(Integer.MAX_VALUE, get(MAX_REFERENCES));
  }

  public int maxAttachments() {
    return (int) Math.min(Integer.MAX_VALUE, get(MAX_ATTACHMENTS));
  }

  // ---- the notes a record keeps; each is a fixed text, so that run.json can count them by reason ----

  public String lineNote() {
    return "line longer than max_line_bytes (" + maxLineBytes() + "): cut";
  }

  public String messageNote() {
    return "message larger than max_message_bytes (" + maxMessageBytes() + "): cut";
  }

  public String textNote() {
    return "text longer than max_text_bytes (" + maxTextBytes() + "): cut";
  }

  public String headerCountNote() {
    return "more than max_header_count (" + maxHeaderCount() + ") header fields: the rest ignored";
  }

  public String headerBytesNote() {
    return "header field longer than max_header_bytes (" + maxHeaderBytes() + "): cut";
  }

  public String mimeDepthNote() {
    return "MIME parts nested deeper than max_mime_depth (" + maxMimeDepth() + "): deeper parts not read";
  }

  public String recipientsNote() {
    return "more than max_message_recipients (" + maxMessageRecipients() + ") recipients: the first kept";
  }

  public String referencesNote() {
    return "more than max_references (" + maxReferences() + ") references: the first kept";
  }

  public String attachmentsNote() {
    return "more than max_attachments (" + maxAttachments() + ") attachments: the first listed";
  }

  /** Why {@code date} cannot be true and is to be treated as unknown, or null when it can be true. */
  public String dateNote(Instant date) {
    if (date == null) {
      return null;
    }
    if (date.equals(Instant.EPOCH)) {
      return "date is a zero Unix timestamp (1970-01-01T00:00:00Z): date unknown";
    }
    long year = get(EARLIEST_YEAR);
    if (date.isBefore(LocalDate.of((int) year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
      return "date before earliest_year (" + year + "): date unknown";
    }
    if (date.isAfter(asOf.plus(Duration.ofDays(get(MAX_FUTURE_DAYS))))) {
      return "date more than max_future_days (" + get(MAX_FUTURE_DAYS) + ") after the run: date unknown";
    }
    return null;
  }

  /** The README's limits table, one row per key in key order, ending with a newline. */
  public static String markdown() {
    StringBuilder b = new StringBuilder("| key | default | allowed | bounds | beyond it | source |\n"
        + "|---|---|---|---|---|---|\n");
    for (Limit l : byKey()) {
      b.append("| `").append(l.key()).append("` | ").append(l.defaultValue()).append(" | ")
          .append(cell(l.range())).append(" | ").append(cell(l.doc())).append(" | ").append(cell(l.beyond()))
          .append(" | ").append(cell(l.source())).append(" |\n");
    }
    return b.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Limits l && java.util.Arrays.equals(values, l.values) && asOf.equals(l.asOf);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(values) * 31 + asOf.hashCode();
  }

  @Override
  public String toString() {
    Map<String, Object> all = new TreeMap<>();
    ALL.forEach(l -> all.put(l.key(), get(l)));
    return "Limits" + all;
  }
}
