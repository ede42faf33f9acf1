package dev.rapport.language.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.language.NlpPipeline;
import dev.rapport.testing.SparkTestSession;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 10-fold cross-validation of the ask detector on {@code email-intent/train.tsv}, scored exactly as
 * {@code LanguageAnalyzer.analyze} scores (model bounded by the rules).
 *
 * <p>The floors are what the recipe reaches (accuracy 0.830, precision 0.846, recall 0.779, F1 0.811 at the time of
 * writing, with the L2 strength chosen inside each training fold) less a small margin for numerical noise; they are
 * BELOW the project's target (0.90 / 0.85), which this detector does not reach.
 */
class AskTrainingIT {

  static List<Corpora.Labelled> corpus;
  static AskTraining.Prepared data;

  @BeforeAll
  static void prepare() throws IOException {
    corpus = Corpora.intent(SparkTestSession.shared().resolve("corpora"));
    data = AskTraining.prepare(corpus, NlpPipeline.shared());
  }

  @Test
  void readsEveryLabelledSentence() {
    assertEquals(3657, corpus.size());
    assertEquals(1719, corpus.stream().filter(Corpora.Labelled::positive).count());
  }

  @Test
  void crossValidatedAskDetectorBeatsMajorityAndBagOfWordsBaselines() {
    Metrics.Binary cv = AskTraining.crossValidate(data, 10, true);
    System.out.println("ask detector, 10-fold CV, as analyze uses it: " + cv);
    double majority = 1938.0 / 3657;
    assertTrue(cv.accuracy() >= 0.828, "expected accuracy >= 0.828, got " + cv);
    assertTrue(cv.f1() >= 0.810, "expected F1(Yes) >= 0.810, got " + cv);
    assertTrue(cv.precision() >= 0.845 && cv.recall() >= 0.775, "expected P >= 0.845 and R >= 0.775, got " + cv);
    assertTrue(cv.accuracy() > majority + 0.25, "expected well above always-No " + majority + ", got " + cv);
  }
}
