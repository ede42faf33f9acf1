package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.patterns.PatternId;
import dev.rapport.patterns.PersonMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> keys(JsonNode n) {
    List<String> k = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      k.add(it.next());
    }
    return k;
  }

  @Test
  void topLevelAndCountsFollowTheContract() throws Exception {
    JsonNode n = JSON.readTree(ReportJson.person(Fixtures.avery()));
    assertEquals(List.of("person", "owner", "counts", "scores", "not_assessable", "findings", "strengths", "metrics"),
        keys(n));
    assertEquals("avery", n.get("person").asText());
    assertEquals(List.of("addresses", "names"), keys(n.get("owner")));
    assertEquals("avery.stone@uni.example", n.get("owner").get("addresses").get(0).asText());
    assertEquals(List.of("messages", "sent", "received", "bulk_filtered", "contacts", "threads", "networking",
        "not_networking", "not_networking_reasons"), keys(n.get("counts")));
    assertEquals(300, n.get("counts").get("bulk_filtered").asInt());
    assertTrue(n.get("counts").get("messages").isIntegralNumber());
  }

  @Test
  void scoresHoldAllNinePatternsAndNullWithAReasonWhenNotAssessable() throws Exception {
    JsonNode n = JSON.readTree(ReportJson.person(Fixtures.avery()));
    List<String> ids = new ArrayList<>();
    for (PatternId p : PatternId.values()) {
      ids.add(p.id());
    }
    assertEquals(ids, keys(n.get("scores")));
    assertTrue(n.get("scores").get("status_chasing").isNull());
    assertEquals("no job titles in this archive", n.get("not_assessable").get("status_chasing").asText());
    assertEquals(List.of("status_chasing"), keys(n.get("not_assessable")));
    assertEquals(0.0, n.get("scores").get("ask_after_help").asDouble());
    assertTrue(n.get("scores").get("ask_after_help").isNumber());
  }

  @Test
  void patternsMissingFromTheReportAreNotAssessableRatherThanZero() throws Exception {
    PersonReport r = Fixtures.avery();
    PersonReport few = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(),
        r.assessments().subList(0, 2), r.strengths(), r.contactLabels(), r.metrics());
    JsonNode n = JSON.readTree(ReportJson.person(few));
    assertEquals(9, n.get("scores").size());
    assertTrue(n.get("scores").get("neglected_network").isNull());
    assertEquals(View.NOT_ASSESSED, n.get("not_assessable").get("neglected_network").asText());
  }

  @Test
  void findingsAreOnlyDetectedPatternsBySeverityThenId() throws Exception {
    JsonNode f = JSON.readTree(ReportJson.person(Fixtures.avery())).get("findings");
    List<String> order = new ArrayList<>();
    f.forEach(x -> order.add(x.get("pattern").asText()));
    assertEquals(List.of("slow_reply", "cold_ask", "no_follow_up"), order);
    assertEquals(List.of("pattern", "severity", "summary", "advice", "evidence"), keys(f.get(0)));
    JsonNode e = f.get(0).get("evidence").get(0);
    assertEquals(List.of("contact", "thread", "date", "excerpt", "why"), keys(e));
    assertEquals("2026-01-20T22:05:00Z", e.get("date").asText());
  }

  @Test
  void datesAreUtcSecondsWithZAndMissingDatesAreNull() throws Exception {
    JsonNode f = JSON.readTree(ReportJson.person(Fixtures.avery())).get("findings");
    assertEquals("2025-11-03T09:00:00Z", f.get(2).get("evidence").get(0).get("date").asText());
    assertTrue(f.get(1).get("evidence").get(0).get("date").isNull());
  }

  @Test
  void evidenceNamesContactsByLabelNeverByRawKey() {
    String json = ReportJson.person(Fixtures.avery());
    assertTrue(json.contains("\"contact\" : \"Contact 1 · director\""), json);
    assertTrue(json.contains("\"contact\" : \"Contact 2 · recruiter\""), json);
    assertFalse(json.contains(Fixtures.DANA_KEY), "raw key leaked: " + json);
    assertFalse(json.contains(Fixtures.SAM_KEY));
    assertFalse(json.contains("Dana Reyes"));
    assertTrue(json.contains("answer an offer of help from Contact 1 · director."), "key in summary relabelled");
  }

  @Test
  void scrubbingReplacesWholeNamesOnlyWhateverTheCase() throws Exception {
    PersonReport r = Fixtures.avery();
    List<dev.rapport.patterns.Assessment> a = new ArrayList<>(r.assessments());
    a.set(2, dev.rapport.patterns.Assessment.of(PatternId.COLD_ASK, 0.6, new dev.rapport.patterns.Finding(
        PatternId.COLD_ASK, 0.6, "Asked LEE PARK cold; Lee Parkinson is someone else.", "a",
        List.of(new dev.rapport.patterns.Evidence(Fixtures.LEE_KEY, "t", null, "x", "y")))));
    PersonReport x = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(), a, r.strengths(),
        r.contactLabels(), r.metrics());
    JsonNode f = JSON.readTree(ReportJson.person(x)).get("findings");
    String summary = "";
    for (JsonNode n : f) {
      if (n.get("pattern").asText().equals("cold_ask")) {
        summary = n.get("summary").asText();
      }
    }
    assertEquals("Asked Contact 3 cold; Lee Parkinson is someone else.", summary);
  }

  @Test
  void threadKeysThatEmbedAContactKeyAreScrubbed() throws Exception {
    PersonReport r = Fixtures.avery();
    List<dev.rapport.patterns.Assessment> a = new ArrayList<>(r.assessments());
    a.set(0, dev.rapport.patterns.Assessment.of(PatternId.SLOW_REPLY, 0.8, new dev.rapport.patterns.Finding(
        PatternId.SLOW_REPLY, 0.8, "s", "a", List.of(new dev.rapport.patterns.Evidence(Fixtures.DANA_KEY,
            "mbox:avery|" + Fixtures.DANA_KEY + "|2026-01", null, "x", "y")))));
    PersonReport x = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(), a, r.strengths(),
        r.contactLabels(), r.metrics());
    JsonNode e = JSON.readTree(ReportJson.person(x)).get("findings").get(0).get("evidence").get(0);
    assertEquals("mbox:avery|Contact 1 · director|2026-01", e.get("thread").asText());
  }

  @Test
  void numbersAreRoundedToFourDecimalsInFixedForm() {
    String json = ReportJson.person(Fixtures.avery());
    assertTrue(json.contains("\"need_only_contact\" : 0.1235"), json);
    assertTrue(json.contains("\"generic_outreach\" : 0.0,"), json);
    assertTrue(json.contains("\"neglected_network\" : 1.0,"), json);
    assertTrue(json.contains("\"follow_up_rate\" : 0.3333"), json);
    assertFalse(json.contains("E-"), "no exponent form");
  }

  @Test
  void renderingTwiceGivesIdenticalBytesWhateverTheMapOrder() {
    PersonReport r = Fixtures.avery();
    Map<String, List<PersonMetrics.TimelineEvent>> reversed = new LinkedHashMap<>();
    List<PersonMetrics.TimelineEvent> events = List.of(
        new PersonMetrics.TimelineEvent(java.time.Instant.parse("2025-06-01T10:00:00Z"), false, "offer"));
    reversed.put(Fixtures.SAM_KEY, events);
    reversed.put(Fixtures.DANA_KEY, events);
    Map<String, List<PersonMetrics.TimelineEvent>> inOrder = new HashMap<>();
    inOrder.put(Fixtures.DANA_KEY, events);
    inOrder.put(Fixtures.SAM_KEY, events);
    r = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(), r.assessments(),
        r.strengths(), r.contactLabels(), Fixtures.withTimelines(r.metrics(), inOrder));
    PersonReport other = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(),
        r.assessments(), r.strengths(), r.contactLabels(), Fixtures.withTimelines(r.metrics(), reversed));
    String first = ReportJson.person(r);
    assertEquals(first, ReportJson.person(r));
    assertEquals(first, ReportJson.person(other));
    assertTrue(first.endsWith("}\n"));
    assertFalse(first.contains("\r"));
    assertTrue(first.indexOf("\"asks_gives_per_month\"") < first.indexOf("\"breadth_per_month\""));
  }

  @Test
  void metricsKeepTheirKeysSortedAndTimelinesShowOnlyLabels() throws Exception {
    PersonReport r = Fixtures.avery();
    PersonReport x = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(), r.assessments(),
        r.strengths(), r.contactLabels(), Fixtures.withTimelines(r.metrics(), Map.of(
            Fixtures.DANA_KEY, r.metrics().contactTimelines().get(Fixtures.DANA_KEY),
            "stranger@corp.example", r.metrics().contactTimelines().get(Fixtures.DANA_KEY))));
    String json = ReportJson.person(x);
    JsonNode m = JSON.readTree(json).get("metrics");
    assertEquals(List.of("asks_gives_per_month", "breadth_per_month", "contact_timelines", "contacts_two_way",
        "dormant_ties", "follow_up_rate", "reply_latency_hours", "thank_you_rate"), keys(m));
    assertEquals(List.of("count", "histogram", "p50", "p90"), keys(m.get("reply_latency_hours")));
    assertEquals(List.of("asks", "gives", "month"), keys(m.get("asks_gives_per_month").get(0)));
    assertEquals(List.of("Contact 1 · director", View.UNKNOWN_CONTACT + " 1"), keys(m.get("contact_timelines")));
    assertEquals(List.of("date", "direction", "kind"),
        keys(m.get("contact_timelines").get("Contact 1 · director").get(0)));
    assertEquals("received", m.get("contact_timelines").get("Contact 1 · director").get(0).get("direction").asText());
    assertFalse(json.contains("stranger@corp.example"), "an unlabelled key could be an address: " + json);
  }

  @Test
  void reportWithoutMetricsHasAnEmptyMetricsObject() throws Exception {
    PersonReport r = Fixtures.avery();
    PersonReport x = new PersonReport(r.person(), r.ownerAddresses(), r.ownerNames(), r.counts(), r.assessments(),
        r.strengths(), r.contactLabels(), null);
    assertEquals(0, JSON.readTree(ReportJson.person(x)).get("metrics").size());
  }

  @Test
  void hostileReportStillGivesValidDeterministicJson() throws Exception {
    PersonReport r = Fixtures.hostileReport("x\" onmouseover=\"alert(1)");
    String json = ReportJson.person(r);
    JsonNode n = JSON.readTree(json);
    assertEquals(9, n.get("scores").size());
    assertEquals(json, ReportJson.person(r));
    // Timelines are keyed by raw key: both must come out keyed by label.
    assertEquals(new java.util.TreeSet<>(r.contactLabels().values()),
        new java.util.TreeSet<>(keys(n.get("metrics").get("contact_timelines"))));
    assertFalse(json.contains("linkedin:\\\""), "raw linkedin key must not appear");
  }
}
