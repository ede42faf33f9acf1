package dev.rapport.language.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.language.LinearModel;
import dev.rapport.language.NlpPipeline;
import dev.rapport.language.PolitenessFeatures;
import dev.rapport.testing.SparkTestSession;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 10-fold cross-validation of the politeness model on the Stanford Politeness Corpus (Wikipedia): targets Spearman
 * >= 0.5 with the normalized score and >= 0.80 accuracy telling the top quartile from the bottom quartile. The
 * floors sit just under what the model reaches (0.585 / 0.814), so a change that loses ground fails here.
 */
class PolitenessTrainingIT {

  static List<Example> examples;

  @BeforeAll
  static void prepare() throws IOException {
    List<Corpora.Scored> corpus = Corpora.politeness(SparkTestSession.shared().resolve("corpora"));
    assertEquals(4353, corpus.size());
    examples = PolitenessTraining.examples(corpus, NlpPipeline.shared());
  }

  @Test
  void crossValidatedScoreRanksRequestsLikeTheAnnotators() {
    PolitenessTraining.Figures cv = PolitenessTraining.crossValidate(examples, 10);
    System.out.println("politeness, 10-fold CV: " + cv);
    assertTrue(cv.spearman() >= 0.58, "expected Spearman >= 0.58, got " + cv);
    assertTrue(cv.quartileAccuracy() >= 0.81, "expected top/bottom quartile accuracy >= 0.81, got " + cv);
  }

  @Test
  void strategiesAloneCarryMostOfTheSignal() {
    // Guards against a model that only memorises Wikipedia vocabulary: without unigrams it must still rank well.
    List<Example> strategiesOnly = examples.stream()
        .map(e -> new Example(e.features().stream().filter(f -> !f.startsWith("w:")).collect(
            java.util.stream.Collectors.toSet()), e.positive(), e.target()))
        .toList();
    PolitenessTraining.Figures cv = PolitenessTraining.crossValidate(strategiesOnly, 10);
    System.out.println("politeness, strategies only, 10-fold CV: " + cv);
    assertTrue(cv.spearman() >= 0.5, "expected Spearman >= 0.5 from strategies alone, got " + cv);
  }

  @Test
  void trainedWeightsPointTheWayThePaperFound() {
    LinearModel m = PolitenessTraining.train(examples);
    // Danescu-Niculescu-Mizil et al. 2013: gratitude, deference, apologizing and counterfactual modals are polite;
    // direct questions and sentence-initial "please" are not.
    for (String polite : List.of("gratitude", "deference", "apologizing", "counterfactual_modal")) {
      assertTrue(m.weights().getOrDefault("s:" + polite, 0.0) > 0, polite + " should weigh positive: " + m.weights()
          .get("s:" + polite));
    }
    for (String rude : List.of("direct_question", "direct_start", "imperative_start", "why_you")) {
      assertTrue(m.weights().getOrDefault("s:" + rude, 0.0) < 0, rude + " should weigh negative: " + m.weights()
          .get("s:" + rude));
    }
    // A sentence-initial "please" also opens an imperative, so its effect shows in whole requests:
    NlpPipeline nlp = NlpPipeline.shared();
    double pleaseStart = m.calibrated(PolitenessFeatures.of(nlp.annotate("Please fix the table.")));
    double pleaseInside = m.calibrated(PolitenessFeatures.of(nlp.annotate("Could you please fix the table?")));
    assertTrue(pleaseStart < pleaseInside, "please-start " + pleaseStart + " vs could-you-please " + pleaseInside);
    assertTrue(PolitenessFeatures.STRATEGIES.stream().filter(s -> m.weights().containsKey("s:" + s)).count() >= 18,
        "expected most strategies to be in the model");
  }
}
