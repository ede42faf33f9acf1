package dev.rapport.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.language.train.Metrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of every message-level signal on {@code language/networking-signals.tsv}: 220 synthetic
 * networking sentences with hand-assigned labels, near-misses included (see the file header for the columns).
 *
 * <p>Floors: precision and recall of at least 0.80 for each rule-based signal, and 0.75 for the two that depend on
 * judgement more than on wording (the learned {@code ask}, trained on office mail, and {@code job_search}, where a
 * mention is not always a search). Below these a detector would put wrong evidence in front of a student about
 * one time in four or five, which the report cannot afford. The set was written by the author of the rules, so these
 * figures are optimistic; it guards against regressions, it is not an independent evaluation. The held-out file
 * {@code networking-signals-holdout.tsv} gives the honest figures.
 */
class NetworkingSignalsIT {

  record Item(Set<String> labels, String text) {}

  static final Map<String, Predicate<Signals>> SIGNALS = new LinkedHashMap<>();

  static {
    // "ask" in the set means a request in the networking sense, which analyze marks with the sentence label
    // "request"; Signals.ask itself follows the email-intent corpus, where any question to the reader is an ask.
    SIGNALS.put("ask", s -> s.sentences().stream().anyMatch(x -> x.labels().contains("request")));
    SIGNALS.put("gratitude", s -> s.gratitude() >= 0.5);
    SIGNALS.put("greeting", Signals::greeting);
    SIGNALS.put("self_introduction", Signals::selfIntroduction);
    SIGNALS.put("reason_for_writing", Signals::reasonForWriting);
    SIGNALS.put("offer_of_help", Signals::offerOfHelp);
    SIGNALS.put("sharing", Signals::sharing);
    SIGNALS.put("congratulations", Signals::congratulations);
    SIGNALS.put("apology_for_delay", Signals::apologyForDelay);
    SIGNALS.put("job_search", Signals::jobSearch);
    SIGNALS.put("question_about_reader", s -> s.questionsAboutReader() > 0);
  }

  static final Map<String, Double> FLOORS = Map.of("ask", 0.75, "job_search", 0.75);
  static final double DEFAULT_FLOOR = 0.80;

  static List<Item> items;
  static List<Signals> results;

  @BeforeAll
  static void analyzeAll() throws IOException {
    items = read("/language/networking-signals.tsv");
    results = analyze(items);
  }

  static List<Signals> analyze(List<Item> items) {
    List<Signals> out = new ArrayList<>();
    for (Item i : items) {
      out.add(LanguageAnalyzer.shared().analyze(i.text()));
    }
    return out;
  }

  static List<Item> read(String resource) throws IOException {
    List<Item> out = new ArrayList<>();
    try (InputStream in = NetworkingSignalsIT.class.getResourceAsStream(resource)) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : all.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException("expected labels<TAB>text, got '" + line + "'");
        }
        Set<String> labels = cols[0].equals("-") ? Set.of() : Set.of(cols[0].split(","));
        for (String l : labels) {
          if (!SIGNALS.containsKey(l)) {
            throw new IllegalStateException("unknown label '" + l + "' in '" + line + "'");
          }
        }
        out.add(new Item(labels, cols[1]));
      }
    }
    return out;
  }

  @Test
  void theSetIsLargeAndCoversEverySignalWithPositivesAndNegatives() {
    assertTrue(items.size() >= 200, "expected at least 200 labelled sentences, got " + items.size());
    for (String signal : SIGNALS.keySet()) {
      long pos = items.stream().filter(i -> i.labels().contains(signal)).count();
      assertTrue(pos >= 10, signal + ": expected at least 10 positives, got " + pos);
    }
  }

  @Test
  void everySignalIsPreciseAndFindsWhatItShould() {
    List<String> failures = new ArrayList<>();
    String report = evaluate(items, results, FLOORS, DEFAULT_FLOOR, failures);
    System.out.println("networking-signals.tsv (development set)\n" + report);
    assertTrue(failures.isEmpty(), "below the floor: " + failures + "\n" + report);
  }

  /**
   * The second set was written after the rules were frozen; its first evaluation (recorded in the file's header) is
   * the honest measure of how the rules generalise, and it was low for reasons, offers and apologies. The rules were
   * broadened after that, so the file now guards against regressions only. With 5 to 10 positives per signal one miss
   * moves recall by 0.1 to 0.2, so the floor here (0.5) catches a broken detector, not a small regression.
   */
  @Test
  void heldOutSentencesAreFoundWithoutCollapse() throws IOException {
    List<Item> held = read("/language/networking-signals-holdout.tsv");
    assertTrue(held.size() >= 60, "expected at least 60 held-out sentences, got " + held.size());
    List<String> failures = new ArrayList<>();
    String report = evaluate(held, analyze(held), Map.of(), 0.5, failures);
    System.out.println("networking-signals-holdout.tsv (held out)\n" + report);
    assertTrue(failures.isEmpty(), "below 0.5: " + failures + "\n" + report);
  }

  /**
   * Three sets of 150 to 160 sentences written on 2026-11-22 by writers who never saw the rules or the other sets:
   * {@code -a} in students' voices, {@code -b} in mid-career professionals', {@code -c} in a mix. Each header records
   * its first evaluation. The rules were then broadened from set a's misses while set c stayed sealed, so set c's
   * header holds the honest before-and-after figures (its lowest recall after: self-introduction 0.64). The floor of
   * 0.6 sits under that lowest figure: it catches a rule that stops generalising, not a single miss.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"a", "b", "c"})
  void independentlyWrittenSetsAreFoundWithoutCollapse(String set) throws IOException {
    List<Item> held = read("/language/networking-signals-independent-" + set + ".tsv");
    assertTrue(held.size() >= 150, "expected at least 150 sentences, got " + held.size());
    List<String> failures = new ArrayList<>();
    String report = evaluate(held, analyze(held), Map.of(), 0.6, failures);
    System.out.println("networking-signals-independent-" + set + ".tsv\n" + report);
    assertTrue(failures.isEmpty(), "below 0.6: " + failures + "\n" + report);
  }

  static String evaluate(List<Item> items, List<Signals> results, Map<String, Double> floors, double defaultFloor,
      List<String> failures) {
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, Predicate<Signals>> e : SIGNALS.entrySet()) {
      Metrics.Binary m = new Metrics.Binary();
      StringBuilder misses = new StringBuilder();
      for (int i = 0; i < items.size(); i++) {
        boolean predicted = e.getValue().test(results.get(i));
        boolean actual = items.get(i).labels().contains(e.getKey());
        m.add(predicted, actual);
        if (predicted != actual) {
          misses.append(String.format(Locale.ROOT, "    %s: %s%n", predicted ? "false alarm" : "missed", items.get(i).text()));
        }
      }
      double floor = floors.getOrDefault(e.getKey(), defaultFloor);
      report.append(String.format(Locale.ROOT, "%-22s positives=%3d precision=%.3f recall=%.3f (floor %.2f)%n",
          e.getKey(), m.positives(), m.precision(), m.recall(), floor)).append(misses);
      if (m.precision() < floor || m.recall() < floor) {
        failures.add(e.getKey());
      }
    }
    return report.toString();
  }
}
