package dev.rapport.language.train;

import dev.rapport.language.AnnotatedSentence;
import dev.rapport.language.AskFeatures;
import dev.rapport.language.LinearModel;
import dev.rapport.language.NlpPipeline;
import dev.rapport.language.SentenceRules;
import dev.rapport.language.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains and cross-validates the ask detector on {@code email-intent/train.tsv}.
 *
 * <p>The learner is logistic regression on Naive Bayes log-count ratios ({@link LinearTrainer#trainNbScaled}),
 * with features kept only when seen in at least 2 training sentences. The L2 strength is not fixed: every call to
 * {@link #train} chooses it from {@link #SIGMAS} by an inner {@value #INNER_FOLDS}-fold cross-validation (lowest log
 * loss) on the examples it is given, so inside {@link #crossValidate} it is chosen from the training folds only
 * (nested cross-validation) and the held-out fold never influences it. Do not tune anything to the folds: a hidden
 * test set of the same kind judges the model.
 */
public final class AskTraining {

  /** The L2 prior's standard deviations to choose from (smaller = stronger). */
  public static final double[] SIGMAS = {0.125, 0.25, 0.5, 1, 2, 4};
  public static final int INNER_FOLDS = 5;
  public static final int MIN_COUNT = 2;
  public static final double THRESHOLD = 0.5;

  /** The corpus, annotated once: each labelled line as one sentence, with its features. */
  public record Prepared(List<AnnotatedSentence> sentences, List<Example> examples) {}

  private AskTraining() {}

  /** Annotates every corpus line as one unit (a labelled line is one sentence of the corpus). */
  public static Prepared prepare(List<Corpora.Labelled> corpus, NlpPipeline nlp) {
    List<AnnotatedSentence> sentences = new ArrayList<>(corpus.size());
    List<Example> examples = new ArrayList<>(corpus.size());
    for (Corpora.Labelled l : corpus) {
      AnnotatedSentence s = asOne(nlp.annotate(l.text()), l.text().length());
      sentences.add(s);
      examples.add(new Example(AskFeatures.of(s), l.positive(), l.positive() ? 1 : 0));
    }
    return new Prepared(sentences, examples);
  }

  static AnnotatedSentence asOne(List<AnnotatedSentence> sentences, int length) {
    List<Token> all = new ArrayList<>();
    for (AnnotatedSentence s : sentences) {
      all.addAll(s.tokens());
    }
    return new AnnotatedSentence(0, length, all);
  }

  /** Trains on {@code examples} with the L2 strength {@link #chooseSigma} picks on them. */
  public static LinearModel train(List<Example> examples) {
    return train(examples, chooseSigma(examples));
  }

  public static LinearModel train(List<Example> examples, double sigma) {
    return LinearTrainer.trainNbScaled(examples, sigma, MIN_COUNT);
  }

  /**
   * The sigma from {@link #SIGMAS} with the lowest log loss in an inner {@value #INNER_FOLDS}-fold cross-validation
   * on {@code examples} alone (the first of equals wins).
   */
  public static double chooseSigma(List<Example> examples) {
    int[] folds = CrossValidation.folds(examples.size(), INNER_FOLDS);
    double best = SIGMAS[0];
    double bestLoss = Double.POSITIVE_INFINITY;
    for (double sigma : SIGMAS) {
      double loss = 0;
      for (int f = 0; f < INNER_FOLDS; f++) {
        LinearModel m = train(CrossValidation.select(examples, folds, f, false), sigma);
        for (int i = 0; i < examples.size(); i++) {
          if (folds[i] == f) {
            Example e = examples.get(i);
            double p = Math.min(1 - 1e-9, Math.max(1e-9, m.probability(e.features())));
            loss -= e.positive() ? Math.log(p) : Math.log(1 - p);
          }
        }
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        best = sigma;
      }
    }
    return best;
  }

  /**
   * k-fold cross-validation, figures for the Yes class. With {@code withRules}, each probability is bounded by
   * {@link SentenceRules#boundAsk} exactly as {@code LanguageAnalyzer.analyze} does; without, the model alone.
   */
  public static Metrics.Binary crossValidate(Prepared data, int k, boolean withRules) {
    List<Example> examples = data.examples();
    int[] folds = CrossValidation.folds(examples.size(), k);
    Metrics.Binary m = new Metrics.Binary();
    for (int f = 0; f < k; f++) {
      LinearModel model = train(CrossValidation.select(examples, folds, f, false));
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] == f) {
          Example e = examples.get(i);
          double p = model.probability(e.features());
          if (withRules) {
            p = SentenceRules.boundAsk(p, data.sentences().get(i));
          }
          m.add(p >= THRESHOLD, e.positive());
        }
      }
    }
    return m;
  }
}
