package dev.rapport.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.Evidence;
import dev.rapport.patterns.Finding;
import dev.rapport.patterns.PatternId;
import dev.rapport.patterns.Strength;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code people/<person>/report.json}, exactly as {@code shared/design/contract.md} describes it.
 *
 * <pre>{@code
 * String json = ReportJson.person(report);   // write it as UTF-8; it already ends with a newline
 * }</pre>
 *
 * <p>The same report always gives the same bytes: keys in contract order where the contract gives one and sorted
 * elsewhere (metrics), numbers rounded half-up to 4 decimals, dates as {@code 2026-01-20T22:05:00Z}, two-space
 * indentation with {@code \n}. Evidence names contacts by their label, never by their raw key. All nine pattern ids
 * are in {@code scores}; a pattern that could not be assessed scores {@code null} and its reason is under
 * {@code not_assessable} (always present, empty when every pattern was assessed).
 */
public final class ReportJson {
  private ReportJson() {}

  private static final ObjectWriter WRITER = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .writer(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /** The person's report as JSON text, UTF-8 ready, ending in a newline. */
  public static String person(PersonReport r) {
    View v = View.of(r);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("person", v.person);
    Map<String, Object> owner = new LinkedHashMap<>();
    owner.put("addresses", strings(v.ownerAddresses));
    owner.put("names", strings(v.ownerNames));
    root.put("owner", owner);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("messages", v.counts.messages());
    counts.put("sent", v.counts.sent());
    counts.put("received", v.counts.received());
    counts.put("bulk_filtered", v.counts.bulkFiltered());
    counts.put("contacts", v.counts.contacts());
    counts.put("threads", v.counts.threads());
    counts.put("networking", v.counts.networking());
    counts.put("not_networking", v.counts.leftOut().values().stream().mapToLong(Long::longValue).sum());
    counts.put("not_networking_reasons", v.counts.leftOut());
    root.put("counts", counts);
    Map<String, Object> scores = new LinkedHashMap<>();
    Map<String, Object> notAssessable = new LinkedHashMap<>();
    for (PatternId p : PatternId.values()) {
      Assessment a = v.assessments.get(p);
      scores.put(p.id(), a.assessable() ? number(a.score()) : null);
      if (!a.assessable()) {
        String reason = a.notAssessableReason();
        notAssessable.put(p.id(), reason == null || reason.isBlank() ? View.NOT_ASSESSED : v.scrub(reason));
      }
    }
    root.put("scores", scores);
    root.put("not_assessable", notAssessable);
    List<Object> findings = new ArrayList<>();
    for (Finding f : v.findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pattern", f.pattern().id());
      m.put("severity", number(f.severity()));
      m.put("summary", v.scrub(f.summary()));
      m.put("advice", v.scrub(f.advice()));
      m.put("evidence", evidence(v, f.evidence()));
      findings.add(m);
    }
    root.put("findings", findings);
    List<Object> strengths = new ArrayList<>();
    for (Strength s : v.strengths) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("signal", s.signal());
      m.put("summary", v.scrub(s.summary()));
      m.put("evidence", evidence(v, s.evidence()));
      strengths.add(m);
    }
    root.put("strengths", strengths);
    root.put("metrics", plain(Metrics.json(v)));
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report.json for " + v.person + " could not be written: " + e.getMessage(), e);
    }
  }

  private static List<Object> evidence(View v, List<Evidence> list) {
    List<Object> out = new ArrayList<>();
    for (Evidence raw : list == null ? List.<Evidence>of() : list) {
      if (raw == null) {
        continue;
      }
      Evidence e = v.scrub(raw);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("contact", v.label(e.contactKey()));
      // A thread key can embed an address (some exporters build it from the participants): scrub it like text.
      m.put("thread", e.thread() == null ? null : v.scrub(e.thread()));
      m.put("date", Text.iso(e.date()));
      m.put("excerpt", e.excerpt());
      m.put("why", e.why());
      out.add(m);
    }
    return out;
  }

  private static List<String> strings(List<String> l) {
    return l.stream().map(s -> s == null ? "" : s).toList();
  }

  /** Doubles rounded to 4 decimals; non-finite numbers have no JSON form and become null. */
  static Object number(Number n) {
    if (n == null) {
      return null;
    }
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
        || n instanceof BigInteger) {
      return n;
    }
    double d = n.doubleValue();
    return Double.isFinite(d) ? Text.round4(d) : null;
  }

  /**
   * A deterministic JSON-able copy of metric values: maps become key-sorted, numbers rounded, dates ISO strings,
   * anything else its string form. Depth is bounded so that a cyclic structure cannot loop forever.
   */
  static Object plain(Object o) {
    return plain(o, 0);
  }

  private static Object plain(Object o, int depth) {
    if (o == null || depth > 32) {
      return null;
    }
    if (o instanceof Number n) {
      return o instanceof BigDecimal b ? number(b.doubleValue()) : number(n);
    }
    if (o instanceof String || o instanceof Boolean) {
      return o;
    }
    if (o instanceof Instant t) {
      return Text.iso(t);
    }
    if (o instanceof TemporalAccessor t) {
      return t.toString();
    }
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      m.forEach((k, val) -> out.put(String.valueOf(k), plain(val, depth + 1)));
      return out;
    }
    if (o instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      c.forEach(x -> out.add(plain(x, depth + 1)));
      return out;
    }
    if (o instanceof Object[] a) {
      return plain(Arrays.asList(a), depth);
    }
    if (o instanceof double[] a) {
      return plain(Arrays.stream(a).boxed().toList(), depth);
    }
    if (o instanceof long[] a) {
      return plain(Arrays.stream(a).boxed().toList(), depth);
    }
    if (o instanceof int[] a) {
      return plain(Arrays.stream(a).boxed().toList(), depth);
    }
    return String.valueOf(o);
  }
}
