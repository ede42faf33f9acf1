package dev.rapport.language.train;

import dev.rapport.language.LinearModel;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.optimization.AbstractCachingDiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Logistic regression with an L2 (Gaussian) prior, by CoreNLP's {@link LinearClassifierFactory}, exported to a
 * readable {@link LinearModel}. Features seen in fewer than {@code minCount} training examples are dropped first:
 * a weight learned from one sentence is noise.
 *
 * <pre>{@code
 * LinearModel m = LinearTrainer.train(examples, 1.0, 2);
 * }</pre>
 */
public final class LinearTrainer {

  private LinearTrainer() {}

  /** Trains on {@code examples}; {@code sigma} is the prior's standard deviation (smaller = stronger L2). */
  public static LinearModel train(List<Example> examples, double sigma, int minCount) {
    if (examples == null || examples.isEmpty()) {
      throw new IllegalArgumentException("expected training examples, got none");
    }
    if (!(sigma > 0)) {
      throw new IllegalArgumentException("expected sigma > 0, got " + sigma);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : examples) {
      for (String f : e.features()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    Dataset<Boolean, String> data = new Dataset<>(examples.size());
    for (Example e : examples) {
      Set<String> kept = new HashSet<>();
      for (String f : e.features()) {
        if (counts.get(f) >= minCount || f.equals("@bias")) {
          kept.add(f);
        }
      }
      kept.add("@bias");
      data.add(kept, e.positive());
    }
    return export(fit(data, sigma), null);
  }

  /**
   * Logistic regression on Naive Bayes log-count ratios (Wang and Manning, "Baselines and Bigrams", ACL 2012): each
   * present feature f enters with the value {@code r(f) = log((pos(f) + 1) / (P + 1)) - log((neg(f) + 1) / (N + 1))},
   * where pos(f) and neg(f) count the positive and negative training examples that have f and P and N the feature
   * occurrences in each class, all from {@code examples} alone. The exported weight of f is its learned weight times
   * r(f), so the model still scores binary features and reads like any other {@link LinearModel}. The ratios put
   * the prior on how far a feature may move from what its counts already say, which suits short sentences with
   * few occurrences per feature.
   */
  public static LinearModel trainNbScaled(List<Example> examples, double sigma, int minCount) {
    if (examples == null || examples.isEmpty()) {
      throw new IllegalArgumentException("expected training examples, got none");
    }
    if (!(sigma > 0)) {
      throw new IllegalArgumentException("expected sigma > 0, got " + sigma);
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> pos = new HashMap<>();
    Map<String, Integer> neg = new HashMap<>();
    double positives = 0;
    double negatives = 0;
    for (Example e : examples) {
      for (String f : e.features()) {
        counts.merge(f, 1, Integer::sum);
        if (e.positive()) {
          pos.merge(f, 1, Integer::sum);
          positives++;
        } else {
          neg.merge(f, 1, Integer::sum);
          negatives++;
        }
      }
    }
    Map<String, Double> ratio = new HashMap<>();
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      String f = c.getKey();
      if (c.getValue() < minCount || f.equals("@bias")) {
        continue;
      }
      double r = Math.log((pos.getOrDefault(f, 0) + 1.0) / (positives + 1.0))
          - Math.log((neg.getOrDefault(f, 0) + 1.0) / (negatives + 1.0));
      if (r != 0) {
        ratio.put(f, r);
      }
    }
    RVFDataset<Boolean, String> data = new RVFDataset<>(examples.size());
    for (Example e : examples) {
      ClassicCounter<String> values = new ClassicCounter<>();
      for (String f : e.features()) {
        Double r = ratio.get(f);
        if (r != null) {
          values.setCount(f, r);
        }
      }
      values.setCount("@bias", 1);
      data.add(new RVFDatum<>(values, e.positive()));
    }
    return export(fit(data, sigma), ratio);
  }

  /**
   * Least-squares regression of each example's {@link Example#target()} on its binary features, with an L2 penalty:
   * minimises {@code sum (bias + sum of weights - target)^2 + lambda * sum weight^2} (the bias is not penalised) with
   * CoreNLP's {@link QNMinimizer}. Features seen in fewer than {@code minCount} examples are dropped first. The
   * returned model's {@link LinearModel#margin} is the predicted target; its labels ({@link Example#positive()}) are
   * not used.
   *
   * <pre>{@code
   * LinearModel m = LinearTrainer.trainRidge(examples, 100, 5);   // m.margin(features) estimates the target
   * }</pre>
   */
  public static LinearModel trainRidge(List<Example> examples, double lambda, int minCount) {
    if (examples == null || examples.isEmpty()) {
      throw new IllegalArgumentException("expected training examples, got none");
    }
    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("expected a finite lambda >= 0, got " + lambda);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : examples) {
      for (String f : e.features()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    // Sorted, so that the same data gives the same numbering and the same model file.
    Map<String, Integer> index = new TreeMap<>();
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() >= minCount && !c.getKey().equals("@bias")) {
        index.put(c.getKey(), 0);
      }
    }
    List<String> names = new ArrayList<>(index.keySet());
    for (int j = 0; j < names.size(); j++) {
      index.put(names.get(j), j);
    }
    int n = examples.size();
    int d = names.size();
    int[][] rows = new int[n][];
    double[] y = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      Example e = examples.get(i);
      rows[i] = e.features().stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray();
      y[i] = e.target();
      mean += y[i] / n;
    }
    double[] start = new double[d + 1];
    start[d] = mean;
    AbstractCachingDiffFunction objective = new AbstractCachingDiffFunction() {
      @Override
      public int domainDimension() {
        return d + 1;
      }

      @Override
      protected void calculate(double[] w) {
        double v = 0;
        double[] g = new double[d + 1];
        for (int i = 0; i < n; i++) {
          double r = w[d] - y[i];
          for (int j : rows[i]) {
            r += w[j];
          }
          v += r * r;
          for (int j : rows[i]) {
            g[j] += 2 * r;
          }
          g[d] += 2 * r;
        }
        for (int j = 0; j < d; j++) {
          v += lambda * w[j] * w[j];
          g[j] += 2 * lambda * w[j];
        }
        value = v;
        derivative = g;
      }
    };
    QNMinimizer q = new QNMinimizer(15);
    q.shutUp();
    double[] w = q.minimize(objective, 1e-9, start);
    Map<String, Double> weights = new HashMap<>();
    for (int j = 0; j < d; j++) {
      if (Math.abs(w[j]) > 1e-6) {
        weights.put(names.get(j), w[j]);
      }
    }
    return new LinearModel(w[d], 1, 0, weights);
  }

  private static LinearClassifier<Boolean, String> fit(
      edu.stanford.nlp.classify.GeneralDataset<Boolean, String> data, double sigma) {
    LinearClassifierFactory<Boolean, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    factory.setMinimizerCreator(() -> {
      QNMinimizer q = new QNMinimizer(15);
      q.shutUp();
      return q;
    });
    return factory.trainClassifier(data);
  }

  /** The two-class weights as one logistic; with {@code scale}, each weight times its feature's value. */
  private static LinearModel export(LinearClassifier<Boolean, String> classifier, Map<String, Double> scale) {
    Map<Boolean, Counter<String>> w = classifier.weightsAsMapOfCounters();
    Counter<String> yes = w.get(Boolean.TRUE);
    Counter<String> no = w.get(Boolean.FALSE);
    Map<String, Double> weights = new HashMap<>();
    double bias = 0;
    for (String f : yes.keySet()) {
      // Two-class softmax equals a logistic on the weight difference.
      double d = yes.getCount(f) - (no == null ? 0 : no.getCount(f));
      if (f.equals("@bias")) {
        bias = d;
      } else {
        double v = scale == null ? d : d * scale.get(f);
        if (Math.abs(v) > 1e-6) {
          weights.put(f, v);
        }
      }
    }
    return new LinearModel(bias, 1, 0, weights);
  }
}
