package dev.rapport.threads;

import dev.rapport.ingest.MailMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import scala.Tuple2;

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
 * <p>Reply link: within a thread ordered by time, a message answers the latest of the 50 earlier messages that is
 * from someone else; {@code latency_seconds} is the time between them, in whole seconds.
 *
 * <p>Threads never cross people, so each person's headers are grouped once and threaded in plain Java
 * ({@link #thread}); a chain of Spark SQL joins and windows cost seconds of planning for a handful of rows.
 */
public final class Threading {
  private Threading() {}

  static final String SUBJECT_PREFIX = "(?i)^((re|fw|fwd|aw|wg|sv|vs|antw|tr|rif|ref)(\\[\\d+\\])?\\s*:\\s*|\\[[^\\]]{0,40}\\]\\s*)+";
  private static final Pattern PREFIX = Pattern.compile(SUBJECT_PREFIX);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** How many earlier messages of a thread a reply is looked for in. */
  private static final int LOOK_BACK = 50;

  /** What threading reads of a message. */
  public record Headers(long row, String messageId, String format, String threadHint, String inReplyTo,
      List<String> references, Timestamp date, String from, List<String> recipients, String subject)
      implements java.io.Serializable {

    /** The headers of a message read from an archive. */
    public static Headers of(long row, MailMessage m) {
      List<String> recipients = new ArrayList<>(m.to().size() + m.cc().size());
      m.to().forEach(p -> recipients.add(p.key()));
      m.cc().forEach(p -> recipients.add(p.key()));
      return new Headers(row, m.messageId(), m.format(), m.threadHint(), m.inReplyTo(), m.references(),
          m.date() == null ? null : Timestamp.from(m.date()), m.from() == null ? null : m.from().key(), recipients,
          m.subject());
    }
  }

  /** What threading adds to a message. */
  public record Link(long row, String threadKey, String replyTo, String replyToFrom, Long latencySeconds)
      implements java.io.Serializable {}

  /** The columns threading adds to a message row, in the order {@link #withLink} appends them. */
  public static final StructType LINK_COLUMNS = new StructType()
      .add("thread_key", DataTypes.StringType, false)
      .add("reply_to", DataTypes.StringType, true)
      .add("reply_to_from", DataTypes.StringType, true)
      .add("latency_seconds", DataTypes.LongType, true);

  /**
   * Each message with its {@link Link}. Each person's headers are shuffled and grouped once; the messages themselves
   * are not shuffled: the row number {@code zipWithUniqueId} gives a message names its partition, and the links are
   * partitioned to match and zipped back in. Each partition is numbered in the order of {@code identity}, so that a
   * partition computed again (its cached copy lost with an executor, say) gets the same numbers whatever order its
   * shuffle delivered the messages in.
   *
   * @param messages   the same messages in the same partitions each time they are computed (as after a hash-
   *                   partitioned shuffle); persist them, as they are read twice
   * @param identity   a key unique to each message
   * @param person     whose archive a message is in: threads never cross people
   * @param headers    what threading reads of a message, given the message's row number
   * @param windowDays pause, in days, after which the same subject between the same people is a new thread
   * @param partitions of the shuffle that groups each person's headers
   */
  public static <T> JavaRDD<Tuple2<T, Link>> assign(JavaRDD<T> messages, Function<T, String> identity,
      Function<T, String> person, Function2<Long, T, Headers> headers, int windowDays, int partitions) {
    JavaPairRDD<T, Long> numbered = messages.mapPartitions(ms -> {
      List<Tuple2<String, T>> keyed = new ArrayList<>();
      while (ms.hasNext()) {
        T m = ms.next();
        keyed.add(new Tuple2<>(identity.call(m), m));
      }
      keyed.sort(Comparator.comparing(Tuple2::_1));
      return keyed.stream().map(Tuple2::_2).iterator();
    }, true).zipWithUniqueId();
    JavaPairRDD<Long, Link> links = numbered
        .mapToPair(m -> new Tuple2<>(person.call(m._1()), headers.call(m._2(), m._1())))
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          List<Headers> hs = new ArrayList<>();
          g._2().forEach(hs::add);
          return thread(g._1(), hs, windowDays).stream().map(l -> new Tuple2<>(l.row(), l)).iterator();
        })
        .partitionBy(new ByRowNumber(messages.getNumPartitions()));
    return numbered.zipPartitions(links, (ms, ls) -> {
      Map<Long, Link> byRow = new HashMap<>();
      ls.forEachRemaining(l -> byRow.put(l._1(), l._2()));
      return new Iterator<Tuple2<T, Link>>() {
        @Override
        public boolean hasNext() {
          return ms.hasNext();
        }

        @Override
        public Tuple2<T, Link> next() {
          Tuple2<T, Long> m = ms.next();
          Link l = byRow.get(m._2());
          if (l == null) {
            throw new IllegalStateException("no thread for message row " + m._2()
                + ": the partition held other messages when computed again");
          }
          return new Tuple2<>(m._1(), l);
        }
      };
    });
  }

  /** {@code row} with the {@link #LINK_COLUMNS} of {@code link} appended. */
  public static Row withLink(Row row, Link link) {
    Object[] values = new Object[row.size() + LINK_COLUMNS.size()];
    for (int i = 0; i < row.size(); i++) {
      values[i] = row.get(i);
    }
    values[row.size()] = link.threadKey();
    values[row.size() + 1] = link.replyTo();
    values[row.size() + 2] = link.replyToFrom();
    values[row.size() + 3] = link.latencySeconds();
    return RowFactory.create(values);
  }

  /** The partition {@code zipWithUniqueId} put row number {@code k·n + i} in: partition {@code i} of {@code n}. */
  private static final class ByRowNumber extends Partitioner {
    private final int n;

    ByRowNumber(int n) {
      this.n = n;
    }

    @Override
    public int numPartitions() {
      return n;
    }

    @Override
    public int getPartition(Object row) {
      return (int) ((Long) row % n);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByRowNumber b && b.n == n;
    }

    @Override
    public int hashCode() {
      return n;
    }
  }

  /** One person's messages threaded and linked: one {@link Link} per message, in the order given. */
  public static List<Link> thread(String person, List<Headers> messages, int windowDays) {
    Map<String, String> rootOf = new HashMap<>();
    String[] root = new String[messages.size()];
    for (int i = 0; i < messages.size(); i++) {
      Headers m = messages.get(i);
      root[i] = m.references().isEmpty() ? m.inReplyTo() : m.references().get(0);
      if (root[i] != null) {
        rootOf.putIfAbsent(m.messageId(), root[i]);
      }
    }
    // one step up for In-Reply-To-only chains: take the parent's root when it has one
    Set<String> referenced = new HashSet<>();
    for (int i = 0; i < messages.size(); i++) {
      if (root[i] != null && messages.get(i).references().isEmpty() && rootOf.containsKey(root[i])) {
        root[i] = rootOf.get(root[i]);
      }
      if (root[i] != null) {
        referenced.add(root[i]);
      }
    }

    String[] key = new String[messages.size()];
    Map<List<String>, List<Integer>> bySubject = new HashMap<>();
    for (int i = 0; i < messages.size(); i++) {
      Headers m = messages.get(i);
      String hint = m.threadHint() == null || m.threadHint().isEmpty() ? null : m.format() + ":" + m.threadHint();
      String subject = normalisedSubject(m.subject());
      if (hint == null && root[i] == null && !referenced.contains(m.messageId()) && !subject.isEmpty()) {
        bySubject.computeIfAbsent(List.of(subject, participants(m)), k -> new ArrayList<>()).add(i);
      } else {
        key[i] = hint != null ? hint : root[i] != null ? root[i] : m.messageId();
      }
    }
    Comparator<Integer> byTime = Comparator.comparing((Integer i) -> messages.get(i).date(),
        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(i -> messages.get(i).messageId());
    long window = windowDays * 86400L;
    bySubject.forEach((conversation, members) -> {
      members.sort(byTime);
      String prefix = "subject:" + sha256(person + "\u0001" + conversation.get(0) + "\u0001" + conversation.get(1))
          .substring(0, 16) + ":";
      int seq = 0;
      Timestamp previous = null;
      for (int k = 0; k < members.size(); k++) {
        Timestamp date = messages.get(members.get(k)).date();
        if (k == 0 || previous == null || date != null && seconds(date) - seconds(previous) > window) {
          seq++;
        }
        key[members.get(k)] = prefix + seq;
        previous = date;
      }
    });

    Map<String, List<Integer>> threads = new HashMap<>();
    for (int i = 0; i < messages.size(); i++) {
      threads.computeIfAbsent(key[i], k -> new ArrayList<>()).add(i);
    }
    Link[] links = new Link[messages.size()];
    threads.values().forEach(members -> {
      members.sort(byTime);
      for (int k = 0; k < members.size(); k++) {
        Headers m = messages.get(members.get(k));
        Headers answered = null;
        for (int j = k - 1; j >= Math.max(0, k - LOOK_BACK) && answered == null; j--) {
          Headers earlier = messages.get(members.get(j));
          if (m.from() != null && earlier.from() != null && !earlier.from().equals(m.from())) {
            answered = earlier;
          }
        }
        Long latency = answered == null || m.date() == null || answered.date() == null ? null
            : seconds(m.date()) - seconds(answered.date());
        links[members.get(k)] = new Link(m.row(), key[members.get(k)], answered == null ? null : answered.messageId(),
            answered == null ? null : answered.from(), latency);
      }
    });
    return List.of(links);
  }

  /** "Re: Fwd:  Coffee  next week?" → "coffee next week?": prefixes removed, spaces collapsed, lower case. */
  static String normalisedSubject(String subject) {
    return subjectKey(SPACES.matcher(PREFIX.matcher(subject).replaceAll("")).replaceAll(" "));
  }

  /**
   * The subject with leading and trailing spaces (only U+0020, as Spark SQL's {@code trim}) removed, in lower case:
   * how a subject is compared as it is, prefixes and all.
   */
  public static String subjectKey(String subject) {
    if (subject == null) {
      return "";
    }
    int start = 0;
    int end = subject.length();
    while (start < end && subject.charAt(start) == ' ') {
      start++;
    }
    while (end > start && subject.charAt(end - 1) == ' ') {
      end--;
    }
    return subject.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** The sorted, distinct keys of sender and recipients, comma-separated, in Spark's string order. */
  private static String participants(Headers m) {
    Set<UTF8String> keys = new TreeSet<>();
    if (m.from() != null) {
      keys.add(UTF8String.fromString(m.from()));
    }
    m.recipients().stream().filter(k -> k != null).forEach(k -> keys.add(UTF8String.fromString(k)));
    return String.join(",", keys.stream().map(UTF8String::toString).toList());
  }

  /** Whole seconds since the epoch, rounded down, as Spark SQL's {@code unix_timestamp}. */
  private static long seconds(Timestamp t) {
    return Math.floorDiv(t.getTime(), 1000L);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
