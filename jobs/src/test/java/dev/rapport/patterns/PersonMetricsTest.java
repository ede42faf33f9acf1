package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rapport.patterns.PersonMetrics.AsksGives;
import dev.rapport.patterns.PersonMetrics.Breadth;
import dev.rapport.patterns.PersonMetrics.BucketCount;
import dev.rapport.patterns.PersonMetrics.TimelineEvent;
import java.time.Instant;
import java.time.YearMonth;
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
    PersonMetrics.ReplyLatency latency = PersonMetrics.of(p.build(), Thresholds.defaults()).replyLatencyHours();
    assertEquals(10.0, latency.p50());
    assertEquals(200.0, latency.p90());
    assertEquals(List.of(
        new BucketCount("<1h", 1), new BucketCount("1-4h", 1), new BucketCount("4-24h", 1),
        new BucketCount("1-3d", 1), new BucketCount("3-7d", 1), new BucketCount(">7d", 1)), latency.histogram());
  }

  @Test
  void seriesRatesAndTimelinesOfSomeoneWhoLetsHelpDrop() {
    PersonData finn = Stories.helpReceived(false);
    PersonMetrics m = PersonMetrics.of(finn, Thresholds.defaults());
    assertEquals(List.of(
        new AsksGives(YearMonth.of(2025, 2), 3, 0), new AsksGives(YearMonth.of(2025, 3), 0, 0),
        new AsksGives(YearMonth.of(2025, 4), 0, 0), new AsksGives(YearMonth.of(2025, 5), 0, 0)),
        m.asksGivesPerMonth());
    assertEquals(List.of(new Breadth(YearMonth.of(2025, 2), 3), new Breadth(YearMonth.of(2025, 3), 0),
        new Breadth(YearMonth.of(2025, 4), 0), new Breadth(YearMonth.of(2025, 5), 1)), m.breadthPerMonth());
    assertEquals(3, m.contactsTwoWay());
    assertEquals(3, m.dormantTies());
    assertEquals(0.0, m.thankYouRate());
    assertEquals(0.0, m.followUpRate());
    Map<String, List<TimelineEvent>> timelines = m.contactTimelines();
    assertEquals(List.of("ann", "ben", "cal", "dee"), List.copyOf(timelines.keySet()));
    assertEquals(List.of(
        new TimelineEvent(Instant.parse("2025-02-03T09:00:00Z"), true, "ask"),
        new TimelineEvent(Instant.parse("2025-02-04T09:00:00Z"), false, "share")), timelines.get("ann"));
    assertEquals("sent", timelines.get("ann").get(0).direction());
    assertEquals("received", timelines.get("ann").get(1).direction());
    assertNull(m.replyLatencyHours().p50());
  }

  @Test
  void aHealthyNetworkerThanksEveryHelp() {
    PersonMetrics m = PersonMetrics.of(Stories.healthy(), Thresholds.defaults());
    assertEquals(1.0, m.thankYouRate());
    assertEquals(1.0, m.followUpRate());
    assertEquals(Map.of(), m.contactTimelines());
    assertEquals(2, m.dormantTies(), "sol and uma, last heard from in June and March");
  }

  @Test
  void nothingToFollowUpOrThankIsNullNotZero() {
    PersonMetrics m = PersonMetrics.of(new PersonBuilder("empty").build(), Thresholds.defaults());
    assertNull(m.followUpRate());
    assertNull(m.thankYouRate());
    assertEquals(0, m.replyLatencyHours().count());
    assertEquals(PersonMetrics.BUCKETS.size(), m.replyLatencyHours().histogram().size());
    assertEquals(List.of(), m.asksGivesPerMonth());
  }
}
