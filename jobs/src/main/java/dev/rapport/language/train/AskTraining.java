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

  public static LinearModel train(List<Example> examples) {
    return LinearTrainer.train(examples, SIGMA, MIN_COUNT);
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
