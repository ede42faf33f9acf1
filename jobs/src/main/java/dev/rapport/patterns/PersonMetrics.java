package dev.rapport.patterns;

import dev.rapport.patterns.PersonData.Msg;
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
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures and series a person's report draws, as plain JSON-able values (numbers, strings, lists, sorted maps).
 *
 * <pre>{@code
 * PersonIndex person = PersonIndex.of(data, t);
 * Map<String, Object> metrics = PersonMetrics.compute(person, Detectors.assessAll(person));
 * }</pre>
 *
 * <p>Keys: {@code reply_latency_hours} ({@code p50}, {@code p90}, {@code count}, {@code histogram} as
 * {@code {bucket, count}} over {@link #BUCKETS}), {@code asks_gives_per_month} ({@code {month, asks, gives}}, every
 * month from the first to the last message), {@code contacts_two_way}, {@code dormant_ties}, {@code follow_up_rate},
 * {@code thank_you_rate} (0..1, null when there was nothing to follow up or thank), {@code breadth_per_month}
 * ({@code {month, contacts}}), {@code contact_timelines} (contact key to {@code {date, direction, kind}} for the
 * contacts named in findings' evidence; the caller relabels keys before anything is written). Latencies are null
 * without replies. Dates are ISO-8601 in UTC.
 */
public final class PersonMetrics {
  /** Reply-latency buckets, upper bounds in hours (the last is open). */
  public static final List<String> BUCKETS = List.of("<1h", "1-4h", "4-24h", "1-3d", "3-7d", ">7d");
  private static final double[] BOUNDS = {1, 4, 24, 72, 168};

  private PersonMetrics() {}

  /** Builds the index and runs the detectors for this alone; a run passes the index and assessments it has. */
  public static Map<String, Object> compute(PersonData data, Thresholds t) {
    PersonIndex person = PersonIndex.of(data, t);
    return compute(person, Detectors.assessAll(person));
  }

  public static Map<String, Object> compute(PersonIndex p, List<Assessment> assessments) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    Map<String, Object> out = new TreeMap<>();
    out.put("reply_latency_hours", latency(j));

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
    List<Map<String, Object>> asksGives = new ArrayList<>();
    perMonth.forEach((ym, n) -> asksGives.add(row("month", ym.toString(), "asks", n[0], "gives", n[1])));
    out.put("asks_gives_per_month", asksGives);
    List<Map<String, Object>> breadth = new ArrayList<>();
    contactsPerMonth.forEach((ym, c) -> breadth.add(row("month", ym.toString(), "contacts", c.size())));
    out.put("breadth_per_month", breadth);

    List<String> twoWay = p.twoWay(null);
    out.put("contacts_two_way", twoWay.size());
    Instant cutoff = p.asOf.minus(Duration.ofDays(t.neglectDays()));
    int dormant = 0;
    for (String c : twoWay) {
      List<Msg> all = p.with(c);
      dormant += all.get(all.size() - 1).date().isBefore(cutoff) ? 1 : 0;
    }
    out.put("dormant_ties", dormant);

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
    out.put("thank_you_rate", help.isEmpty() ? null : Judgements.round((double) thanked / help.size()));
    int followCases = help.size() + unanswered.size();
    out.put("follow_up_rate", followCases == 0 ? null : Judgements.round((double) followed / followCases));

    Set<String> named = new TreeSet<>();
    for (Assessment a : assessments == null ? List.<Assessment>of() : assessments) {
      a.findingIfAny().ifPresent(fd -> fd.evidence().forEach(e -> named.add(e.contactKey())));
    }
    Map<String, Object> timelines = new TreeMap<>();
    for (String c : named) {
      List<Map<String, Object>> events = new ArrayList<>();
      for (Msg m : p.with(c)) {
        events.add(row("date", m.date().toString(), "direction", m.sent() ? "sent" : "received",
            "kind", kind(p, j, m)));
      }
      timelines.put(c, events);
    }
    out.put("contact_timelines", timelines);
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, Object> latency(Judgements j) {
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
    List<Map<String, Object>> histogram = new ArrayList<>();
    for (int i = 0; i < BUCKETS.size(); i++) {
      histogram.add(row("bucket", BUCKETS.get(i), "count", counts[i]));
    }
    Map<String, Object> out = new TreeMap<>();
    out.put("p50", hours.isEmpty() ? null : round1(percentile(hours, 50)));
    out.put("p90", hours.isEmpty() ? null : round1(percentile(hours, 90)));
    out.put("count", hours.size());
    out.put("histogram", histogram);
    return out;
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

  private static YearMonth month(Instant i) {
    return YearMonth.from(i.atZone(ZoneOffset.UTC));
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
