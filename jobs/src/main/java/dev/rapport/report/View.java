package dev.rapport.report;

import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.Evidence;
import dev.rapport.patterns.Finding;
import dev.rapport.patterns.PatternId;
import dev.rapport.patterns.PersonMetrics;
import dev.rapport.patterns.Strength;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link PersonReport} made safe to render: every pattern present, findings in report order, nulls replaced, and
 * raw contact keys that slipped into free text replaced by their labels. Every renderer reads the report through this.
 */
final class View {
  static final String NOT_ASSESSED = "not assessed in this run";
  static final String UNKNOWN_CONTACT = "Unlabelled contact";
  private static final int MIN_SCRUB_LENGTH = 4;

  final PersonReport report;
  final String person;
  final List<String> ownerAddresses;
  final List<String> ownerNames;
  final PersonReport.Counts counts;
  final Map<PatternId, Assessment> assessments;
  final List<Finding> findings;
  final List<Strength> strengths;
  final Map<String, String> labels;
  /** Null when the report has none. */
  final PersonMetrics metrics;
  private final Pattern keys;
  private final Map<String, String> labelByLowerNeedle;

  private static final Pattern PSEUDONYM = Pattern.compile("Contact \\d+(?: · [\\p{L}]{1,20})?(?: \\(\\d+\\))?");

  /** Original label to the label shown, when pseudonyms are enforced; identity otherwise. */
  final Map<String, String> shownLabelOf;

  private View(PersonReport r, boolean pseudonymsOnly) {
    this.report = r;
    this.person = r.person();
    this.ownerAddresses = nonNull(r.ownerAddresses());
    this.ownerNames = nonNull(r.ownerNames());
    this.counts = r.counts() == null ? new PersonReport.Counts(0, 0, 0, 0, 0, 0) : r.counts();
    Map<String, String> given = r.contactLabels() == null ? Map.of() : r.contactLabels();
    Map<String, String> shownOf = new LinkedHashMap<>();
    if (pseudonymsOnly) {
      // The labels decide what a page shows, so a page rendered without real names must not trust them to be
      // pseudonyms: anything that is not one is replaced by a numbered pseudonym in the same, stable order.
      Map<String, String> safe = new LinkedHashMap<>();
      java.util.Set<String> used = new java.util.HashSet<>();
      int n = 0;
      for (Map.Entry<String, String> e : given.entrySet()) {
        n++;
        String label = e.getValue();
        String shown = label != null && PSEUDONYM.matcher(label).matches() && !used.contains(label)
            ? label : "Contact " + n;
        for (int k = 2; used.contains(shown); k++) {
          shown = "Contact " + n + " (" + k + ")";
        }
        used.add(shown);
        safe.put(e.getKey(), shown);
        if (label != null) {
          shownOf.putIfAbsent(label, shown);
        }
      }
      this.labels = safe;
    } else {
      this.labels = given;
      given.values().forEach(l -> shownOf.putIfAbsent(l, l));
    }
    this.shownLabelOf = shownOf;
    this.metrics = r.metrics();
    Map<PatternId, Assessment> a = new EnumMap<>(PatternId.class);
    for (Assessment x : nonNull(r.assessments())) {
      if (x != null && x.pattern() != null) {
        a.putIfAbsent(x.pattern(), x.score() != null && !(x.score() >= 0 && x.score() <= 1)
            ? Assessment.notAssessable(x.pattern(), "the detector returned a score outside 0..1: " + x.score())
            : x);
      }
    }
    for (PatternId p : PatternId.values()) {
      a.putIfAbsent(p, Assessment.notAssessable(p, NOT_ASSESSED));
    }
    this.assessments = a;
    List<Finding> f = new ArrayList<>();
    for (Assessment x : a.values()) {
      if (x.finding() != null) {
        f.add(x.finding());
      }
    }
    f.sort(Comparator.comparingDouble((Finding x) -> Double.isNaN(x.severity()) ? -1 : x.severity()).reversed()
        .thenComparing(x -> x.pattern().id()));
    this.findings = List.copyOf(f);
    this.strengths = nonNull(r.strengths()).stream().filter(Objects::nonNull).toList();

    // Longest needles first so that "name:ada lovelace" wins over "ada lovelace" over "ada@…".
    Map<String, String> needles = new LinkedHashMap<>();
    labels.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getValue() != null)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> {
          addNeedle(needles, e.getKey(), e.getValue());
          String original = given.get(e.getKey());
          if (original != null && !original.equals(e.getValue())) {
            addNeedle(needles, original, e.getValue());
          }
          int colon = e.getKey().indexOf(':');
          if (colon > 0) {
            addNeedle(needles, e.getKey().substring(colon + 1), e.getValue());
          }
        });
    this.labelByLowerNeedle = needles;
    List<String> sorted = needles.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
    // Whole words only: the name part of "name:jo ann" must not turn "Jo Annabel" into "Contact 3bel".
    this.keys = sorted.isEmpty() ? null : Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList())
            + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static void addNeedle(Map<String, String> needles, String needle, String label) {
    String n = needle.strip();
    if (n.length() >= MIN_SCRUB_LENGTH && !n.equalsIgnoreCase(label)) {
      needles.putIfAbsent(n.toLowerCase(Locale.ROOT), label);
    }
  }

  /** A view that shows the report's labels as they are. */
  static View of(PersonReport r) {
    return of(r, false);
  }

  /**
   * @param pseudonymsOnly replace every label that is not a pseudonym ("Contact 7 · director"), and that label's
   *                       text wherever it appears in detector text, by a numbered pseudonym
   */
  static View of(PersonReport r, boolean pseudonymsOnly) {
    if (r == null) {
      throw new IllegalArgumentException("a person report is required, got null");
    }
    if (r.person() == null || r.person().isBlank()) {
      throw new IllegalArgumentException("a person report needs the person's folder name, got '" + r.person() + "'");
    }
    return new View(r, pseudonymsOnly);
  }

  /**
   * The metrics' contact timelines keyed by the label shown, sorted by label; empty without metrics. A key without
   * a label gets a numbered anonymous one, since the key could be an address.
   */
  SortedMap<String, List<PersonMetrics.TimelineEvent>> timelines() {
    SortedMap<String, List<PersonMetrics.TimelineEvent>> out = new TreeMap<>();
    if (metrics == null) {
      return out;
    }
    int unknown = 0;
    for (var e : metrics.contactTimelines().entrySet()) {
      String label = labels.get(e.getKey());
      out.putIfAbsent(label != null ? label : UNKNOWN_CONTACT + " " + (++unknown), e.getValue());
    }
    return out;
  }

  /** The label for a contact key; never the key itself. */
  String label(String contactKey) {
    String l = contactKey == null ? null : labels.get(contactKey);
    return l == null ? UNKNOWN_CONTACT : l;
  }

  /** Free text from a detector with every raw contact key (or the name part of one) replaced by its label. */
  String scrub(String text) {
    if (text == null || text.isEmpty() || keys == null) {
      return text == null ? "" : text;
    }
    Matcher m = keys.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String label = labelByLowerNeedle.get(m.group().toLowerCase(Locale.ROOT));
      m.appendReplacement(b, Matcher.quoteReplacement(label == null ? UNKNOWN_CONTACT : label));
    }
    m.appendTail(b);
    return b.toString();
  }

  Evidence scrub(Evidence e) {
    return new Evidence(e.contactKey(), e.thread(), e.date(), scrub(e.excerpt()), scrub(e.why()));
  }

  private static <T> List<T> nonNull(List<T> l) {
    return l == null ? List.of() : l;
  }
}
