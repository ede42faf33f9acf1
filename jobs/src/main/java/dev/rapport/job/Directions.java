package dev.rapport.job;

import dev.rapport.ingest.MailMessage;
import dev.rapport.ingest.MessageTable;
import dev.rapport.ingest.Party;
import dev.rapport.threads.Threading;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Who each kept message is from and to, seen from its archive's owner: {@code direction} (the owner sent it; an
 * assistant filed it in a sent folder on the owner's behalf, {@code delegate}; or it came to the owner,
 * {@code received}), {@code others_count} (distinct recipients who are not the owner) and the bulk rules that need
 * the owner or the cohort: mail to more than {@code max_recipients} others, and the same subject from one sender in
 * {@code mass_mail_min_people} people's archives (an announcement, a promotion, a note to a whole class), which is
 * mass mail even without list headers.
 *
 * <pre>{@code
 * Map<Directions.Sender, Integer> mass = Directions.massMail(kept, thresholds.massMailMinPeople(), people, 8);
 * Row row = Directions.row(entry, message, ownerKeys, mass, thresholds.maxRecipients());   // SCHEMA
 * }</pre>
 *
 * <p>Plain Java per row, with one small shuffle for the cohort's mass mail: this was a broadcast join, a group-by and
 * a second join in Spark SQL, whose planning cost seconds of a run of a few messages.
 */
final class Directions {
  private Directions() {}

  /** The message table ({@link MessageTable#SCHEMA}) with the three columns added here. */
  static final StructType SCHEMA = MessageTable.SCHEMA
      .add("direction", DataTypes.StringType, false)
      .add("others_count", DataTypes.IntegerType, false)
      .add("bulk", DataTypes.BooleanType, false);

  private static final int BULK_REASON = MessageTable.SCHEMA.fieldIndex("bulk_reason");

  /** One sender and one subject, as mass mail is keyed. */
  record Sender(String from, String subject) implements Serializable {}

  /**
   * The (sender, subject) pairs found in at least {@code minPeople} people's archives, to that number of people;
   * only messages without a bulk reason of their own count. Empty without a Spark job when the run has fewer people.
   *
   * @param kept   the kept messages
   * @param people the number of people in the run
   */
  static Map<Sender, Integer> massMail(JavaRDD<MailMessage> kept, int minPeople, int people, int partitions) {
    if (people < minPeople) {
      return Map.of();
    }
    return new HashMap<>(kept.filter(m -> m.bulkReason() == null && m.from() != null)
        .map(m -> new Tuple2<>(new Sender(m.from().key(), Threading.subjectKey(m.subject())), m.person()))
        .distinct(partitions)
        .mapToPair(x -> new Tuple2<>(x._1(), 1))
        .reduceByKey(Integer::sum, partitions)
        .filter(x -> x._2() >= minPeople)
        .collectAsMap());
  }

  /**
   * The {@link #SCHEMA} row of a kept message.
   *
   * @param ownerKeys the addresses of the archive's owner (empty when none were found)
   * @param mass      from {@link #massMail}
   */
  static Row row(String entry, MailMessage m, Set<String> ownerKeys, Map<Sender, Integer> mass, int maxRecipients) {
    boolean fromOwner = m.from() != null && ownerKeys.contains(m.from().key());
    String direction = fromOwner ? "sent" : Dedupe.inSentFolder(m) ? "delegate" : "received";
    int othersCount = othersCount(m, ownerKeys);
    String bulkReason = m.bulkReason();
    if (bulkReason == null && m.from() != null && !fromOwner) {
      Integer people = mass.get(new Sender(m.from().key(), Threading.subjectKey(m.subject())));
      if (people != null) {
        bulkReason = "the same message from one sender in " + people + " people's archives";
      }
    }
    if (bulkReason == null && othersCount > maxRecipients) {
      bulkReason = "sent to " + othersCount + " others";
    }
    Row table = MessageTable.toRow(entry, m);
    Object[] values = new Object[SCHEMA.size()];
    for (int i = 0; i < table.size(); i++) {
      values[i] = table.get(i);
    }
    values[BULK_REASON] = bulkReason;
    values[table.size()] = direction;
    values[table.size() + 1] = othersCount;
    values[table.size() + 2] = bulkReason != null;
    return RowFactory.create(values);
  }

  /** Distinct To and Cc addresses that are not the owner's. */
  static int othersCount(MailMessage m, Set<String> ownerKeys) {
    Set<String> others = new HashSet<>();
    for (List<Party> ps : List.of(m.to(), m.cc())) {
      for (Party p : ps) {
        if (!ownerKeys.contains(p.key())) {
          others.add(p.key());
        }
      }
    }
    return others.size();
  }
}
