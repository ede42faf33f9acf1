package dev.rapport.language.train;

import dev.rapport.language.LinearModel;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.optimization.QNMinimizer;
import edu.stanford.nlp.stats.Counter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    LinearClassifierFactory<Boolean, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    factory.setMinimizerCreator(() -> {
      QNMinimizer q = new QNMinimizer(15);
      q.shutUp();
      return q;
    });
    LinearClassifier<Boolean, String> classifier = factory.trainClassifier(data);
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
      } else if (Math.abs(d) > 1e-6) {
        weights.put(f, d);
      }
    }
    return new LinearModel(bias, 1, 0, weights);
  }
}
