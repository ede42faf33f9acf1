package dev.rapport.report;

import dev.rapport.patterns.PersonMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code report.json}'s {@code metrics}: the {@link PersonMetrics} record as contract.md spells it, keys sorted,
 * contact timelines keyed by label ({@link View#timelines()}), never by raw key.
 */
final class Metrics {
  private Metrics() {}

  /** The metrics object; empty when the report has no metrics. Values still go through {@link ReportJson#plain}. */
  static Map<String, Object> json(View v) {
    Map<String, Object> out = new TreeMap<>();
    PersonMetrics m = v.metrics;
    if (m == null) {
      return out;
    }
    PersonMetrics.ReplyLatency l = m.replyLatencyHours();
    List<Map<String, Object>> histogram = new ArrayList<>();
    l.histogram().forEach(b -> histogram.add(row("bucket", b.bucket(), "count", b.count())));
    Map<String, Object> latency = row("p50", l.p50(), "p90", l.p90(), "count", l.count());
    latency.put("histogram", histogram);
    out.put("reply_latency_hours", latency);
    List<Map<String, Object>> asksGives = new ArrayList<>();
    m.asksGivesPerMonth().forEach(x -> asksGives.add(row("month", x.month().toString(), "asks", x.asks(),
        "gives", x.gives())));
    out.put("asks_gives_per_month", asksGives);
    List<Map<String, Object>> breadth = new ArrayList<>();
    m.breadthPerMonth().forEach(x -> breadth.add(row("month", x.month().toString(), "contacts", x.contacts())));
    out.put("breadth_per_month", breadth);
    out.put("contacts_two_way", m.contactsTwoWay());
    out.put("dormant_ties", m.dormantTies());
    out.put("thank_you_rate", m.thankYouRate());
    out.put("follow_up_rate", m.followUpRate());
    Map<String, Object> timelines = new TreeMap<>();
    v.timelines().forEach((label, events) -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      // Instant.toString, not Text.iso: the timeline has always kept the date's own precision
      events.forEach(e -> rows.add(row("date", e.date().toString(), "direction", e.direction(), "kind", e.kind())));
      timelines.put(label, rows);
    });
    out.put("contact_timelines", timelines);
    return out;
  }

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
