package dev.rapport.report;

import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.Evidence;
import dev.rapport.patterns.Finding;
import dev.rapport.patterns.PatternId;
import dev.rapport.patterns.PersonMetrics;
import dev.rapport.patterns.Strength;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code people/<person>/report.html}: the report a student reads and a counselor reviews with them.
 *
 * <pre>{@code
 * String html = PersonPage.render(report, ReportOptions.defaults());   // write as UTF-8
 * }</pre>
 *
 * <p>A plain-language summary comes first, then every pattern's score, the findings by severity with the owner's
 * own words as evidence and a next step dated from that evidence, the strengths, and charts drawn from
 * {@code metrics} as inline SVG. Charts with nothing to draw are left out. The page loads nothing
 * and runs no script (its Content-Security-Policy forbids both), so it works from {@code file://} and prints cleanly.
 * Contacts appear by label only; the owner's addresses only when {@link ReportOptions#realNames()}. Without real
 * names the page does not trust the labels either: a label that is not a pseudonym ("Contact 7 · director") is
 * replaced by one, here and wherever its text appears in a detector's summary, so a mix-up between the labels the
 * pipeline assigned and the options given here cannot put a name on a counselor's screen.
 */
public final class PersonPage {
  private PersonPage() {}

  static final int MAX_EVIDENCE_SHOWN = 10;
  static final int MAX_TIMELINES = 12;
  static final int MAX_MONTHS = 120;
  private static final int MAX_TEXT = 1200;
  private static final int MAX_WHY = 300;
  /** Longest contact label kept on one line: "Contact 123 · recruiter" and most real names fit in it. */
  static final int MAX_UNBROKEN_LABEL = 32;

  public static String render(PersonReport r, ReportOptions o) {
    if (o == null) {
      throw new IllegalArgumentException("report options are required, got null (use ReportOptions.defaults())");
    }
    View v = View.of(r, !o.realNames());
    StringBuilder b = new StringBuilder(32_768);
    Page.head(b, "Networking report \u2014 " + Text.excerpt(v.person, 80), Html.csp());
    header(b, v, o);
    summary(b, v);
    scores(b, v);
    findings(b, v, o);
    strengths(b, v, o);
    charts(b, v);
    b.append("<footer class=\"note\"><h2>About this report</h2><p>Rapport reads only person-to-person messages;")
        .append(" newsletters, notifications and mass mailings are left out. Scores run from 0 (no sign of the habit)")
        .append(" to 1 (a strong, repeated sign). A habit marked <em>not assessable</em> could not be checked with this")
        .append(" data, which is different from a score of 0. Quotes are your own words only; other people\u2019s")
        .append(" messages are never shown.")
        .append(o.realNames() ? " Real names are shown because the report was made with names turned on."
            : " Contacts are shown as pseudonyms such as \u201cContact 7 \u00b7 director\u201d.")
        .append("</p></footer>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void header(StringBuilder b, View v, ReportOptions o) {
    b.append("<header><h1>Networking report: <bdi>").append(Html.escape(Text.excerpt(v.person, 80)))
        .append("</bdi></h1>");
    if (o.realNames() && (!v.ownerNames.isEmpty() || !v.ownerAddresses.isEmpty())) {
      List<String> who = new ArrayList<>(v.ownerNames);
      who.addAll(v.ownerAddresses);
      b.append("<p class=\"meta\">Archive of <bdi>")
          .append(Html.escape(Text.excerpt(String.join(", ", who), 300))).append("</bdi></p>");
    }
    b.append("</header>\n");
  }

  private static void summary(StringBuilder b, View v) {
    PersonReport.Counts c = v.counts;
    b.append("<section id=\"summary\" class=\"summary\"><h2>In two minutes</h2><ul>");
    b.append("<li>We read ").append(Text.plural(c.messages(), "message", "messages")).append(": ")
        .append(c.sent()).append(" you wrote and ").append(c.received()).append(" you received, with ")
        .append(Text.plural(c.contacts(), "person", "people")).append(" in ")
        .append(Text.plural(c.threads(), "conversation", "conversations")).append('.');
    if (c.bulkFiltered() > 0) {
      b.append(" ").append(Text.plural(c.bulkFiltered(), "newsletter or notification was",
          "newsletters and notifications were"))
          .append(" left out.");
    }
    b.append("</li>");
    if (v.findings.isEmpty()) {
      b.append("<li>No habit stood out as a problem. Keep doing what works, below.</li>");
    } else {
      Finding top = v.findings.get(0);
      b.append("<li>").append(v.findings.size() == 1 ? "One habit" : v.findings.size() + " habits")
          .append(" could hold your networking back. The most important: <strong>")
          .append(Html.escape(PatternText.title(top.pattern()))).append("</strong>. ")
          .append(Html.escape(Text.excerpt(v.scrub(top.summary()), 300))).append("</li>");
      if (v.findings.size() > 1) {
        b.append("<li>Also: ");
        List<String> rest = v.findings.subList(1, v.findings.size()).stream()
            .map(f -> Html.escape(PatternText.title(f.pattern()).toLowerCase(java.util.Locale.ROOT))).toList();
        b.append(String.join("; ", rest)).append(".</li>");
      }
      b.append("<li><strong>Start here:</strong> ").append(Html.escape(PatternText.nextStep(top, v))).append("</li>");
    }
    if (!v.strengths.isEmpty()) {
      b.append("<li>What you already do well: ");
      List<String> s = v.strengths.stream().limit(4)
          .map(x -> Html.escape(Text.excerpt(v.scrub(x.summary()), 160).replaceAll("[.\\s]+$", ""))).toList();
      b.append(String.join("; ", s)).append(".</li>");
    }
    long na = v.assessments.values().stream().filter(a -> !a.assessable()).count();
    if (na > 0) {
      b.append("<li>").append(Text.plural(na, "habit", "habits"))
          .append(" could not be checked with this data; see the table below.</li>");
    }
    b.append("</ul></section>\n");
  }

  private static void scores(StringBuilder b, View v) {
    b.append("<section id=\"scores\"><h2>All nine habits at a glance</h2><div class=\"tablewrap\"><table>")
        .append("<thead><tr><th scope=\"col\">Habit</th><th scope=\"col\">Score (0 = no sign, 1 = strong)</th>")
        .append("<th scope=\"col\">Status</th></tr></thead><tbody>");
    for (PatternId p : PatternId.values()) {
      Assessment a = v.assessments.get(p);
      b.append("<tr><td>").append(Html.escape(PatternText.title(p))).append("<br><span class=\"muted\">")
          .append(p.id()).append("</span></td><td>");
      if (a.assessable()) {
        b.append("<span class=\"track\"><span class=\"bar\" style=\"width:")
            .append(Math.round(a.score() * 100)).append("%\"></span></span>").append(Text.fixed4(a.score())
                .substring(0, 4));
      } else {
        b.append("<span class=\"na\">not assessable</span>");
      }
      b.append("</td><td>");
      if (!a.assessable()) {
        String reason = a.notAssessableReason() == null ? View.NOT_ASSESSED : v.scrub(a.notAssessableReason());
        b.append("<span class=\"na\">").append(Html.escape(Text.excerpt(reason, MAX_WHY))).append("</span>");
      } else if (a.finding() != null) {
        b.append("<a href=\"#finding-").append(p.id()).append("\">found \u2014 see below</a>");
      } else {
        b.append("not found");
      }
      b.append("</td></tr>");
    }
    b.append("</tbody></table></div></section>\n");
  }

  private static void findings(StringBuilder b, View v, ReportOptions o) {
    b.append("<section id=\"findings\"><h2>What to work on</h2>");
    if (v.findings.isEmpty()) {
      b.append("<p>Nothing to work on was found in this archive.</p>");
    }
    for (Finding f : v.findings) {
      PatternId p = f.pattern();
      b.append("<article class=\"finding\" id=\"finding-").append(p.id()).append("\"><h3>")
          .append(Html.escape(PatternText.title(p))).append("</h3><p class=\"meta\">")
          .append(p.id()).append(" \u00b7 severity ")
          .append(Double.isNaN(f.severity()) ? "unknown" : Text.fixed4(f.severity()).substring(0, 4))
          .append(" \u00b7 ").append(Html.escape(PatternText.why(p))).append("</p><p>")
          .append(Html.escape(Text.excerpt(v.scrub(f.summary()), MAX_TEXT))).append("</p>");
      String advice = v.scrub(f.advice());
      if (!advice.isBlank()) {
        b.append("<p><strong>Advice:</strong> ").append(Html.escape(Text.excerpt(advice, MAX_TEXT))).append("</p>");
      }
      b.append("<p class=\"next\"><strong>Next time:</strong> ").append(Html.escape(PatternText.nextStep(f, v)))
          .append("</p>");
      evidenceTable(b, v, o, f.evidence(), "Evidence for " + PatternText.title(p));
      b.append("</article>");
    }
    b.append("</section>\n");
  }

  private static void evidenceTable(StringBuilder b, View v, ReportOptions o, List<Evidence> list, String caption) {
    List<Evidence> ev = list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    if (ev.isEmpty()) {
      return;
    }
    b.append("<div class=\"tablewrap\"><table class=\"evidence\"><caption class=\"muted\">")
        .append(Html.escape(caption)).append("</caption><thead><tr><th scope=\"col\">When</th>")
        .append("<th scope=\"col\">With</th>")
        .append("<th scope=\"col\">Your words</th><th scope=\"col\">Why it counts</th></tr></thead><tbody>");
    for (Evidence raw : ev.subList(0, Math.min(ev.size(), MAX_EVIDENCE_SHOWN))) {
      Evidence e = v.scrub(raw);
      // Cut first: masking then works on at most maxExcerptChars, whatever the archive held.
      String cut = Text.excerpt(e.excerpt(), o.maxExcerptChars());
      String words = o.realNames() ? cut : Text.excerpt(Text.maskEmails(cut), o.maxExcerptChars());
      String label = Text.excerpt(v.label(e.contactKey()), 80);
      // A pseudonym or a name reads as one unit and must not break; only a name too long for a printed column may.
      b.append("<tr><td class=\"when\">").append(e.date() == null ? "unknown" : Text.shortDay(e.date()))
          .append("</td><td").append(label.length() <= MAX_UNBROKEN_LABEL ? " class=\"who\"" : "").append("><bdi>")
          .append(Html.escape(label)).append("</bdi></td><td>");
      if (words.isEmpty()) {
        b.append("<span class=\"na\">(no words: the message was never written)</span>");
      } else {
        b.append("<q class=\"excerpt\" dir=\"auto\">").append(Html.escape(words)).append("</q>");
      }
      b.append("</td><td>").append(Html.escape(Text.excerpt(e.why(), MAX_WHY))).append("</td></tr>");
    }
    b.append("</tbody></table></div>");
    if (ev.size() > MAX_EVIDENCE_SHOWN) {
      b.append("<p class=\"muted\">and ").append(ev.size() - MAX_EVIDENCE_SHOWN)
          .append(" more in report.json.</p>");
    }
  }

  private static void strengths(StringBuilder b, View v, ReportOptions o) {
    b.append("<section id=\"strengths\"><h2>What you do well</h2>");
    if (v.strengths.isEmpty()) {
      b.append("<p class=\"muted\">No strength could be measured with confidence in this archive.</p>");
    }
    for (Strength s : v.strengths) {
      b.append("<article class=\"strength\"><h3>").append(Html.escape(Text.excerpt(humanize(s.signal()), 120)))
          .append("</h3><p>").append(Html.escape(Text.excerpt(v.scrub(s.summary()), MAX_TEXT))).append("</p>");
      evidenceTable(b, v, o, s.evidence(), "Examples");
      b.append("</article>");
    }
    b.append("</section>\n");
  }

  private static String humanize(String signal) {
    if (signal == null || signal.isBlank()) {
      return "Strength";
    }
    String s = signal.replace('_', ' ').strip();
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---- charts -------------------------------------------------------------------------------------------------

  private static void charts(StringBuilder b, View v) {
    PersonMetrics m = v.metrics;
    if (m == null) {
      return;
    }
    StringBuilder c = new StringBuilder();
    glance(c, m);
    asksGives(c, m.asksGivesPerMonth());
    latency(c, m.replyLatencyHours());
    breadth(c, m.breadthPerMonth());
    timelines(c, v, v.timelines());
    if (c.length() > 0) {
      b.append("<section id=\"activity\"><h2>Your activity over time</h2>").append(c).append("</section>\n");
    }
  }

  private static void glance(StringBuilder c, PersonMetrics m) {
    List<String> items = new ArrayList<>();
    items.add("<li><strong>" + Svg.fmt(m.contactsTwoWay())
        + "</strong> people you have had a two-way exchange with</li>");
    items.add("<li><strong>" + Svg.fmt(m.dormantTies()) + "</strong> past contacts gone quiet (dormant ties)</li>");
    if (rate(m.followUpRate())) {
      items.add("<li><strong>" + Text.percent(m.followUpRate())
          + "</strong> of help or contact followed up in time</li>");
    }
    if (rate(m.thankYouRate())) {
      items.add("<li><strong>" + Text.percent(m.thankYouRate()) + "</strong> of help you received was thanked</li>");
    }
    c.append("<h3>At a glance</h3><ul>").append(String.join("", items)).append("</ul>");
  }

  private static boolean rate(Double r) {
    return r != null && r >= 0 && r <= 1;
  }

  private static void asksGives(StringBuilder c, List<PersonMetrics.AsksGives> series) {
    List<PersonMetrics.AsksGives> sorted = series.stream()
        .sorted(Comparator.comparing(PersonMetrics.AsksGives::month)).toList();
    if (sorted.isEmpty()) {
      return;
    }
    List<PersonMetrics.AsksGives> shown = sorted.subList(Math.max(0, sorted.size() - MAX_MONTHS), sorted.size());
    c.append("<figure><h3>Asking and giving, month by month</h3>")
        .append(Svg.bars("Asks and gives per month", shown.stream().map(x -> x.month().toString()).toList(), List.of(
            new Svg.Series("asks", Svg.ASK, shown.stream().mapToDouble(x -> Math.max(0, x.asks())).toArray()),
            new Svg.Series("gives", Svg.GIVE, shown.stream().mapToDouble(x -> Math.max(0, x.gives())).toArray()))))
        .append("<figcaption class=\"note\">Asks are messages of yours that request something; gives share,")
        .append(" thank, congratulate or offer help. A healthy network shows giving between the asks.</figcaption>")
        .append("</figure>");
  }

  private static void latency(StringBuilder c, PersonMetrics.ReplyLatency m) {
    List<PersonMetrics.BucketCount> buckets = m.histogram();
    Double p50 = finite(m.p50());
    Double p90 = finite(m.p90());
    if (buckets.isEmpty() && p50 == null && p90 == null) {
      return;
    }
    c.append("<figure><h3>How fast you reply</h3>");
    if (p50 != null || p90 != null) {
      c.append("<p>");
      if (p50 != null) {
        c.append("Half of your replies took less than <strong>").append(hours(p50)).append("</strong>. ");
      }
      if (p90 != null) {
        c.append("Nine in ten took less than <strong>").append(hours(p90)).append("</strong>. ");
      }
      c.append("Most people answer email within a day.</p>");
    }
    if (!buckets.isEmpty()) {
      List<PersonMetrics.BucketCount> b = buckets.size() > 48 ? buckets.subList(0, 48) : buckets;
      c.append(Svg.bars("Reply latency distribution", b.stream().map(PersonMetrics.BucketCount::bucket).toList(),
          List.of(new Svg.Series("replies", Svg.GIVE, b.stream().mapToDouble(x -> Math.max(0, x.count())).toArray()))));
    }
    c.append("</figure>");
  }

  private static Double finite(Double d) {
    return d != null && Double.isFinite(d) ? d : null;
  }

  private static String hours(double h) {
    if (h < 1) {
      return Math.max(1, Math.round(h * 60)) + " minutes";
    }
    if (h < 48) {
      return Svg.fmt(Math.round(h * 10) / 10.0) + " hours";
    }
    return Svg.fmt(Math.round(h / 24 * 10) / 10.0) + " days";
  }

  private static void breadth(StringBuilder c, List<PersonMetrics.Breadth> series) {
    List<PersonMetrics.Breadth> sorted = series.stream()
        .sorted(Comparator.comparing(PersonMetrics.Breadth::month)).toList();
    if (sorted.isEmpty()) {
      return;
    }
    List<PersonMetrics.Breadth> shown = sorted.subList(Math.max(0, sorted.size() - MAX_MONTHS), sorted.size());
    c.append("<figure><h3>How many people you are in touch with</h3>")
        .append(Svg.line("Distinct contacts per month", shown.stream().map(x -> x.month().toString()).toList(),
            shown.stream().mapToDouble(x -> Math.max(0, x.contacts())).toArray(), "contacts"))
        .append("<figcaption class=\"note\">Distinct people you exchanged messages with each month.</figcaption>")
        .append("</figure>");
  }

  private static void timelines(StringBuilder c, View v, Map<String, List<PersonMetrics.TimelineEvent>> byLabel) {
    if (byLabel.isEmpty()) {
      return;
    }
    Set<String> inFindings = new LinkedHashSet<>();
    for (Finding f : v.findings) {
      for (Evidence e : f.evidence()) {
        if (e != null) {
          inFindings.add(v.label(e.contactKey()));
        }
      }
    }
    List<Svg.Row> rows = new ArrayList<>();
    Instant from = null;
    Instant to = null;
    for (String label : inFindings) {
      if (rows.size() == MAX_TIMELINES) {
        break;
      }
      List<Svg.Event> events = new ArrayList<>();
      for (PersonMetrics.TimelineEvent e : byLabel.getOrDefault(label, List.of())) {
        events.add(new Svg.Event(e.date(), e.sent(), e.kind()));
      }
      if (events.isEmpty()) {
        continue;
      }
      events = perDay(events);
      from = from == null || events.get(0).at().isBefore(from) ? events.get(0).at() : from;
      Instant last = events.get(events.size() - 1).at();
      to = to == null || last.isAfter(to) ? last : to;
      rows.add(new Svg.Row(label, events));
    }
    if (rows.isEmpty()) {
      return;
    }
    c.append("<figure><h3>Your exchanges with the people in the findings</h3>")
        .append(Svg.timelines("Relationship timelines for contacts in the findings", rows, from, to))
        .append("<figcaption class=\"note\">Each row is one person; filled dots are your messages, hollow dots")
        .append(" theirs. Long empty stretches followed by an ask are what to avoid.</figcaption></figure>");
  }

  /**
   * One dot per day and direction, so that a contact with thousands of messages stays a readable row (and a page
   * of reasonable size); the dot's tooltip says how many messages it stands for.
   */
  static List<Svg.Event> perDay(List<Svg.Event> events) {
    Map<String, List<Svg.Event>> byDay = new java.util.TreeMap<>();
    for (Svg.Event e : events) {
      byDay.computeIfAbsent(Text.shortDay(e.at()) + (e.sent() ? " sent" : " received"), k -> new ArrayList<>())
          .add(e);
    }
    List<Svg.Event> out = new ArrayList<>();
    for (List<Svg.Event> day : byDay.values()) {
      day.sort(Comparator.comparing(Svg.Event::at));
      Svg.Event first = day.get(0);
      out.add(day.size() == 1 ? first : new Svg.Event(first.at(), first.sent(), day.size() + " messages"));
    }
    out.sort(Comparator.comparing(Svg.Event::at).thenComparing(Svg.Event::sent));
    return out;
  }
}
