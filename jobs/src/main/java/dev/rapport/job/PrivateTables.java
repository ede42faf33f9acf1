package dev.rapport.job;

import dev.rapport.identity.Contact;
import dev.rapport.identity.ContactResolver;
import dev.rapport.ingest.linkedin.Connection;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.patterns.PersonData;
import dev.rapport.report.ContactLabels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What {@code tables/} holds unless {@code --tables full}: the owner's own words, and only the features and metadata
 * of everyone else's messages. The output folder is passed around (a counselor, a cohort), and the reports already
 * leave contacts' words and addresses out; the tables must not put them back.
 *
 * <ul>
 *   <li>Every party (from, to, cc, the sender a message answers, a relationship, a connection, an invitation) is the
 *       label {@link ContactLabels} gives it, the one rule the reports use: "Contact 3 · director" by default, the
 *       display name with {@code --real-names}; never an address. A contact the report names has the report's
 *       label; the others follow, numbered in a stable order. The owner is {@value #OWNER}.</li>
 *   <li>Message-IDs, thread keys and reply links are hashed (SHA-256, 16 hex digits): still joinable, and an ID
 *       often holds a host or a user name.</li>
 *   <li>Text: {@code own_text} and {@code signature} of the owner's sent messages; the subject of a sent message
 *       that answers or forwards nothing (a reply's subject repeats the contact's); attachment names of sent
 *       messages. {@code body} and {@code quoted_text} are never kept: they quote other people.</li>
 * </ul>
 *
 * <p>A column of the message table without a rule here fails the run: a new column must say what it exposes.
 */
final class PrivateTables {
  private PrivateTables() {}

  /** What the tables show for any of the owner's own keys. */
  static final String OWNER = "owner";

  private static final Pattern REPLY_OR_FORWARD = Pattern.compile(
      "(?i)^\\s*(re|fwd?|aw|wg|sv|tr|antw|vs)\\s*(\\[\\d+])?\\s*:");

  private enum Rule { KEEP, ID, IDS, PARTY, PARTIES, PARTY_KEY, OWN_TEXT, OWN_SUBJECT, NEVER, ATTACHMENTS }

  private static final Map<String, Rule> MESSAGE_COLUMNS = Map.ofEntries(
      Map.entry("person", Rule.KEEP), Map.entry("entry", Rule.KEEP), Map.entry("source", Rule.KEEP),
      Map.entry("format", Rule.KEEP), Map.entry("position", Rule.KEEP), Map.entry("message_id", Rule.ID),
      Map.entry("thread_hint", Rule.ID), Map.entry("in_reply_to", Rule.ID), Map.entry("references", Rule.IDS),
      Map.entry("date", Rule.KEEP), Map.entry("from", Rule.PARTY), Map.entry("to", Rule.PARTIES),
      Map.entry("cc", Rule.PARTIES), Map.entry("subject", Rule.OWN_SUBJECT), Map.entry("own_text", Rule.OWN_TEXT),
      Map.entry("quoted_text", Rule.NEVER), Map.entry("signature", Rule.OWN_TEXT), Map.entry("body", Rule.NEVER),
      Map.entry("labels", Rule.KEEP), Map.entry("folder", Rule.KEEP), Map.entry("bulk_reason", Rule.KEEP),
      Map.entry("attachments", Rule.ATTACHMENTS), Map.entry("ingest_notes", Rule.KEEP),
      Map.entry("direction", Rule.KEEP), Map.entry("others_count", Rule.KEEP), Map.entry("bulk", Rule.KEEP),
      Map.entry("thread_key", Rule.ID), Map.entry("reply_to", Rule.ID), Map.entry("reply_to_from", Rule.PARTY_KEY),
      Map.entry("latency_seconds", Rule.KEEP));

  /** Private relationships: no display name, aliases, title or company (each names or points at the contact). */
  static final StructType RELATIONSHIPS = new StructType()
      .add("person", DataTypes.StringType).add("contact", DataTypes.StringType)
      .add("sources", DataTypes.createArrayType(DataTypes.StringType)).add("seniority", DataTypes.StringType)
      .add("first_exchange", DataTypes.TimestampType).add("last_exchange", DataTypes.TimestampType)
      .add("connected_on", DataTypes.DateType)
      .add("sent", DataTypes.IntegerType).add("received", DataTypes.IntegerType);

  static final StructType CONNECTIONS = new StructType()
      .add("person", DataTypes.StringType).add("contact", DataTypes.StringType)
      .add("seniority", DataTypes.StringType).add("connected_on", DataTypes.DateType);

  /** An invitation's note is kept when the owner wrote it (outgoing). */
  static final StructType INVITATIONS = new StructType()
      .add("person", DataTypes.StringType).add("contact", DataTypes.StringType)
      .add("sent_at", DataTypes.TimestampType).add("message", DataTypes.StringType)
      .add("outgoing", DataTypes.BooleanType);

  /**
   * Every key one person's tables may show, to its label: each contact's key and aliases, each other party key, and
   * the owner's keys ({@value #OWNER}).
   *
   * @param contacts    the person's contacts by key (empty when the person has no person-to-person message)
   * @param reportOrder the contact keys the person's report labels, in its order, so that the tables agree with it
   * @param partyKeys   every party key in the person's messages
   * @param ownerKeys   the owner's keys
   * @param realNames   display names instead of pseudonyms, as in the reports
   */
  static Map<String, String> labels(Map<String, Contact> contacts, List<String> reportOrder,
      Collection<String> partyKeys, Set<String> ownerKeys, boolean realNames) {
    Map<String, String> contactOfKey = new HashMap<>();
    contacts.values().forEach(c -> {
      c.aliases().forEach(a -> contactOfKey.putIfAbsent(a, c.key()));
      contactOfKey.put(c.key(), c.key());
    });
    LinkedHashSet<String> order = new LinkedHashSet<>();
    for (String k : reportOrder == null ? List.<String>of() : reportOrder) {
      order.add(k);
    }
    contacts.values().stream()
        .sorted(Comparator.comparing(Contact::firstExchange, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Contact::key))
        .forEach(c -> order.add(c.key()));
    Set<String> others = new TreeSet<>();
    for (String k : partyKeys) {
      if (k != null && !k.isBlank() && !ownerKeys.contains(k) && !contactOfKey.containsKey(k)) {
        others.add(k);
      }
    }
    order.addAll(others);
    // Labels numbered over the person's contacts and parties: only pseudonyms are possible, so that parties outside
    // the contacts (group and bulk mail) are not shown by address even with --real-names.
    Map<String, String> assigned = ContactLabels.assign(new ArrayList<>(order), contacts, realNames);
    Map<String, String> out = new HashMap<>();
    contactOfKey.forEach((k, contact) -> out.put(k, assigned.get(contact)));
    others.forEach(k -> out.put(k, assigned.get(k)));
    ownerKeys.forEach(k -> out.put(k, OWNER));
    return out;
  }

  /** The private message table's schema for a full one: columns without a rule fail. */
  static StructType messageSchema(StructType full) {
    StructType s = new StructType();
    for (StructField f : full.fields()) {
      Rule r = rule(f.name());
      s = switch (r) {
        case PARTY, PARTY_KEY -> s.add(f.name(), DataTypes.StringType, true);
        case PARTIES -> s.add(f.name(), DataTypes.createArrayType(DataTypes.StringType, false), false);
        case KEEP, IDS, ATTACHMENTS -> s.add(f);
        case ID, OWN_TEXT, OWN_SUBJECT, NEVER -> s.add(f.name(), f.dataType(), true);
      };
    }
    return s;
  }

  private static Rule rule(String column) {
    Rule r = MESSAGE_COLUMNS.get(column);
    if (r == null) {
      throw new IllegalStateException("tables/messages column '" + column + "' has no privacy rule; expected one of "
          + new TreeSet<>(MESSAGE_COLUMNS.keySet()) + " (add it to PrivateTables.MESSAGE_COLUMNS)");
    }
    return r;
  }

  /** One row of the full message table ({@code schema}) as the private table holds it; {@code labels} from
   * {@link #labels}. */
  static Row message(Row row, StructType schema, Map<String, String> labels) {
    String[] names = schema.fieldNames();
    boolean sent = "sent".equals(row.get(schema.fieldIndex("direction")));
    Object[] v = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      Object x = row.get(i);
      v[i] = switch (rule(names[i])) {
        case KEEP -> x;
        case ID -> x == null ? null : hash((String) x);
        case IDS -> row.isNullAt(i) ? null
            : row.<String>getList(i).stream().map(PrivateTables::hash).toArray(String[]::new);
        case PARTY -> x == null ? null : label(((Row) x).getString(0), labels);
        case PARTY_KEY -> x == null ? null : label((String) x, labels);
        case PARTIES -> row.isNullAt(i) ? new String[0]
            : row.<Row>getList(i).stream().map(p -> label(p.getString(0), labels)).toArray(String[]::new);
        case OWN_TEXT -> sent ? x : null;
        case OWN_SUBJECT -> sent && ownSubject(row, schema) ? x : null;
        case NEVER -> null;
        case ATTACHMENTS -> row.isNullAt(i) ? null : row.<Row>getList(i).stream()
            .map(a -> RowFactory.create(sent ? a.get(0) : null, a.get(1), a.get(2))).toArray(Row[]::new);
      };
    }
    return RowFactory.create(v);
  }

  private static boolean ownSubject(Row row, StructType schema) {
    String subject = row.getString(schema.fieldIndex("subject"));
    int r = schema.fieldIndex("references");
    List<Object> refs = row.isNullAt(r) ? null : row.getList(r);
    return row.isNullAt(schema.fieldIndex("in_reply_to")) && (refs == null || refs.isEmpty())
        && (subject == null || !REPLY_OR_FORWARD.matcher(subject).find());
  }

  private static String label(String key, Map<String, String> labels) {
    if (key == null) {
      return null;
    }
    // every key of the person is labelled; one that is not (never expected) is still not shown
    return labels.getOrDefault(key, "Contact ?");
  }

  /** The first 16 hex digits of the SHA-256 of an identifier: the same ID gives the same hash in every table. */
  static String hash(String id) {
    if (id == null) {
      return null;
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  /** The private {@link #RELATIONSHIPS} rows of one person. */
  static List<Row> relationships(PersonData d, Map<String, String> labels) {
    List<Row> out = new ArrayList<>();
    StructType full = PersonAssembler.RELATIONSHIPS;
    for (Row r : PersonAssembler.relationships(d)) {
      // the full rows carry no schema: fields by the full table's positions
      out.add(RowFactory.create(r.get(full.fieldIndex("person")),
          label(r.getString(full.fieldIndex("contact")), labels), r.get(full.fieldIndex("sources")),
          r.get(full.fieldIndex("seniority")), r.get(full.fieldIndex("first_exchange")),
          r.get(full.fieldIndex("last_exchange")), r.get(full.fieldIndex("connected_on")),
          r.get(full.fieldIndex("sent")), r.get(full.fieldIndex("received"))));
    }
    return out;
  }

  /** The private {@link #CONNECTIONS} rows of one person. */
  static List<Row> connections(PersonData d, Map<String, String> labels) {
    List<Row> out = new ArrayList<>();
    for (Connection c : d.connections()) {
      String name = String.join(" ", c.firstName() == null ? "" : c.firstName(),
          c.lastName() == null ? "" : c.lastName()).strip();
      String contact = ContactResolver.contactOf(d.contacts().values(), c.profileUrl(), c.email(), name)
          .map(k -> label(k, labels)).orElse("Contact ?");
      out.add(RowFactory.create(d.person(), contact, dev.rapport.identity.Seniority.of(c.position()).label(),
          c.connectedOn() == null ? null : Date.valueOf(c.connectedOn())));
    }
    return out;
  }

  /** The private {@link #INVITATIONS} rows of one person. */
  static List<Row> invitations(PersonData d, Map<String, String> labels) {
    List<Row> out = new ArrayList<>();
    for (Invitation i : d.invitations()) {
      String contact = (i.outgoing()
          ? ContactResolver.contactOf(d.contacts().values(), i.inviteeProfileUrl(), null, i.to())
          : ContactResolver.contactOf(d.contacts().values(), i.inviterProfileUrl(), null, i.from()))
          .map(k -> label(k, labels)).orElse("Contact ?");
      out.add(RowFactory.create(d.person(), contact, i.sentAt() == null ? null : Timestamp.from(i.sentAt()),
          i.outgoing() ? i.message() : null, i.outgoing()));
    }
    return out;
  }
}
