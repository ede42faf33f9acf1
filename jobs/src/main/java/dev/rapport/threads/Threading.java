package dev.rapport.threads;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Groups messages into conversations and links each reply to what it answers.
 *
 * <p>Thread key, strongest evidence first: the format's own thread id (Gmail {@code X-GM-THRID}, LinkedIn
 * conversation id); the thread root named by {@code References} or {@code In-Reply-To} (following one parent
 * when only In-Reply-To is given); a message that others reference is its own root; otherwise the normalised
 * subject ("Re:", "Fwd:", "AW:" … removed) with the same set of participants, split where the conversation
 * pauses longer than the window (the Enron mail has no reply headers at all). A message with no subject and no
 * reply headers is a thread of its own.
 *
 * <p>Reply link: within a thread ordered by time, a message answers the latest earlier message from someone
 * else; {@code latency_seconds} is the time between them.
 */
public final class Threading {
  private Threading() {}

  static final String SUBJECT_PREFIX = "(?i)^((re|fw|fwd|aw|wg|sv|vs|antw|tr|rif|ref)(\\[\\d+\\])?\\s*:\\s*|\\[[^\\]]{0,40}\\]\\s*)+";

  /**
   * Adds {@code thread_key}, {@code reply_to}, {@code reply_to_from} and {@code latency_seconds}. Needs the
   * columns {@code person, message_id, thread_hint, in_reply_to, references, date, from, to, cc, subject}.
   *
   * @param windowDays pause, in days, after which the same subject between the same people is a new thread
   */
  public static Dataset<Row> assign(Dataset<Row> messages, int windowDays) {
    Column firstRef = try_element_at(col("references"), lit(1));
    Dataset<Row> m = messages
        .withColumn("_root", coalesce(firstRef, col("in_reply_to")))
        .withColumn("_hint", when(col("thread_hint").isNotNull().and(length(col("thread_hint")).gt(0)),
            concat(col("format"), lit(":"), col("thread_hint"))));

    // one step up for In-Reply-To-only chains: take the parent's root when it has one
    Dataset<Row> parents = m.select(col("person").as("_p_person"), col("message_id").as("_p_id"),
        col("_root").as("_p_root")).where(col("_p_root").isNotNull()).dropDuplicates("_p_person", "_p_id");
    m = m.join(parents, m.col("person").equalTo(parents.col("_p_person"))
            .and(m.col("_root").equalTo(parents.col("_p_id")))
            .and(size(m.col("references")).equalTo(0)), "left")
        .withColumn("_root", coalesce(col("_p_root"), col("_root")))
        .drop("_p_person", "_p_id", "_p_root");

    Dataset<Row> referenced = m.where(col("_root").isNotNull())
        .select(col("person").as("_r_person"), col("_root").as("_r_id")).distinct();
    m = m.join(referenced, m.col("person").equalTo(referenced.col("_r_person"))
            .and(m.col("message_id").equalTo(referenced.col("_r_id"))), "left")
        .withColumn("_is_root", col("_r_id").isNotNull())
        .drop("_r_person", "_r_id");

    Column normSubject = lower(trim(regexp_replace(regexp_replace(col("subject"), SUBJECT_PREFIX, ""),
        "\\s+", " ")));
    Column participants = array_join(array_sort(array_distinct(filter(
        concat(array(col("from.key")), transform(col("to"), p -> p.getField("key")),
            transform(col("cc"), p -> p.getField("key"))), x -> x.isNotNull()))), ",");
    m = m.withColumn("_subject", normSubject).withColumn("_participants", participants);

    Column bySubject = col("_hint").isNull().and(col("_root").isNull()).and(not(col("_is_root")))
        .and(length(col("_subject")).gt(0));
    WindowSpec conv = Window.partitionBy("person", "_subject", "_participants").orderBy("date", "message_id");
    Column gapStarts = when(col("_prev_date").isNull()
        .or(unix_timestamp(col("date")).minus(unix_timestamp(col("_prev_date"))).gt(windowDays * 86400L)), 1)
        .otherwise(0);
    Dataset<Row> subjectThreads = m.where(bySubject)
        .withColumn("_prev_date", lag(col("date"), 1).over(conv))
        .withColumn("_seq", sum(gapStarts).over(conv.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .withColumn("thread_key", concat(lit("subject:"),
            substring(sha2(concat_ws("\u0001", col("person"), col("_subject"), col("_participants")), 256), 1, 16),
            lit(":"), col("_seq").cast("string")))
        .drop("_prev_date", "_seq");
    Dataset<Row> others = m.where(not(bySubject))
        .withColumn("thread_key", coalesce(col("_hint"), col("_root"), col("message_id")));
    m = others.unionByName(subjectThreads);

    WindowSpec inThread = Window.partitionBy("person", "thread_key").orderBy("date", "message_id");
    Column earlier = slice(collect_list(struct(col("date").as("d"), col("message_id").as("id"),
        col("from.key").as("f"))).over(inThread.rowsBetween(-50, -1)), 1, 50);
    m = m.withColumn("_earlier", earlier)
        .withColumn("_answered", try_element_at(filter(col("_earlier"),
            e -> e.getField("f").notEqual(col("from.key"))), lit(-1)))
        .withColumn("reply_to", when(size(col("_earlier")).gt(0), col("_answered.id")))
        .withColumn("reply_to_from", when(size(col("_earlier")).gt(0), col("_answered.f")))
        .withColumn("latency_seconds", when(size(col("_earlier")).gt(0),
            unix_timestamp(col("date")).minus(unix_timestamp(col("_answered.d")))))
        .drop("_earlier", "_answered", "_root", "_hint", "_is_root", "_subject", "_participants");
    return m;
  }
}
