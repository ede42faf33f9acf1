package dev.rapport.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lenient readers for the {@code metrics} a detector produced: whatever is missing or malformed reads as absent,
 * so a chart is skipped rather than the page failing.
 */
final class Metrics {
  private Metrics() {}

  static final String CONTACT_TIMELINES = "contact_timelines";

  /** A number, or a string holding one; null for anything else, NaN and infinities included. */
  static Double num(Object o) {
    Double d = null;
    if (o instanceof Number n) {
      d = n.doubleValue();
    } else if (o instanceof String s) {
      try {
        d = Double.parseDouble(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return d != null && Double.isFinite(d) ? d : null;
  }

  static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }

  /** The elements of a list that are maps; empty when {@code o} is not a list. */
  static List<Map<?, ?>> maps(Object o) {
    List<Map<?, ?>> out = new ArrayList<>();
    if (o instanceof Collection<?> c) {
      for (Object x : c) {
        if (x instanceof Map<?, ?> m) {
          out.add(m);
        }
      }
    }
    return out;
  }

  static Map<?, ?> map(Object o) {
    return o instanceof Map<?, ?> m ? m : Map.of();
  }

  /**
   * The metrics with {@code contact_timelines} keyed by contact label only. The detectors key it by label already;
   * a raw key that slipped in is translated, and a key that is neither becomes an anonymous label, since it could
   * be an address.
   */
  static Object labelled(View v, Object plainMetrics) {
    if (!(plainMetrics instanceof Map<?, ?> m) || !(m.get(CONTACT_TIMELINES) instanceof Map<?, ?> timelines)) {
      return plainMetrics;
    }
    Map<String, Object> fixed = new TreeMap<>();
    int unknown = 0;
    for (Map.Entry<?, ?> e : new TreeMap<>(stringKeys(timelines)).entrySet()) {
      String k = String.valueOf(e.getKey());
      String label = v.shownLabelOf.containsKey(k) ? v.shownLabelOf.get(k)
          : v.labels.containsKey(k) ? v.labels.get(k)
          : View.UNKNOWN_CONTACT + " " + (++unknown);
      fixed.merge(label, e.getValue(), (a, b) -> a);
    }
    Map<String, Object> out = new TreeMap<>(stringKeys(m));
    out.put(CONTACT_TIMELINES, fixed);
    return out;
  }

  private static Map<String, Object> stringKeys(Map<?, ?> m) {
    Map<String, Object> out = new TreeMap<>();
    m.forEach((k, val) -> out.put(String.valueOf(k), val));
    return out;
  }
}
