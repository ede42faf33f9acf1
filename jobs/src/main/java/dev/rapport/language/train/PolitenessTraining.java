package dev.rapport.language.train;

import dev.rapport.language.LinearModel;
import dev.rapport.language.NlpPipeline;
import dev.rapport.language.PolitenessFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Trains and cross-validates the politeness model on the Stanford Politeness Corpus (Wikipedia requests).
 *
 * <p>Recipe, fixed before evaluation: logistic regression (CoreNLP, L2, sigma {@value #SIGMA}) separating requests
 * scored above the corpus median from those below, on strategy features and lemma unigrams seen in at least
 * {@value #MIN_COUNT} requests (so that one community's jargon carries little weight); the margin is then mapped
 * linearly onto the corpus' normalized score by least squares on the training data. Figures: Spearman's rho with
 * the normalized score, and accuracy telling the top quartile from the bottom quartile by the sign of
 * (score - median prediction).
 */
public final class PolitenessTraining {

  public static final double SIGMA = 1.0;
  public static final int MIN_COUNT = 10;

  /** Cross-validation figures. */
  public record Figures(int n, double spearman, double quartileAccuracy, int quartileN) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "n=%d spearman=%.3f top-vs-bottom-quartile accuracy=%.3f (n=%d)", n, spearman,
          quartileAccuracy, quartileN);
    }
  }

  private PolitenessTraining() {}

  public static List<Example> examples(List<Corpora.Scored> corpus, NlpPipeline nlp) {
    double median = quantile(corpus.stream().mapToDouble(Corpora.Scored::score).toArray(), 0.5);
    List<Example> out = new ArrayList<>(corpus.size());
    for (Corpora.Scored s : corpus) {
      String text = s.text().replace("<url>", " ");
      out.add(new Example(PolitenessFeatures.of(nlp.annotate(text)), s.score() > median, s.score()));
    }
    return out;
  }

  public static LinearModel train(List<Example> examples) {
    LinearModel m = LinearTrainer.train(examples, SIGMA, MIN_COUNT);
    double[] x = new double[examples.size()];
    double[] y = new double[examples.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = m.margin(examples.get(i).features());
      y[i] = examples.get(i).target();
    }
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double scale = sxx == 0 ? 0 : sxy / sxx;
    return m.withCalibration(scale, my - scale * mx);
  }

  public static Figures crossValidate(List<Example> examples, int k) {
    int[] folds = CrossValidation.folds(examples.size(), k);
    double[] predicted = new double[examples.size()];
    for (int f = 0; f < k; f++) {
      LinearModel model = train(CrossValidation.select(examples, folds, f, false));
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] == f) {
          predicted[i] = model.calibrated(examples.get(i).features());
        }
      }
    }
    double[] actual = examples.stream().mapToDouble(Example::target).toArray();
    double q1 = quantile(actual, 0.25);
    double q3 = quantile(actual, 0.75);
    double cut = quantile(predicted, 0.5);
    int right = 0;
    int n = 0;
    for (int i = 0; i < actual.length; i++) {
      if (actual[i] <= q1 || actual[i] >= q3) {
        n++;
        if ((predicted[i] > cut) == (actual[i] >= q3)) {
          right++;
        }
      }
    }
    return new Figures(actual.length, Metrics.spearman(predicted, actual), n == 0 ? 0 : (double) right / n, n);
  }

  static double quantile(double[] values, double q) {
    double[] v = values.clone();
    Arrays.sort(v);
    double pos = q * (v.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return v[lo] + (v[hi] - v[lo]) * (pos - lo);
  }
}
