package dev.rapport.language.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic k-fold splits: items are shuffled once with a fixed seed, then dealt round-robin into folds, so a
 * figure printed today is reproduced tomorrow.
 */
public final class CrossValidation {

  public static final long SEED = 20130801L;

  private CrossValidation() {}

  /** For each item index, its fold 0..k-1. */
  public static int[] folds(int size, int k) {
    if (k < 2 || k > size) {
      throw new IllegalArgumentException("expected 2 <= k <= " + size + ", got k=" + k);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(SEED));
    int[] fold = new int[size];
    for (int i = 0; i < size; i++) {
      fold[order.get(i)] = i % k;
    }
    return fold;
  }

  /** Items whose fold is (or, with {@code in=false}, is not) {@code f}. */
  public static <T> List<T> select(List<T> items, int[] folds, int f, boolean in) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if ((folds[i] == f) == in) {
        out.add(items.get(i));
      }
    }
    return out;
  }
}
