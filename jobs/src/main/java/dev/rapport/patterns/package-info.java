/**
 * The nine networking patterns of {@code shared/design/patterns.md}, the owner's strengths and the metrics the
 * reports draw, computed from one person's {@link dev.rapport.patterns.PersonData}.
 *
 * <p>A run uses them in this order:
 * <pre>{@code
 * Thresholds t = Thresholds.defaults().withOverrides(userOverrides);            // run.json: t.describe()
 * List<List<String>> groups = NearDuplicates.groups(sent, t.nearDuplicateHashes(), // one person's sent texts
 *     t.nearDuplicateBands(), t.nearDuplicateMinJaccard(), t.templateMinWords());
 * // per person: PersonData with nearDuplicates = those groups of message ids
 * List<PersonBaseline> baselines = people.stream().map(PersonBaseline::of).toList();
 * PersonData.CohortStats cohort = Baselines.cohort(baselines);                  // then rebuild PersonData with it
 * PersonIndex index = PersonIndex.of(person, t);                               // once per person, shared below
 * List<Assessment> scores = Detectors.assessAll(index);                         // PatternId order, all nine
 * List<Strength> strengths = Strengths.measure(index);
 * PersonMetrics metrics = PersonMetrics.of(index, scores);                      // timelines by raw contact key
 * }</pre>
 *
 * <p>Inside the package, {@code PersonIndex} finds messages, {@code Judgements} says what they do (asks, thanks,
 * help, what needs an answer; from the language stage's signals, never from the text) and {@code EvidenceText}
 * writes evidence. Detectors read {@code PersonData} only, quote only the owner's own words, and report a pattern
 * only when it is a habit: at least {@code min_repeats} problem cases and a score at or above the pattern's
 * reporting threshold.
 * Adding a pattern means a {@link dev.rapport.patterns.PatternId}, one {@link dev.rapport.patterns.Detector} and a
 * line in {@link dev.rapport.patterns.Detectors}.
 */
package dev.rapport.patterns;
