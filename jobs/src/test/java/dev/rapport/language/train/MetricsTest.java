package dev.rapport.language.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void spearmanIsOneForAnyIncreasingRelationAndAveragesTies() {
    assertEquals(1.0, Metrics.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 300, 4000}), 1e-12);
    assertEquals(-1.0, Metrics.spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}), 1e-12);
    assertEquals(2.5, Metrics.ranks(new double[] {5, 7, 7, 9})[1], 1e-12);
  }

  @Test
  void spearmanRejectsMismatchedInput() {
    assertThrows(IllegalArgumentException.class, () -> Metrics.spearman(new double[] {1, 2}, new double[] {1}));
  }

  @Test
  void binaryFiguresComeFromTheConfusionCounts() {
    Metrics.Binary m = new Metrics.Binary();
    m.add(true, true);
    m.add(true, false);
    m.add(false, true);
    m.add(false, false);
    m.add(true, true);
    assertEquals(0.6, m.accuracy(), 1e-12);
    assertEquals(2.0 / 3, m.precision(), 1e-12);
    assertEquals(2.0 / 3, m.recall(), 1e-12);
    assertEquals(3, m.positives());
  }

  @Test
  void foldsAreBalancedAndReproducible() {
    int[] a = CrossValidation.folds(101, 10);
    int[] b = CrossValidation.folds(101, 10);
    assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
    int[] sizes = new int[10];
    for (int f : a) {
      sizes[f]++;
    }
    for (int s : sizes) {
      assertEquals(10, s, 1);
    }
  }
}
