package dev.rapport.job;

import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.MailMessage;
import dev.rapport.threads.Threading;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The dedupe stage: the same message filed in several folders (Enron's {@code all_documents}, Gmail's labels as
 * folders, an mbox exported twice) is kept once, and kept messages outside {@code --since}/{@code --until} are
 * skipped. Each copy stays a record, {@code SKIPPED} with its reason, so run.json accounts for it.
 *
 * <pre>{@code
 * JavaRDD<IngestRecord> decided = Dedupe.decide(messages, since, until, 8);   // same records, outcomes decided
 * }</pre>
 *
 * <p>Copies are messages of one person with the same sender, date, subject (trimmed, any case) and own text (any
 * whitespace). Of the copies, the one in a sent folder is kept, else the first by source and position. One
 * {@code groupByKey} over the records (not a window over the wide message rows, which Spark SQL spent seconds
 * planning for a handful of messages).
 */
final class Dedupe {
  static final String DUPLICATE = "duplicate of a message kept from another file";
  static final String OUTSIDE = "outside --since/--until";
  /** Folders and labels that mean "sent by this mailbox" (Thunderbird, Outlook, Enron/CMU, Gmail). */
  private static final Pattern SENT_FOLDER =
      Pattern.compile("(?i)(^|/)(_?sent|sent[ _-]?(items|mail|messages)?|outbox|gesendet|envoy[ée]s)$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Which copy is kept: one in a sent folder first, then by source (in Spark's string order) and position. */
  static final Comparator<IngestRecord> KEEP_ORDER = Comparator
      .comparing((IngestRecord r) -> inSentFolder(r.message()) ? 0 : 1)
      .thenComparing(r -> UTF8String.fromString(r.source()))
      .thenComparingLong(IngestRecord::position);

  private Dedupe() {}

  /**
   * @param messages records that carry a message ({@link IngestRecord#message()} not null), all {@code PARSED}
   * @param since    kept messages dated before this are skipped; null for no bound
   * @param until    kept messages dated at or after this are skipped; null for no bound
   * @param partitions of the shuffle that brings copies together (the run's SQL shuffle partitions)
   * @return every record of {@code messages}: kept ones unchanged, copies and dates out of range {@code SKIPPED}
   *     with the reason and without the message
   */
  static JavaRDD<IngestRecord> decide(JavaRDD<IngestRecord> messages, Instant since, Instant until,
      int partitions) {
    return messages.keyBy(r -> contentKey(r.message()))
        .groupByKey(partitions)
        .flatMap(g -> decide(g._2(), since, until).iterator());
  }

  /** One set of copies: the first in {@link #KEEP_ORDER} is kept unless its date is out of range. */
  static List<IngestRecord> decide(Iterable<IngestRecord> copies, Instant since, Instant until) {
    List<IngestRecord> sorted = new ArrayList<>();
    copies.forEach(sorted::add);
    sorted.sort(KEEP_ORDER);
    List<IngestRecord> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      IngestRecord r = sorted.get(i);
      Instant date = r.message().date();
      boolean outside = date != null && (since != null && date.isBefore(since)
          || until != null && !date.isBefore(until));
      out.add(i > 0 ? skipped(r, DUPLICATE) : outside ? skipped(r, OUTSIDE) : r);
    }
    return out;
  }

  private static IngestRecord skipped(IngestRecord r, String reason) {
    return new IngestRecord(r.person(), r.entry(), r.format(), IngestRecord.Outcome.SKIPPED, r.source(),
        r.position(), reason, null, null, r.notes());
  }

  static boolean inSentFolder(MailMessage m) {
    return m.folder() != null && SENT_FOLDER.matcher(m.folder().toLowerCase(Locale.ROOT)).find()
        || m.labels().contains("Sent");
  }

  /** A digest of person, sender, date, trimmed lower-case subject and whitespace-collapsed own text. */
  static String contentKey(MailMessage m) {
    String key = String.join("\u0001", m.person(), m.from() == null ? "" : m.from().key(),
        m.date() == null ? "" : m.date().toString(), Threading.subjectKey(m.subject()),
        m.ownText() == null ? "" : SPACES.matcher(m.ownText()).replaceAll(" "));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
