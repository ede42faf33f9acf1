package dev.rapport.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A binary linear model over named binary features, stored as readable text so a reviewer can see why a sentence
 * scored as it did. The margin is {@code bias + sum of the weights of the present features}; {@link #probability}
 * is its logistic, {@link #calibrated} maps it linearly onto a target scale (the politeness corpus' score).
 *
 * <pre>{@code
 * LinearModel ask = LinearModel.resource("ask.model");
 * double p = ask.probability(AskFeatures.of(sentence));
 * }</pre>
 *
 * <p>Weights are learned by {@code dev.rapport.language.train} with CoreNLP: logistic regression for the ask model,
 * regularised least squares (its {@code QNMinimizer}) for politeness; do not edit the files by hand, retrain with
 * {@code ./rapport train-language}. Unknown features weigh nothing.
 *
 * <p>File format, UTF-8, one entry per line, {@code #} comments: {@code @bias}, {@code @scale} and {@code @offset}
 * lines, then {@code feature<TAB>weight} sorted by feature.
 */
public record LinearModel(double bias, double scale, double offset, Map<String, Double> weights)
    implements java.io.Serializable {

  public LinearModel {
    if (weights == null) {
      throw new IllegalArgumentException("expected a weight map, got null");
    }
    if (!Double.isFinite(bias) || !Double.isFinite(scale) || !Double.isFinite(offset)) {
      throw new IllegalArgumentException("expected finite bias/scale/offset, got " + bias + "/" + scale + "/" + offset);
    }
    weights = Map.copyOf(weights);
  }

  /** The weighted sum for these features (duplicates count once each time they are listed). */
  public double margin(Collection<String> features) {
    double m = bias;
    for (String f : features) {
      Double w = weights.get(f);
      if (w != null) {
        m += w;
      }
    }
    return m;
  }

  /** The logistic of the margin, within 0..1. */
  public double probability(Collection<String> features) {
    return 1.0 / (1.0 + Math.exp(-margin(features)));
  }

  /** {@code offset + scale * margin}: the margin on the scale the model was calibrated to. */
  public double calibrated(Collection<String> features) {
    return offset + scale * margin(features);
  }

  /** The same weights with a new linear calibration. */
  public LinearModel withCalibration(double newScale, double newOffset) {
    return new LinearModel(bias, newScale, newOffset, weights);
  }

  /** Loads a model shipped under {@code dev/rapport/language/} in the jar. */
  public static LinearModel resource(String name) {
    String path = "/dev/rapport/language/" + name;
    try (InputStream in = LinearModel.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("model resource " + path + " is missing: run ./rapport train-language");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model resource " + path, e);
    }
  }

  /** Parses the text format described above. */
  public static LinearModel read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    double bias = 0;
    double scale = 1;
    double offset = 0;
    Map<String, Double> w = new TreeMap<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IOException("line " + n + ": expected feature<TAB>weight, got '" + line + "'");
      }
      String key = line.substring(0, tab);
      double value;
      try {
        value = Double.parseDouble(line.substring(tab + 1));
      } catch (NumberFormatException e) {
        throw new IOException("line " + n + ": expected a number after the tab, got '" + line + "'");
      }
      switch (key) {
        case "@bias" -> bias = value;
        case "@scale" -> scale = value;
        case "@offset" -> offset = value;
        default -> w.put(key, value);
      }
    }
    return new LinearModel(bias, scale, offset, w);
  }

  /** Writes the text format, features sorted, so retraining on the same data gives the same file. */
  public void write(Path file, String comment) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String c : comment.split("\n")) {
        out.write("# " + c + "\n");
      }
      out.write("@bias\t" + fmt(bias) + "\n");
      out.write("@scale\t" + fmt(scale) + "\n");
      out.write("@offset\t" + fmt(offset) + "\n");
      for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
        out.write(e.getKey() + "\t" + fmt(e.getValue()) + "\n");
      }
    }
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.6g", d);
  }
}
