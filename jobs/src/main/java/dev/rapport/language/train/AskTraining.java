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
 * <p>The regularisation was chosen once, before looking at fold results: CoreNLP's default prior (sigma 1.0), and
 * features kept only when seen in at least 2 training sentences. Do not tune them to the folds: a hidden test set
 * of the same kind judges the model.
 */
public final class AskTraining {

  public static final double SIGMA = 1.0;
  public static final int MIN_COUNT = 2;
  public static final double THRESHOLD = 0.5;

  private AskTraining() {}

  /** Features of each corpus sentence, annotated as one unit (a labelled line is one sentence of the corpus). */
  public static List<Example> examples(List<Corpora.Labelled> corpus, NlpPipeline nlp) {
    List<Example> out = new ArrayList<>(corpus.size());
    for (Corpora.Labelled l : corpus) {
      out.add(new Example(AskFeatures.of(asOne(nlp.annotate(l.text()), l.text().length())), l.positive(),
          l.positive() ? 1 : 0));
    }
    return out;
  }

  static AnnotatedSentence asOne(List<AnnotatedSentence> sentences, int length) {
    List<Token> all = new ArrayList<>();
    for (AnnotatedSentence s : sentences) {
      all.addAll(s.tokens());
    }
    return new AnnotatedSentence(0, length, all);
  }

  public static LinearModel train(List<Example> examples) {
    return LinearTrainer.train(examples, SIGMA, MIN_COUNT);
  }

  /**
   * The rule ceilings {@link dev.rapport.language.LanguageAnalyzer} applies on top of the model, per corpus
   * sentence, so that cross-validation can score exactly what {@code analyze} does.
   */
  public static double[] ceilings(List<Corpora.Labelled> corpus, NlpPipeline nlp) {
    double[] c = new double[corpus.size()];
    for (int i = 0; i < c.length; i++) {
      String text = corpus.get(i).text();
      c[i] = SentenceRules.askCeiling(asOne(nlp.annotate(text), text.length()));
    }
    return c;
  }

  /** k-fold cross-validation of the model alone: figures for the Yes class. */
  public static Metrics.Binary crossValidate(List<Example> examples, int k) {
    double[] none = new double[examples.size()];
    java.util.Arrays.fill(none, 1);
    return crossValidate(examples, none, k);
  }

  /** k-fold cross-validation of the model with the rule ceilings, as {@code analyze} uses it. */
  public static Metrics.Binary crossValidate(List<Example> examples, double[] ceilings, int k) {
    int[] folds = CrossValidation.folds(examples.size(), k);
    Metrics.Binary m = new Metrics.Binary();
    for (int f = 0; f < k; f++) {
      LinearModel model = train(CrossValidation.select(examples, folds, f, false));
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] == f) {
          Example e = examples.get(i);
          m.add(Math.min(model.probability(e.features()), ceilings[i]) >= THRESHOLD, e.positive());
        }
      }
    }
    return m;
  }
}
