package dev.rapport.language.train;

import java.util.Arrays;
import java.util.Locale;

/** Evaluation figures: binary confusion counts with accuracy/precision/recall/F1, and Spearman's rank correlation. */
public final class Metrics {

  private Metrics() {}

  /** Confusion counts of a binary decision; add to it, then read the figures. */
  public static final class Binary {
    private long tp;
    private long fp;
    private long tn;
    private long fn;

    public void add(boolean predicted, boolean actual) {
      if (predicted && actual) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (actual) {
        fn++;
      } else {
        tn++;
      }
    }

    public long total() {
      return tp + fp + tn + fn;
    }

    public double accuracy() {
      return total() == 0 ? 0 : (double) (tp + tn) / total();
    }

    /** Precision of the positive class; 1 when nothing was predicted positive (no false alarm was raised). */
    public double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    /** Recall of the positive class; 1 when there was nothing to find. */
    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long positives() {
      return tp + fn;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "n=%d accuracy=%.3f precision=%.3f recall=%.3f F1=%.3f (tp=%d fp=%d fn=%d tn=%d)",
          total(), accuracy(), precision(), recall(), f1(), tp, fp, fn, tn);
    }
  }

  /** Spearman's rho with average ranks for ties. */
  public static double spearman(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("expected two equal arrays of 2+ values, got " + x.length + " and " + y.length);
    }
    return pearson(ranks(x), ranks(y));
  }

  static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  static double[] ranks(double[] v) {
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
    double[] r = new double[v.length];
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = avg;
      }
      i = j + 1;
    }
    return r;
  }
}
