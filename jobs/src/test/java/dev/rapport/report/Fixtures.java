package dev.rapport.report;

import dev.rapport.identity.Contact;
import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.Evidence;
import dev.rapport.patterns.Finding;
import dev.rapport.patterns.PatternId;
import dev.rapport.patterns.PersonMetrics;
import dev.rapport.patterns.Strength;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reports as the pipeline would build them: an ordinary student, and one whose archive is full of hostile text. */
final class Fixtures {
  private Fixtures() {}

  static final String DANA_KEY = "dana.reyes@corp.example";
  static final String SAM_KEY = "linkedin:sam-lee-42";
  static final String LEE_KEY = "name:lee park";

  static Map<String, Contact> contacts() {
    Map<String, Contact> c = new LinkedHashMap<>();
    c.put(DANA_KEY, contact(DANA_KEY, "Dana Reyes", "Director of Engineering at Corp Example"));
    c.put(SAM_KEY, contact(SAM_KEY, "Sam Lee", "Senior Technical Recruiter, Initech"));
    c.put(LEE_KEY, contact(LEE_KEY, "Lee Park", null));
    return c;
  }

  /** A contact; its seniority is read from the title. */
  static Contact contact(String key, String name, String title) {
    return new Contact(key, name, List.of(key), List.of("email"), title, "Corp Example",
        Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), LocalDate.parse("2024-01-01"));
  }

  static PersonReport avery() {
    Map<String, String> labels = ContactLabels.assign(List.of(DANA_KEY, SAM_KEY, LEE_KEY), contacts(), false);
    return avery(labels);
  }

  static PersonReport avery(Map<String, String> labels) {
    List<Assessment> a = new ArrayList<>();
    a.add(Assessment.of(PatternId.SLOW_REPLY, 0.8, new Finding(PatternId.SLOW_REPLY, 0.8,
        "You took 9 days to answer an offer of help from " + DANA_KEY + ".",
        "Answer offers of help within a day.",
        List.of(new Evidence(DANA_KEY, "t-1", Instant.parse("2026-01-20T22:05:00Z"),
            "Sorry for the delay, I was waiting to hear back about another opportunity.",
            "replied 9 days after an offer to meet")))));
    a.add(Assessment.of(PatternId.NO_FOLLOW_UP, 0.6, new Finding(PatternId.NO_FOLLOW_UP, 0.6,
        "Two introductions were never thanked.", "Thank people within two days.",
        List.of(new Evidence(SAM_KEY, "t-2", Instant.parse("2025-11-03T09:00:00.123Z"), "",
            "introduction on 3 Nov, no thanks within 7 days")))));
    a.add(Assessment.of(PatternId.COLD_ASK, 0.6, new Finding(PatternId.COLD_ASK, 0.6,
        "Opened with an ask.", "Introduce yourself first.",
        List.of(new Evidence(LEE_KEY, "t-3", null, "Can you refer me to your team?", "the first sentence asks")))));
    a.add(Assessment.of(PatternId.NEED_ONLY_CONTACT, 0.123456, null));
    a.add(Assessment.of(PatternId.ASK_AFTER_HELP, 0.0, null));
    a.add(Assessment.of(PatternId.GENERIC_OUTREACH, 0.00001, null));
    a.add(Assessment.of(PatternId.SELF_PROMOTION, 0.25, null));
    a.add(Assessment.notAssessable(PatternId.STATUS_CHASING, "no job titles in this archive"));
    a.add(Assessment.of(PatternId.NEGLECTED_NETWORK, 1.0, null));
    List<Strength> strengths = List.of(new Strength("thanks_given", "You thanked 8 of 10 people who helped you.",
        List.of(new Evidence(SAM_KEY, "t-9", Instant.parse("2025-10-01T12:00:00Z"), "Thank you so much, Sam!",
            "gratitude within a day"))));
    // months listed out of order on purpose: renderers sort them
    PersonMetrics metrics = new PersonMetrics(
        new PersonMetrics.ReplyLatency(5.5, 130.0, 10, List.of(new PersonMetrics.BucketCount("<1h", 3),
            new PersonMetrics.BucketCount("1-24h", 5), new PersonMetrics.BucketCount(">7d", 2))),
        List.of(new PersonMetrics.AsksGives(YearMonth.of(2025, 11), 4, 1),
            new PersonMetrics.AsksGives(YearMonth.of(2025, 10), 2, 3)),
        List.of(new PersonMetrics.Breadth(YearMonth.of(2025, 10), 5),
            new PersonMetrics.Breadth(YearMonth.of(2025, 11), 7)),
        12, 3, 0.333333333, 0.8,
        new TreeMap<>(Map.of(DANA_KEY, List.of(
            new PersonMetrics.TimelineEvent(Instant.parse("2025-06-01T10:00:00Z"), false, "offer"),
            new PersonMetrics.TimelineEvent(Instant.parse("2026-01-20T22:05:00Z"), true, "reply")))));
    return new PersonReport("avery", List.of("avery.stone@uni.example"), List.of("Avery Stone"),
        new PersonReport.Counts(120, 50, 70, 300, 14, 30), a, strengths, labels, metrics);
  }

  /** {@code m} with other contact timelines, keyed by raw contact key. */
  static PersonMetrics withTimelines(PersonMetrics m, Map<String, List<PersonMetrics.TimelineEvent>> timelines) {
    return new PersonMetrics(m.replyLatencyHours(), m.asksGivesPerMonth(), m.breadthPerMonth(), m.contactsTwoWay(),
        m.dormantTies(), m.followUpRate(), m.thankYouRate(), new TreeMap<>(timelines));
  }

  /** Payloads that try to run script; each one, if it ran, sets window.__pwned or changes the title. */
  static final List<String> HOSTILE = List.of(
      "<script>window.__pwned=1;document.title='pwned'</script>",
      "</script><script>window.__pwned=2</script>",
      "</style><script>window.__pwned=3</script>",
      "\" onmouseover=\"window.__pwned=4\" autofocus onfocus=\"window.__pwned=4\" x=\"",
      "' onmouseover='window.__pwned=5' autofocus onfocus='window.__pwned=5' x='",
      "<img src=x onerror=\"window.__pwned=6;document.title='pwned'\">",
      "<svg onload=\"window.__pwned=7\"></svg>",
      "javascript:window.__pwned=8",
      "<a href=\"javascript:window.__pwned=9\">click</a>",
      "<iframe src=\"https://evil.example/\"></iframe><link rel=stylesheet href=\"http://evil.example/x.css\">",
      "{{constructor.constructor('window.__pwned=10')()}} ${window.__pwned=11} #{x}",
      "<!-- <![CDATA[ ]]> --> <base href=\"http://evil.example/\">",
      "\u202Eevil\u202C مرحبا بالعالم שלום 👩🏽‍💻🎉 \uD800 \u0000\u0007",
      "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/\">");

  static String hostile(int i) {
    return HOSTILE.get(Math.floorMod(i, HOSTILE.size()));
  }

  static String huge() {
    return "A".repeat(50_000) + hostile(0) + "B".repeat(50_000);
  }

  /** A report where every string that came from an archive or a detector is an attack. */
  static PersonReport hostileReport(String person) {
    String k1 = "\"><script>window.__pwned=20</script>@evil.example";
    String k2 = "linkedin:" + hostile(3);
    Map<String, Contact> contacts = Map.of(
        k1, contact(k1, hostile(0), hostile(5)),
        k2, contact(k2, hostile(3), "VP " + hostile(6)));
    Map<String, String> labels = new LinkedHashMap<>(ContactLabels.assign(List.of(k1, k2), contacts, true));
    List<Assessment> a = new ArrayList<>();
    int i = 0;
    for (PatternId p : PatternId.values()) {
      if (p == PatternId.STATUS_CHASING) {
        a.add(Assessment.notAssessable(p, hostile(i++)));
        continue;
      }
      List<Evidence> ev = new ArrayList<>();
      for (int j = 0; j < 3; j++) {
        ev.add(new Evidence(j % 2 == 0 ? k1 : k2, hostile(i + j), Instant.parse("2025-0" + (j + 1) + "-15T08:00:00Z"),
            j == 2 ? huge() : hostile(i + j + 1), hostile(i + j + 2)));
      }
      a.add(Assessment.of(p, (i % 10) / 10.0, new Finding(p, (i % 7) / 7.0, hostile(i) + " " + k1,
          hostile(i + 1) + huge(), ev)));
      i++;
    }
    List<Strength> strengths = List.of(new Strength(hostile(2), hostile(4),
        List.of(new Evidence(k2, hostile(1), null, hostile(6), hostile(7)))));
    // Metrics are typed: the attacks left are in the strings they carry and in numbers JSON cannot hold.
    Map<String, List<PersonMetrics.TimelineEvent>> timelines = new TreeMap<>();
    timelines.put(k1, List.of(new PersonMetrics.TimelineEvent(Instant.parse("2025-01-15T00:00:00Z"), true, hostile(5)),
        new PersonMetrics.TimelineEvent(Instant.parse("2025-01-16T00:00:00Z"), false, hostile(8))));
    timelines.put(k2, List.of(new PersonMetrics.TimelineEvent(Instant.parse("2025-03-01T00:00:00Z"), false,
        hostile(9))));
    PersonMetrics metrics = new PersonMetrics(
        new PersonMetrics.ReplyLatency(Double.POSITIVE_INFINITY, Double.NaN, -4, List.of(
            new PersonMetrics.BucketCount(hostile(3), 4), new PersonMetrics.BucketCount(hostile(7), -1))),
        List.of(new PersonMetrics.AsksGives(YearMonth.of(2025, 1), -7, -3),
            new PersonMetrics.AsksGives(YearMonth.of(2025, 2), 2, Integer.MAX_VALUE)),
        List.of(), -1, Integer.MIN_VALUE, -3.0, Double.NaN, new TreeMap<>(timelines));
    return new PersonReport(person, List.of(hostile(0) + "@x.example"), List.of(hostile(3)),
        new PersonReport.Counts(3, 1, 2, 0, 2, 1), a, strengths, labels, metrics);
  }
}
