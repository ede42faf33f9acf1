package dev.rapport.language.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

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

  /**
   * For each item index, its fold 0..k-1, with every item of one group in the same fold: {@code groups[i]} names item
   * i's group (any int; equal ints are one group). Groups are shuffled once with the fixed seed and dealt round-robin,
   * so folds hold about the same number of groups. Use it when one thing occurs more than once in a corpus, or a
   * held-out copy is scored by a model that trained on its twin.
   */
  public static int[] groupFolds(int[] groups, int k) {
    List<Integer> distinct = new ArrayList<>(new TreeSet<>(Arrays.stream(groups).boxed().toList()));
    if (k < 2 || k > distinct.size()) {
      throw new IllegalArgumentException(
          "expected 2 <= k <= " + distinct.size() + " (the number of groups), got k=" + k);
    }
    Collections.shuffle(distinct, new Random(SEED));
    Map<Integer, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      foldOf.put(distinct.get(i), i % k);
    }
    int[] fold = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      fold[i] = foldOf.get(groups[i]);
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
