package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.Evidence;
import dev.rapport.patterns.Finding;
import dev.rapport.patterns.PatternId;
import dev.rapport.patterns.PersonMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class PersonPageTest {

  private static Document page(PersonReport r, ReportOptions o) {
    return Jsoup.parse(PersonPage.render(r, o));
  }

  /** What a browser would make live: scripts, handlers, embedding elements, script URLs. */
  static List<String> liveMarkup(Document d) {
    List<String> bad = new ArrayList<>();
    for (Element e : d.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String v = a.getValue().strip().toLowerCase();
        if (a.getKey().startsWith("on") || v.startsWith("javascript:") || v.startsWith("vbscript:")) {
          bad.add(e.tagName() + " " + a.getKey());
        }
      }
    }
    for (Element e : d.select("iframe,object,embed,base,img,frame,form,link[rel=stylesheet],meta[http-equiv=refresh]")) {
      bad.add(e.tagName());
    }
    return bad;
  }

  @Test
  void hostileTextInEveryFieldStaysText() {
    PersonReport r = Fixtures.hostileReport("x\" onmouseover=\"alert(1)");
    for (ReportOptions o : List.of(ReportOptions.defaults(), ReportOptions.defaults().withRealNames(true))) {
      Document d = page(r, o);
      assertEquals(List.of(), liveMarkup(d));
      assertEquals(0, d.select("script").size(), "the person page needs no script at all");
      assertEquals(1, d.select("style").size());
      assertTrue(d.select("body svg").stream().allMatch(s -> s.attributes().asList().stream()
          .noneMatch(a -> a.getKey().startsWith("on"))));
    }
    Document named = page(r, ReportOptions.defaults().withRealNames(true));
    assertTrue(named.text().contains("<script>window.__pwned=1;document.title='pwned'</script>"),
        "a hostile real name is shown, as text");
  }

  @Test
  void theStyleSheetCannotBeClosedByData() {
    String html = PersonPage.render(Fixtures.hostileReport("</style><script>alert(1)</script>"),
        ReportOptions.defaults().withRealNames(true));
    assertEquals(1, html.split("</style>", -1).length - 1);
    assertEquals(0, html.split("<script", -1).length - 1);
  }

  @Test
  void contentSecurityPolicyForbidsEveryLoadAndEveryScript() {
    Element meta = page(Fixtures.avery(), ReportOptions.defaults())
        .selectFirst("head > meta[http-equiv=Content-Security-Policy]");
    assertEquals(Html.csp(), meta.attr("content"));
    assertTrue(meta.attr("content").contains("script-src 'none'"));
    String html = PersonPage.render(Fixtures.avery(), ReportOptions.defaults());
    assertTrue(html.indexOf("Content-Security-Policy") < html.indexOf("<style>"), "the policy comes first");
  }

  @Test
  void contactsAppearOnlyAsPseudonymsUnlessRealNamesAreAsked() {
    String html = PersonPage.render(Fixtures.avery(), ReportOptions.defaults());
    for (String secret : List.of("Dana Reyes", "Sam Lee", "Lee Park", Fixtures.DANA_KEY, Fixtures.SAM_KEY,
        "sam-lee-42", "lee park", "avery.stone@uni.example", "Avery Stone", "Corp Example", "Initech")) {
      assertFalse(html.toLowerCase().contains(secret.toLowerCase()), secret + " leaked into the page");
    }
    assertTrue(html.contains("Contact 1 · director"));

    Map<String, String> real = ContactLabels.assign(
        List.of(Fixtures.DANA_KEY, Fixtures.SAM_KEY, Fixtures.LEE_KEY), Fixtures.contacts(), true);
    String named = PersonPage.render(Fixtures.avery(real), ReportOptions.defaults().withRealNames(true));
    assertTrue(named.contains("Dana Reyes"));
    assertTrue(named.contains("avery.stone@uni.example"), "the owner's own address, by choice");
  }

  @Test
  void withoutRealNamesAPageReplacesLabelsThatAreNotPseudonyms() {
    Map<String, String> real = ContactLabels.assign(
        List.of(Fixtures.DANA_KEY, Fixtures.SAM_KEY, Fixtures.LEE_KEY), Fixtures.contacts(), true);
    PersonReport r = Fixtures.avery(real);
    PersonReport mentioning = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(),
        r.assessments().stream().map(a -> a.finding() == null ? a : Assessment.of(a.pattern(), a.score(),
            new Finding(a.pattern(), a.finding().severity(), "You never thanked Dana Reyes.", "", a.finding()
                .evidence()))).toList(), r.strengths(), real, r.metrics());
    String html = PersonPage.render(mentioning, ReportOptions.defaults());
    assertFalse(html.contains("Dana Reyes"), "a real-name label must not reach a pseudonymous page");
    assertFalse(html.contains("Sam Lee"));
    assertTrue(html.contains("You never thanked Contact 1."), "the name in detector text became the pseudonym");
    Document d = Jsoup.parse(html);
    assertEquals(2, d.select("#activity svg").last().select("circle title").size(),
        "the timeline keyed by the real-name label is still drawn, under the pseudonym");
    assertTrue(d.select("#activity svg").last().text().contains("Contact 1"));
  }

  @Test
  void evidenceDatesAndShortContactLabelsAreMarkedToStayOnOneLine() {
    Document d = page(Fixtures.avery(), ReportOptions.defaults());
    Elements rows = d.select("table.evidence tbody tr");
    assertFalse(rows.isEmpty());
    for (Element row : rows) {
      assertEquals("when", row.child(0).className());
      assertEquals("who", row.child(1).className(), row.child(1).text());
    }
    assertTrue(d.selectFirst("style").data().contains("td.when,td.who{white-space:nowrap}"));
  }

  @Test
  void aContactLabelTooLongForAPrintedColumnMayWrap() {
    String longName = "Maximiliana Alessandra Konstantinopoulou-Vanderbilt";
    Map<String, String> labels = new java.util.LinkedHashMap<>(Fixtures.avery().contactLabels());
    labels.replaceAll((k, v) -> longName);
    Document d = page(Fixtures.avery(labels), ReportOptions.defaults().withRealNames(true));
    Element who = d.select("table.evidence tbody td:nth-child(2)").stream()
        .filter(td -> td.text().startsWith("Maximiliana")).findFirst().orElseThrow();
    assertEquals("", who.className(), "a " + longName.length() + "-character label must be free to wrap");
  }

  @Test
  void addressesTheOwnerTypedAreMaskedInExcerpts() {
    PersonReport r = withFinding(new Evidence(Fixtures.DANA_KEY, "t", Instant.parse("2025-01-01T00:00:00Z"),
        "Please write to jo.smith+jobs@mail.example.org about it", "asks"));
    String html = PersonPage.render(r, ReportOptions.defaults());
    assertFalse(html.contains("jo.smith"), html);
    assertTrue(html.contains("Please write to [address] about it"));
  }

  @Test
  void excerptsAreCutToTheConfiguredLengthWithoutSplittingEmoji() {
    String words = "👩🏽‍💻".repeat(100);
    PersonReport r = withFinding(new Evidence(Fixtures.DANA_KEY, "t", null, words, "asks"));
    Document d = page(r, ReportOptions.defaults().withMaxExcerptChars(30));
    String q = d.selectFirst("#finding-cold_ask q.excerpt").text();
    assertEquals(30, q.codePointCount(0, q.length()));
    assertTrue(q.endsWith("…"));
    assertFalse(q.chars().anyMatch(c -> Character.isSurrogate((char) c)
        && !(Character.isHighSurrogate((char) c) || Character.isLowSurrogate((char) c))));
    assertFalse(q.contains("\uFFFD"), "no half emoji");
  }

  @Test
  void hugeTextsCannotBlowUpThePageOrTheRenderer() {
    String html = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> PersonPage.render(Fixtures.hostileReport("big"), ReportOptions.defaults()));
    assertTrue(html.length() < 400_000, "page is " + html.length() + " characters");
    assertFalse(html.contains("A".repeat(1_500)));
  }

  @Test
  void findingsFollowSeverityAndNotAssessableIsNotShownAsZero() {
    Document d = page(Fixtures.avery(), ReportOptions.defaults());
    List<String> ids = d.select("article.finding").eachAttr("id");
    assertEquals(List.of("finding-slow_reply", "finding-cold_ask", "finding-no_follow_up"), ids);
    Element row = d.select("#scores tbody tr").get(PatternId.STATUS_CHASING.ordinal());
    assertTrue(row.text().contains("not assessable"), row.text());
    assertTrue(row.text().contains("no job titles in this archive"));
    assertFalse(row.text().contains("0.00"));
    assertEquals(9, d.select("#scores tbody tr").size());
  }

  @Test
  void nextStepsAreDatedFromTheEvidence() {
    Document d = page(Fixtures.avery(), ReportOptions.defaults());
    String next = d.selectFirst("#finding-no_follow_up .next").text();
    // Help arrived on 3 November 2025: thanks by the 5th, an update by the 10th, a reminder by the 17th.
    assertTrue(next.contains("3 November 2025"), next);
    assertTrue(next.contains("a short thank-you by 5 November 2025"), next);
    assertTrue(next.contains("by 10 November 2025"), next);
    assertTrue(next.contains("by 17 November 2025"), next);
    assertTrue(next.contains("Contact 2 · recruiter"), next);
  }

  @Test
  void summaryComesFirstAndNamesTheMostSevereHabit() {
    Document d = page(Fixtures.avery(), ReportOptions.defaults());
    Element first = d.selectFirst("body > section");
    assertEquals("summary", first.id());
    assertTrue(first.text().contains("Leaving people waiting for a reply"), first.text());
    assertTrue(first.text().contains("We read 120 messages"));
    assertTrue(first.text().contains("Start here:"));
  }

  @Test
  void chartsAreDrawnFromMetricsAsInlineSvg() {
    Document d = page(Fixtures.avery(), ReportOptions.defaults());
    Elements charts = d.select("#activity svg");
    assertEquals(4, charts.size(), "asks/gives, latency, breadth, timelines");
    assertEquals(List.of("Asks and gives per month", "Reply latency distribution", "Distinct contacts per month",
        "Relationship timelines for contacts in the findings"), charts.eachAttr("aria-label"));
    // Months are sorted even though the metric listed November first.
    Elements bars = charts.get(0).select("rect title");
    assertEquals("2025-10: 2 asks", bars.get(0).text());
    assertEquals("2025-11: 1 gives", bars.get(3).text());
    assertTrue(d.select("#activity").text().contains("5.5 hours"));
    assertTrue(d.select("#activity").text().contains("5.4 days"));
    assertEquals(2, charts.get(3).select("circle title").size());
  }

  @Test
  void aBusyContactsTimelineDrawsOneDotPerDayAndDirection() {
    PersonReport r = Fixtures.avery();
    List<PersonMetrics.TimelineEvent> events = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      events.add(new PersonMetrics.TimelineEvent(
          Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofMinutes(67L * i)), i % 3 == 0, "message"));
    }
    PersonMetrics metrics = Fixtures.withTimelines(r.metrics(), Map.of(Fixtures.DANA_KEY, events));
    PersonReport busy = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(),
        r.assessments(), r.strengths(), r.contactLabels(), metrics);
    Element svg = page(busy, ReportOptions.defaults()).select("#activity svg").last();
    int days = (int) Math.ceil(3000 * 67 / (24.0 * 60)); // about 140 days, each with sent and received
    int dots = svg.select("circle").size();
    assertTrue(dots <= 2 * days + 2 && dots > days, dots + " dots for " + days + " days");
    assertTrue(svg.select("circle title").stream().anyMatch(t -> t.text().contains("messages")));
  }

  @Test
  void missingOrOddMetricsSkipChartsInsteadOfFailing() {
    PersonReport r = Fixtures.avery();
    PersonMetrics odd = new PersonMetrics(new PersonMetrics.ReplyLatency(Double.NaN, null, 0, List.of()),
        List.of(), List.of(), 0, 0, 7.0, Double.NaN, new java.util.TreeMap<>(Map.of(Fixtures.DANA_KEY, List.of())));
    PersonReport x = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(), r.assessments(),
        r.strengths(), r.contactLabels(), odd);
    Document oddPage = page(x, ReportOptions.defaults());
    assertEquals(0, oddPage.select("svg").size());
    assertFalse(oddPage.getElementById("activity").text().contains("%"), "rates outside 0..1 are not shown");
    PersonReport none = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(),
        r.assessments(), r.strengths(), r.contactLabels(), null);
    Document d0 = page(none, ReportOptions.defaults());
    assertEquals(0, d0.select("svg").size());
    assertEquals(null, d0.getElementById("activity"));
    PersonReport nulls = new PersonReport("solo", null, null, null, null, null, null, null);
    Document d = page(nulls, ReportOptions.defaults());
    assertEquals(9, d.select("#scores tbody tr").size());
    assertTrue(d.text().contains("No habit stood out"));
  }

  @Test
  void rawContactKeysInDetectorTextAreReplacedByLabels() {
    String html = PersonPage.render(Fixtures.avery(), ReportOptions.defaults());
    assertTrue(html.contains("offer of help from Contact 1 · director."));
  }

  @Test
  void printStylesheetIsIncluded() {
    String css = page(Fixtures.avery(), ReportOptions.defaults()).selectFirst("style").data();
    assertTrue(css.contains("@media print"));
    assertTrue(css.contains("break-inside:avoid"));
  }

  @Test
  void renderingIsDeterministic() {
    assertEquals(PersonPage.render(Fixtures.avery(), ReportOptions.defaults()),
        PersonPage.render(Fixtures.avery(), ReportOptions.defaults()));
  }

  private static PersonReport withFinding(Evidence e) {
    PersonReport r = Fixtures.avery();
    List<Assessment> a = new ArrayList<>(r.assessments());
    a.set(2, Assessment.of(PatternId.COLD_ASK, 0.6, new Finding(PatternId.COLD_ASK, 0.6, "s", "a", List.of(e))));
    return new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(), a, r.strengths(),
        r.contactLabels(), r.metrics());
  }
}
