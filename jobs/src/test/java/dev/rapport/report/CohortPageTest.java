package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.PatternId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CohortPageTest {

  private static PersonReport scored(String person, double severity) {
    PersonReport r = Fixtures.avery();
    List<Assessment> a = new ArrayList<>();
    for (Assessment x : r.assessments()) {
      if (x.finding() != null) {
        var f = x.finding();
        a.add(Assessment.of(x.pattern(), x.score(), new dev.rapport.patterns.Finding(f.pattern(), severity,
            f.summary(), f.advice(), f.evidence())));
      } else {
        a.add(x);
      }
    }
    return new PersonReport(person, r.ownerAddresses(), r.ownerNames(), r.counts(), a, r.strengths(),
        r.contactLabels(), r.metrics());
  }

  @Test
  void defaultOrderPutsWhoNeedsAttentionMostFirstAndSaysHow() {
    Document d = Jsoup.parse(CohortPage.render(
        List.of(scored("calm", 0.1), scored("urgent", 0.9), scored("middle", 0.5)), ReportOptions.defaults()));
    assertEquals(List.of("urgent", "middle", "calm"), d.select("#cohort tbody td:first-child").eachAttr("data-v"));
    assertEquals("2.70", d.select("#cohort tbody tr").get(0).child(1).text(), "three findings of 0.9");
    assertTrue(d.getElementById("how").text().contains("sum of the severities"));
  }

  @Test
  void everyPatternIsAHeatCellAndNotAssessableIsNotZero() {
    Document d = Jsoup.parse(CohortPage.render(List.of(Fixtures.avery()), ReportOptions.defaults()));
    Element row = d.selectFirst("#cohort tbody tr");
    assertEquals(5 + PatternId.values().length, row.children().size());
    Element na = row.child(5 + PatternId.STATUS_CHASING.ordinal());
    assertEquals("n/a", na.text());
    assertEquals("", na.attr("data-v"));
    assertTrue(na.attr("title").contains("no job titles"));
    Element slow = row.child(5 + PatternId.SLOW_REPLY.ordinal());
    assertEquals("0.8000", slow.attr("data-v"));
    assertTrue(slow.attr("style").startsWith("background:#"));
    assertEquals(PatternId.values().length, d.select("#distributions svg").size());
  }

  @Test
  void eachHabitHeaderNamesItsPatternAndGivesThePlainLanguageTitle() {
    Document d = Jsoup.parse(CohortPage.render(List.of(Fixtures.avery()), ReportOptions.defaults()));
    for (PatternId p : PatternId.values()) {
      Element th = d.selectFirst("#cohort thead th[data-pattern=" + p.id() + "]");
      assertEquals(PatternText.title(p), th.attr("title"));
      assertEquals("num", th.attr("data-type"), "sorted as numbers");
      assertEquals(p.id().replace('_', ' '), th.selectFirst("button").text());
    }
  }

  @Test
  void linksUrlEncodeTheFolderNameAndCannotBreakOut() {
    String person = "x\" onmouseover=\"alert(1) <b>é/";
    Document d = Jsoup.parse(CohortPage.render(List.of(scored(person, 0.5)), ReportOptions.defaults()));
    Element a = d.selectFirst("#cohort tbody a");
    assertEquals("people/x%22%20onmouseover%3D%22alert%281%29%20%3Cb%3E%C3%A9%2F/report.html", a.attr("href"));
    assertEquals(person, a.text());
    assertEquals(List.of(), PersonPageTest.liveMarkup(d));
  }

  @Test
  void theOnlyScriptIsOursAndTheCspAllowsExactlyIt() {
    Document d = Jsoup.parse(CohortPage.render(List.of(Fixtures.hostileReport("<script>x</script>")),
        ReportOptions.defaults()));
    assertEquals(1, d.select("script").size());
    String script = d.selectFirst("script").data();
    assertEquals(CohortPage.SCRIPT, script);
    String csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.contains("script-src " + Html.cspHash(script) + ";"), csp);
    assertTrue(csp.startsWith("default-src 'none';"));
  }

  @Test
  void noContactOrOwnerDetailReachesTheCohortPage() {
    String html = CohortPage.render(List.of(Fixtures.avery()), ReportOptions.defaults());
    for (String secret : List.of("Dana Reyes", Fixtures.DANA_KEY, "Contact 1", "avery.stone@uni.example",
        "Avery Stone", "Sorry for the delay")) {
      assertFalse(html.contains(secret), secret);
    }
  }

  @Test
  void hundredsOfPeopleRenderQuicklyAndCompletely() {
    List<PersonReport> many = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      many.add(scored(String.format("student-%04d", i), (i % 10) / 10.0));
    }
    String html = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> CohortPage.render(many, ReportOptions.defaults()));
    Document d = Jsoup.parse(html);
    assertEquals(800, d.select("#cohort tbody tr").size());
    assertTrue(d.text().contains("800 people"));
    assertTrue(html.length() < 3_000_000, "page is " + html.length() + " characters");
  }

  @Test
  void inputOrderDoesNotChangeThePage() {
    List<PersonReport> a = List.of(scored("b", 0.5), scored("a", 0.5), scored("c", 0.2));
    List<PersonReport> b = List.of(scored("c", 0.2), scored("a", 0.5), scored("b", 0.5));
    assertEquals(CohortPage.render(a, ReportOptions.defaults()), CohortPage.render(b, ReportOptions.defaults()));
  }
}
