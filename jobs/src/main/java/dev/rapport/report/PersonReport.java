package dev.rapport.report;

import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.PersonMetrics;
import dev.rapport.patterns.Strength;
import java.util.List;
import java.util.Map;

/**
 * Everything a person's report shows, independent of how it is rendered (JSON, HTML, cohort row).
 *
 * <p>{@code contactLabels} maps each contact key used in evidence to what reports may show for it: a pseudonym
 * such as "Contact 7 · director" by default, or the real name when the owner asked to see names. Renderers print
 * only these labels, never a raw key. {@code metrics} holds the figures and series the charts draw; its contact
 * timelines are keyed by raw contact key, and every renderer shows them by label. May be null: no charts.
 */
public record PersonReport(
    String person,
    List<String> ownerAddresses,
    List<String> ownerNames,
    Counts counts,
    List<Assessment> assessments,
    List<Strength> strengths,
    Map<String, String> contactLabels,
    PersonMetrics metrics) implements java.io.Serializable {

  /** Message and contact counts, as {@code report.json}'s {@code counts}. */
  /**
   * @param networking messages the detectors judged: person-to-person exchanges that are part of the owner's
   *                   networking
   * @param leftOut    person-to-person messages left out as not networking, by reason ("day-to-day work", …)
   */
  public record Counts(long messages, long sent, long received, long bulkFiltered, long contacts, long threads,
      long networking, java.util.Map<String, Long> leftOut) implements java.io.Serializable {
    public Counts {
      leftOut = leftOut == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(leftOut));
    }

    /** Counts without the networking split (nothing left out). */
    public Counts(long messages, long sent, long received, long bulkFiltered, long contacts, long threads) {
      this(messages, sent, received, bulkFiltered, contacts, threads, sent + received, java.util.Map.of());
    }
  }
}
