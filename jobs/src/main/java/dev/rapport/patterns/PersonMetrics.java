package dev.rapport.patterns;

import dev.rapport.patterns.PersonData.Msg;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures and series a person's report draws.
 *
 * <pre>{@code
 * PersonIndex person = PersonIndex.of(data, t);
 * PersonMetrics metrics = PersonMetrics.of(person, Detectors.assessAll(person));
 * }</pre>
 *
 * @param replyLatencyHours hours from a contact's message to the owner's reply, over {@link #BUCKETS}
 * @param asksGivesPerMonth every month from the first to the last message, oldest first
 * @param breadthPerMonth   distinct contacts per month, the same months
 * @param contactsTwoWay    contacts the owner wrote to and heard from
 * @param dormantTies       of those, the ones with no message either way for {@code neglect_days}
 * @param followUpRate      0..1, null when there was nothing to follow up
 * @param thankYouRate      0..1, null when there was nothing to thank for
 * @param contactTimelines  every message with each contact named in findings' evidence, by contact key (raw keys:
 *                          reports show them by label only)
 */
public record PersonMetrics(
    ReplyLatency replyLatencyHours,
    List<AsksGives> asksGivesPerMonth,
    List<Breadth> breadthPerMonth,
    int contactsTwoWay,
    int dormantTies,
    Double followUpRate,
    Double thankYouRate,
    SortedMap<String, List<TimelineEvent>> contactTimelines) implements Serializable {

  /** Reply-latency buckets, upper bounds in hours (the last is open). */
  public static final List<String> BUCKETS = List.of("<1h", "1-4h", "4-24h", "1-3d", "3-7d", ">7d");
  private static final double[] BOUNDS = {1, 4, 24, 72, 168};

  public PersonMetrics {
    required(replyLatencyHours, "the reply latency (count 0 without replies)");
    required(asksGivesPerMonth, "the asks and gives per month (empty without messages)");
    required(breadthPerMonth, "the breadth per month (empty without messages)");
    required(contactTimelines, "the contact timelines (empty without findings)");
    asksGivesPerMonth = List.copyOf(asksGivesPerMonth);
    breadthPerMonth = List.copyOf(breadthPerMonth);
    SortedMap<String, List<TimelineEvent>> timelines = new TreeMap<>();
    contactTimelines.forEach((k, v) -> timelines.put(k, List.copyOf(v)));
    contactTimelines = Collections.unmodifiableSortedMap(timelines);
  }

  /**
   * @param p50 median, rounded to 0.1 h; null without replies
   * @param p90 90th percentile, rounded to 0.1 h; null without replies
   */
  public record ReplyLatency(Double p50, Double p90, int count, List<BucketCount> histogram) implements Serializable {
    public ReplyLatency {
      histogram = List.copyOf(histogram);
    }
  }

  /** Replies in one of {@link #BUCKETS}. */
  public record BucketCount(String bucket, int count) implements Serializable {}

  /** The owner's asks for their own sake and gives (offers, shares, congratulations, thanks without an ask). */
  public record AsksGives(YearMonth month, int asks, int gives) implements Serializable {}

  public record Breadth(YearMonth month, int contacts) implements Serializable {}

  /**
   * One message with a contact: {@code kind} is ask, thanks, offer, share, congratulations, question, check-in or
   * message.
   */
  public record TimelineEvent(Instant date, boolean sent, String kind) implements Serializable {
    public TimelineEvent {
      required(date, "a date");
      required(kind, "a kind");
    }

    /** {@code sent} or {@code received}. */
    public String direction() {
      return sent ? "sent" : "received";
    }
  }

  /** Builds the index and runs the detectors for this alone; a run passes the index and assessments it has. */
  public static PersonMetrics of(PersonData data, Thresholds t) {
    PersonIndex person = PersonIndex.of(data, t);
    return of(person, Detectors.assessAll(person));
  }

  /** @param assessments the person's assessments, whose evidence names the contacts that get a timeline */
  public static PersonMetrics of(PersonIndex p, List<Assessment> assessments) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    Map<YearMonth, int[]> perMonth = new TreeMap<>();
    Map<YearMonth, Set<String>> contactsPerMonth = new TreeMap<>();
    if (!p.msgs.isEmpty()) {
      YearMonth first = month(p.msgs.get(0).date());
      YearMonth last = month(p.msgs.get(p.msgs.size() - 1).date());
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        perMonth.put(m, new int[2]);
        contactsPerMonth.put(m, new TreeSet<>());
      }
    }
    for (Msg m : p.msgs) {
      YearMonth ym = month(m.date());
      contactsPerMonth.get(ym).addAll(m.counterparts());
      if (m.sent()) {
        perMonth.get(ym)[0] += j.asksForSelf(m) ? 1 : 0;
        perMonth.get(ym)[1] += Judgements.gives(m) || (j.thanks(m) && !j.asksForSelf(m)) ? 1 : 0;
      }
    }
    List<AsksGives> asksGives = new ArrayList<>();
    perMonth.forEach((ym, n) -> asksGives.add(new AsksGives(ym, n[0], n[1])));
    List<Breadth> breadth = new ArrayList<>();
    contactsPerMonth.forEach((ym, c) -> breadth.add(new Breadth(ym, c.size())));

    List<String> twoWay = p.twoWay(null);
    Instant cutoff = p.asOf.minus(Duration.ofDays(t.neglectDays()));
    int dormant = 0;
    for (String c : twoWay) {
      List<Msg> all = p.with(c);
      dormant += all.get(all.size() - 1).date().isBefore(cutoff) ? 1 : 0;
    }

    List<Judgements.HelpMoment> help = j.helpMoments();
    List<Judgements.UnansweredAsk> unanswered = j.unansweredAsks(false);
    int thanked = 0;
    int followed = 0;
    for (Judgements.HelpMoment h : help) {
      boolean inTime = h.followedUpWithin(t.thanksDays());
      followed += inTime ? 1 : 0;
      thanked += inTime && j.thanks(h.next()) ? 1 : 0;
    }
    for (Judgements.UnansweredAsk u : unanswered) {
      followed += u.chased() ? 1 : 0;
    }
    int followCases = help.size() + unanswered.size();

    Set<String> named = new TreeSet<>();
    for (Assessment a : assessments == null ? List.<Assessment>of() : assessments) {
      a.findingIfAny().ifPresent(fd -> fd.evidence().forEach(e -> named.add(e.contactKey())));
    }
    SortedMap<String, List<TimelineEvent>> timelines = new TreeMap<>();
    for (String c : named) {
      List<TimelineEvent> events = new ArrayList<>();
      for (Msg m : p.with(c)) {
        events.add(new TimelineEvent(m.date(), m.sent(), kind(p, j, m)));
      }
      timelines.put(c, events);
    }
    return new PersonMetrics(latency(j), asksGives, breadth, twoWay.size(), dormant,
        followCases == 0 ? null : Judgements.round((double) followed / followCases),
        help.isEmpty() ? null : Judgements.round((double) thanked / help.size()), timelines);
  }

  private static ReplyLatency latency(Judgements j) {
    List<Double> hours = new ArrayList<>();
    for (Judgements.Turn turn : j.turns()) {
      if (turn.reply() != null) {
        hours.add(Math.max(0, Duration.between(turn.first().date(), turn.reply().date()).toMinutes() / 60.0));
      }
    }
    int[] counts = new int[BUCKETS.size()];
    for (double h : hours) {
      int i = 0;
      while (i < BOUNDS.length && h >= BOUNDS[i]) {
        i++;
      }
      counts[i]++;
    }
    List<BucketCount> histogram = new ArrayList<>();
    for (int i = 0; i < BUCKETS.size(); i++) {
      histogram.add(new BucketCount(BUCKETS.get(i), counts[i]));
    }
    return new ReplyLatency(hours.isEmpty() ? null : round1(percentile(hours, 50)),
        hours.isEmpty() ? null : round1(percentile(hours, 90)), hours.size(), histogram);
  }

  /** Nearest-rank percentile of a non-empty list. */
  static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static String humanHours(double hours) {
    if (hours < 1) {
      return Math.max(1, Math.round(hours * 60)) + " minutes";
    }
    return hours < 48 ? String.format(Locale.ROOT, "%.0f hours", hours)
        : String.format(Locale.ROOT, "%.0f days", hours / 24);
  }

  private static String kind(PersonIndex p, Judgements j, Msg m) {
    var s = Judgements.sig(m);
    if (m.sent() ? j.asksForSelf(m) : j.asks(m)) {
      return "ask";
    }
    if (j.thanks(m)) {
      return "thanks";
    }
    if (s.offerOfHelp() || j.offers(m)) {
      return "offer";
    }
    if (s.sharing()) {
      return "share";
    }
    if (s.congratulations()) {
      return "congratulations";
    }
    if (!m.sent() && s.questions() > 0) {
      return "question";
    }
    if (m.sent() && p.ownerStarted(m)) {
      return "check-in";
    }
    return "message";
  }

  private static void required(Object value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is required, got null");
    }
  }

  private static YearMonth month(Instant i) {
    return YearMonth.from(i.atZone(ZoneOffset.UTC));
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
