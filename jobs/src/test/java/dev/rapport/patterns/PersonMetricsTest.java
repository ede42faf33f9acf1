package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonMetricsTest {
  @Test
  void replyLatencyFillsEveryBucketAndItsPercentiles() {
    PersonBuilder p = new PersonBuilder("lat").asOf(Stories.END);
    int[] minutes = {30, 120, 600, 1800, 6000, 12000};
    for (int i = 0; i < minutes.length; i++) {
      String day = PersonBuilder.plus("2025-03-01", 20 * i);
      String q = p.receive("c" + i, day, Sig.plain().question());
      p.sendReply(q, PersonBuilder.at(day).plusSeconds(60L * minutes[i]).toString().substring(0, 16), "Yes.",
          Sig.plain());
    }
    Map<String, Object> m = PersonMetrics.compute(p.build(), Thresholds.defaults());
    @SuppressWarnings("unchecked")
    Map<String, Object> latency = (Map<String, Object>) m.get("reply_latency_hours");
    assertEquals(10.0, latency.get("p50"));
    assertEquals(200.0, latency.get("p90"));
    assertEquals(List.of(
        Map.of("bucket", "<1h", "count", 1), Map.of("bucket", "1-4h", "count", 1),
        Map.of("bucket", "4-24h", "count", 1), Map.of("bucket", "1-3d", "count", 1),
        Map.of("bucket", "3-7d", "count", 1), Map.of("bucket", ">7d", "count", 1)), latency.get("histogram"));
  }

  @Test
  void seriesRatesAndTimelinesOfSomeoneWhoLetsHelpDrop() {
    PersonData finn = Stories.helpReceived(false);
    Map<String, Object> m = PersonMetrics.compute(finn, Thresholds.defaults());
    assertEquals(List.of(
        Map.of("month", "2025-02", "asks", 3, "gives", 0), Map.of("month", "2025-03", "asks", 0, "gives", 0),
        Map.of("month", "2025-04", "asks", 0, "gives", 0), Map.of("month", "2025-05", "asks", 0, "gives", 0)),
        m.get("asks_gives_per_month"));
    assertEquals(List.of(Map.of("month", "2025-02", "contacts", 3), Map.of("month", "2025-03", "contacts", 0),
        Map.of("month", "2025-04", "contacts", 0), Map.of("month", "2025-05", "contacts", 1)),
        m.get("breadth_per_month"));
    assertEquals(3, m.get("contacts_two_way"));
    assertEquals(3, m.get("dormant_ties"));
    assertEquals(0.0, m.get("thank_you_rate"));
    assertEquals(0.0, m.get("follow_up_rate"));
    @SuppressWarnings("unchecked")
    Map<String, Object> timelines = (Map<String, Object>) m.get("contact_timelines");
    assertEquals(List.of("ann", "ben", "cal", "dee"), List.copyOf(timelines.keySet()));
    assertEquals(List.of(
        Map.of("date", "2025-02-03T09:00:00Z", "direction", "sent", "kind", "ask"),
        Map.of("date", "2025-02-04T09:00:00Z", "direction", "received", "kind", "share")), timelines.get("ann"));
    @SuppressWarnings("unchecked")
    Map<String, Object> latency = (Map<String, Object>) m.get("reply_latency_hours");
    assertNull(latency.get("p50"));
  }

  @Test
  void aHealthyNetworkerThanksEveryHelp() {
    Map<String, Object> m = PersonMetrics.compute(Stories.healthy(), Thresholds.defaults());
    assertEquals(1.0, m.get("thank_you_rate"));
    assertEquals(1.0, m.get("follow_up_rate"));
    assertEquals(Map.of(), m.get("contact_timelines"));
    assertEquals(2, m.get("dormant_ties"), "sol and uma, last heard from in June and March");
  }
}
