package dev.rapport.ingest;

import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The canonical message table, as read: one row per parsed message. This is the one seam where the
 * {@link MailMessage} record becomes a Spark {@link Row} (Spark's bean encoders do not take records).
 */
public final class MessageTable {
  private MessageTable() {}

  public static final StructType PARTY = new StructType(new StructField[] {
      DataTypes.createStructField("key", DataTypes.StringType, false),
      DataTypes.createStructField("name", DataTypes.StringType, true)});

  public static final StructType ATTACHMENT = new StructType(new StructField[] {
      DataTypes.createStructField("name", DataTypes.StringType, true),
      DataTypes.createStructField("type", DataTypes.StringType, true),
      DataTypes.createStructField("size", DataTypes.LongType, false)});

  private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("person", DataTypes.StringType, false),
      DataTypes.createStructField("entry", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("format", DataTypes.StringType, false),
      DataTypes.createStructField("position", DataTypes.LongType, false),
      DataTypes.createStructField("message_id", DataTypes.StringType, false),
      DataTypes.createStructField("thread_hint", DataTypes.StringType, true),
      DataTypes.createStructField("in_reply_to", DataTypes.StringType, true),
      DataTypes.createStructField("references", STRINGS, false),
      DataTypes.createStructField("date", DataTypes.TimestampType, true),
      DataTypes.createStructField("from", PARTY, true),
      DataTypes.createStructField("to", DataTypes.createArrayType(PARTY, false), false),
      DataTypes.createStructField("cc", DataTypes.createArrayType(PARTY, false), false),
      DataTypes.createStructField("subject", DataTypes.StringType, false),
      DataTypes.createStructField("own_text", DataTypes.StringType, false),
      DataTypes.createStructField("quoted_text", DataTypes.StringType, false),
      DataTypes.createStructField("signature", DataTypes.StringType, false),
      DataTypes.createStructField("body", DataTypes.StringType, false),
      DataTypes.createStructField("labels", STRINGS, false),
      DataTypes.createStructField("folder", DataTypes.StringType, false),
      DataTypes.createStructField("bulk_reason", DataTypes.StringType, true),
      DataTypes.createStructField("attachments", DataTypes.createArrayType(ATTACHMENT, false), false),
      DataTypes.createStructField("ingest_notes", STRINGS, false)});

  /** The row for a message read as part of the run.json input entry {@code entry}. */
  public static Row toRow(String entry, MailMessage m) {
    return RowFactory.create(
        m.person(), entry, m.source(), m.format(), m.position(), m.messageId(), m.threadHint(), m.inReplyTo(),
        m.references().toArray(new String[0]),
        m.date() == null ? null : Timestamp.from(m.date()),
        party(m.from()),
        parties(m.to()),
        parties(m.cc()),
        m.subject(), m.ownText(), m.quotedText(), m.signature(), m.body(),
        m.labels().toArray(new String[0]),
        m.folder(), m.bulkReason(),
        m.attachments().stream().map(a -> RowFactory.create(a.name(), a.type(), a.size())).toArray(Row[]::new),
        m.notes().toArray(new String[0]));
  }

  private static Row party(Party p) {
    return p == null ? null : RowFactory.create(p.key(), p.name());
  }

  private static Row[] parties(List<Party> ps) {
    return ps.stream().map(MessageTable::party).toArray(Row[]::new);
  }
}
