package dev.rapport.language.train;

import dev.rapport.language.AnnotatedSentence;
import dev.rapport.language.LinearModel;
import dev.rapport.language.NlpPipeline;
import dev.rapport.language.PolitenessFeatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Trains and cross-validates the politeness model on both communities of the Stanford Politeness Corpus: Wikipedia
 * editors' requests and Stack Exchange users' requests ({@link Corpora#POLITENESS_FILES}).
 *
 * <p>Recipe, fixed before the final evaluation: least-squares regression with an L2 penalty ({@link
 * LinearTrainer#trainRidge}, lambda {@value #LAMBDA}) on {@link PolitenessFeatures} seen in at least
 * {@value #MIN_COUNT} training requests, trained on both communities at once. Each request also has its topic words
 * ({@link PolitenessFeatures#topicWords}, the nouns the shared features leave out) as copies named by its community,
 * {@code c:<community>:n:<lemma>} ("frustratingly easy" domain adaptation, Daum&eacute; 2007, for the topic words only):
 * a copy is learned from and scores only its own community's requests, so "homework" may read as blunt on Stack
 * Exchange without reaching mail. The target is the corpus' normalized
 * score turned into a z-score within its community (on the training requests), so that neither community's scale
 * dominates; the fitted margin is then mapped linearly back onto the normalized score by least squares on the
 * training requests, so the model scores on the corpus' scale (higher is more polite). The model that scores mail
 * ({@link #trainForMail}) is the same fit without the community copies, whose margin is mapped onto the score again.
 *
 * <p>Figures, per community: Spearman's rho with the normalized score, and accuracy telling the community's top
 * quartile from its bottom quartile by the sign of (score - median prediction). Cross-validation folds are grouped
 * ({@link #groups}): the same request occurs more than once in the corpus, and a copy must never be scored by a
 * model that trained on its twin.
 */
public final class PolitenessTraining {

  /** The L2 penalty of the regression (on z-scored targets and binary features). */
  public static final double LAMBDA = 100;
  /** Features seen in fewer training requests are dropped. */
  public static final int MIN_COUNT = 5;
  /** Community names, one per file of {@link Corpora#POLITENESS_FILES}, in that order. */
  public static final String WIKIPEDIA = "wikipedia";
  public static final String STACK_EXCHANGE = "stack-exchange";
  /** How a community-specific copy of a feature begins: {@code c:<community>:}, e.g. {@code c:wikipedia:n:subpage}. */
  public static final String COMMUNITY_PREFIX = "c:";

  /** Cross-validation figures for one community. */
  public record Figures(int n, double spearman, double quartileAccuracy, int quartileN) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "n=%d spearman=%.3f top-vs-bottom-quartile accuracy=%.3f (n=%d)", n, spearman,
          quartileAccuracy, quartileN);
    }
  }

  /**
   * How often one request occurs more than once: per community, how many Ids and how many normalised texts
   * ({@link #normalise}) are shared by two or more requests and by how many requests in all; across communities, how
   * many Ids and texts occur in both; and the number of groups all requests fall into once every shared Id or text
   * joins its requests into one group.
   */
  public record Duplicates(int requests, int groups, Map<String, int[]> idsWithin, Map<String, int[]> textsWithin,
      int idsAcross, int textsAcross) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      for (String c : idsWithin.keySet()) {
        int[] ids = idsWithin.get(c);
        int[] texts = textsWithin.get(c);
        b.append(String.format(Locale.ROOT, "%s: %d Ids shared by %d requests, %d texts shared by %d requests; ", c,
            ids[0], ids[1], texts[0], texts[1]));
      }
      return b + String.format(Locale.ROOT, "across communities: %d Ids and %d texts in both; %d requests in %d groups",
          idsAcross, textsAcross, requests, groups);
    }
  }

  /**
   * The corpus, annotated once: per request its community, its features and score ({@link Example#target()} is the
   * normalized score, {@link Example#positive()} whether it is above its community's median) and its group for
   * cross-validation.
   */
  public record Prepared(List<String> communities, List<Example> examples, int[] groups, Duplicates duplicates) {
    public Prepared {
      if (communities.size() != examples.size() || groups.length != examples.size()) {
        throw new IllegalArgumentException("expected one community and group per example, got " + communities.size()
            + " communities, " + groups.length + " groups for " + examples.size() + " examples");
      }
      communities = List.copyOf(communities);
      examples = List.copyOf(examples);
      groups = groups.clone();
    }

    /** Each request's group ({@link PolitenessTraining#groups(List)}); a copy. */
    @Override
    public int[] groups() {
      return groups.clone();
    }

    /** The same requests with only the features {@code keep} accepts (and the bias). */
    public Prepared withFeatures(Predicate<String> keep) {
      List<Example> kept = examples.stream()
          .map(e -> new Example(e.features().stream().filter(f -> f.equals("@bias") || keep.test(f))
              .collect(Collectors.toSet()), e.positive(), e.target()))
          .toList();
      return new Prepared(communities, kept, groups, duplicates);
    }

    /** The requests of one community, in corpus order. */
    public List<Example> of(String community) {
      List<Example> out = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (communities.get(i).equals(community)) {
          out.add(examples.get(i));
        }
      }
      return out;
    }
  }

  /** Per-community cross-validation and the cross-community figures (train on one, test on the other). */
  public record Evaluation(int folds, Map<String, Figures> crossValidated, Map<String, Figures> crossCommunity,
      Duplicates duplicates) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      crossValidated.forEach((c, f) -> b.append("politeness, ").append(folds)
          .append("-fold CV grouped by request, trained on both communities, on ").append(c).append(": ").append(f)
          .append('\n'));
      crossCommunity.forEach((c, f) -> b.append("politeness, trained on the other community only, on ").append(c)
          .append(": ").append(f).append('\n'));
      return b.append("politeness, repeated requests: ").append(duplicates).toString();
    }
  }

  private PolitenessTraining() {}

  /** Reads and annotates both files of the corpus under {@code corpora}. */
  public static Prepared prepare(Path corpora, NlpPipeline nlp) throws IOException {
    Map<String, List<Corpora.Scored>> byCommunity = new LinkedHashMap<>();
    byCommunity.put(WIKIPEDIA, Corpora.politeness(corpora, Corpora.POLITENESS));
    byCommunity.put(STACK_EXCHANGE, Corpora.politeness(corpora, Corpora.POLITENESS_STACK_EXCHANGE));
    return prepare(byCommunity, nlp);
  }

  /** Annotates each community's requests; {@code <url>}, the corpus' stand-in for a link, is read as a space. */
  public static Prepared prepare(Map<String, List<Corpora.Scored>> byCommunity, NlpPipeline nlp) {
    List<String> communities = new ArrayList<>();
    List<Example> examples = new ArrayList<>();
    List<Corpora.Scored> all = new ArrayList<>();
    byCommunity.forEach((community, requests) -> {
      double median = quantile(requests.stream().mapToDouble(Corpora.Scored::score).toArray(), 0.5);
      for (Corpora.Scored s : requests) {
        String text = s.text().replace("<url>", " ");
        communities.add(community);
        List<AnnotatedSentence> sentences = nlp.annotate(text);
        Set<String> features = new LinkedHashSet<>(PolitenessFeatures.of(sentences));
        for (String topic : PolitenessFeatures.topicWords(sentences)) {
          features.add(COMMUNITY_PREFIX + community + ":" + topic);
        }
        examples.add(new Example(features, s.score() > median, s.score()));
        all.add(s);
      }
    });
    int[] groups = groups(all);
    return new Prepared(communities, examples, groups, duplicates(byCommunity, groups));
  }

  /**
   * The request text as compared for repeats: lower case, every run of characters other than letters and digits one
   * space, trimmed; so "What have you tried?" and "what have you tried ?" are one text.
   */
  public static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /**
   * For each request, its group: requests that share a normalised text or an {@code Id} are one group, and so,
   * transitively, are requests linked through others. Ids are compared across communities too: the corpus' Ids are
   * not unique (different Stack Exchange sites reuse numbers), and treating a shared Id as the same request can only
   * make the folds stricter. A group is named by its first request's index.
   */
  public static int[] groups(List<Corpora.Scored> requests) {
    int[] parent = new int[requests.size()];
    Arrays.setAll(parent, i -> i);
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      Corpora.Scored s = requests.get(i);
      for (String key : List.of("text:" + normalise(s.text()), "id:" + s.id())) {
        Integer j = first.putIfAbsent(key, i);
        if (j != null) {
          int a = root(parent, i);
          int b = root(parent, j);
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    int[] groups = new int[requests.size()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = root(parent, i);
    }
    return groups;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static Duplicates duplicates(Map<String, List<Corpora.Scored>> byCommunity, int[] groups) {
    Map<String, int[]> ids = new LinkedHashMap<>();
    Map<String, int[]> texts = new LinkedHashMap<>();
    Map<String, Set<String>> idSets = new LinkedHashMap<>();
    Map<String, Set<String>> textSets = new LinkedHashMap<>();
    byCommunity.forEach((c, requests) -> {
      ids.put(c, repeats(requests.stream().map(Corpora.Scored::id).toList()));
      texts.put(c, repeats(requests.stream().map(s -> normalise(s.text())).toList()));
      idSets.put(c, requests.stream().map(Corpora.Scored::id).collect(Collectors.toSet()));
      textSets.put(c, requests.stream().map(s -> normalise(s.text())).collect(Collectors.toSet()));
    });
    return new Duplicates(groups.length, (int) Arrays.stream(groups).distinct().count(), ids, texts,
        inMoreThanOne(idSets), inMoreThanOne(textSets));
  }

  /** {values that occur more than once, occurrences of those values}. */
  private static int[] repeats(List<String> values) {
    Map<String, Integer> counts = new HashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    int distinct = 0;
    int occurrences = 0;
    for (int n : counts.values()) {
      if (n > 1) {
        distinct++;
        occurrences += n;
      }
    }
    return new int[] {distinct, occurrences};
  }

  private static int inMoreThanOne(Map<String, Set<String>> sets) {
    Map<String, Integer> in = new HashMap<>();
    sets.values().forEach(s -> s.forEach(v -> in.merge(v, 1, Integer::sum)));
    return (int) in.values().stream().filter(n -> n > 1).count();
  }

  /** Trains on every request of {@code data}. */
  public static LinearModel train(Prepared data) {
    return train(data.examples(), data.communities());
  }

  /**
   * The model that scores mail, which belongs to no community of the corpus: {@link #train(Prepared)} without the
   * community-specific copies ({@link #COMMUNITY_PREFIX}), its margin mapped onto the normalized score again by least
   * squares on the training requests (with the copies gone the margins spread less). This is what
   * {@code politeness.model} holds.
   */
  public static LinearModel trainForMail(Prepared data) {
    LinearModel full = train(data);
    Map<String, Double> shared = new HashMap<>();
    full.weights().forEach((f, w) -> {
      if (!f.startsWith(COMMUNITY_PREFIX)) {
        shared.put(f, w);
      }
    });
    LinearModel m = new LinearModel(full.bias(), 1, 0, shared);
    return calibrate(m, data.examples());
  }

  /**
   * Trains on {@code examples}, whose communities are {@code communities} (one per example): targets z-scored within
   * each community, regression, then the margin mapped onto the normalized score by least squares.
   */
  public static LinearModel train(List<Example> examples, List<String> communities) {
    if (examples.size() != communities.size()) {
      throw new IllegalArgumentException("expected one community per example, got " + communities.size() + " for "
          + examples.size());
    }
    Map<String, double[]> stats = new HashMap<>();
    for (String c : new LinkedHashSet<>(communities)) {
      double[] y = IntStream.range(0, examples.size()).filter(i -> communities.get(i).equals(c))
          .mapToDouble(i -> examples.get(i).target()).toArray();
      double mean = Arrays.stream(y).average().orElse(0);
      double sd = Math.sqrt(Arrays.stream(y).map(v -> (v - mean) * (v - mean)).average().orElse(0));
      stats.put(c, new double[] {mean, sd > 0 ? sd : 1});
    }
    List<Example> standardised = new ArrayList<>(examples.size());
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      double[] s = stats.get(communities.get(i));
      standardised.add(new Example(e.features(), e.positive(), (e.target() - s[0]) / s[1]));
    }
    return calibrate(LinearTrainer.trainRidge(standardised, LAMBDA, MIN_COUNT), examples);
  }

  /** {@code m} with its margin mapped onto the examples' targets by least squares. */
  private static LinearModel calibrate(LinearModel m, List<Example> examples) {
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

  /**
   * {@code k}-fold cross-validation with folds grouped by request ({@link CrossValidation#groupFolds}), training on
   * both communities, figures per community; and the cross-community figures, training on all of one community and
   * scoring all of the other.
   */
  public static Evaluation evaluate(Prepared data, int k) {
    Map<String, Figures> cv = crossValidate(data, k);
    Map<String, Figures> across = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(new LinkedHashSet<>(data.communities()));
    for (String test : names) {
      List<Example> train = new ArrayList<>();
      List<String> trainCommunities = new ArrayList<>();
      for (int i = 0; i < data.examples().size(); i++) {
        if (!data.communities().get(i).equals(test)) {
          train.add(data.examples().get(i));
          trainCommunities.add(data.communities().get(i));
        }
      }
      if (train.isEmpty()) {
        continue;
      }
      LinearModel m = train(train, trainCommunities);
      List<Example> tested = data.of(test);
      across.put(test, figures(tested.stream().mapToDouble(e -> m.calibrated(e.features())).toArray(),
          tested.stream().mapToDouble(Example::target).toArray()));
    }
    return new Evaluation(k, cv, across, data.duplicates());
  }

  /** Grouped {@code k}-fold cross-validation on all communities at once; figures per community. */
  public static Map<String, Figures> crossValidate(Prepared data, int k) {
    List<Example> examples = data.examples();
    int[] folds = CrossValidation.groupFolds(data.groups(), k);
    double[] predicted = new double[examples.size()];
    for (int f = 0; f < k; f++) {
      LinearModel model = train(CrossValidation.select(examples, folds, f, false),
          CrossValidation.select(data.communities(), folds, f, false));
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] == f) {
          predicted[i] = model.calibrated(examples.get(i).features());
        }
      }
    }
    Map<String, Figures> out = new LinkedHashMap<>();
    for (String c : new LinkedHashSet<>(data.communities())) {
      List<Double> p = new ArrayList<>();
      List<Double> a = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (data.communities().get(i).equals(c)) {
          p.add(predicted[i]);
          a.add(examples.get(i).target());
        }
      }
      out.put(c, figures(p.stream().mapToDouble(Double::doubleValue).toArray(),
          a.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return out;
  }

  /** The prior's standard deviation of the logistic regression in {@link #paperProtocol}, fixed in advance. */
  public static final double PAPER_SIGMA = 0.5;

  /**
   * The corpus authors' in-domain protocol (Danescu-Niculescu-Mizil et al. 2013, their 83.8% on Wikipedia and 78.2% on
   * all of the corpus' Stack Exchange requests, by leave-one-out): per community, only the requests in its top or bottom
   * quartile of normalized scores, labelled top or not; a logistic regression ({@link LinearTrainer#train}, sigma
   * {@value #PAPER_SIGMA}, features seen in {@value #MIN_COUNT} training requests) trained on that community's
   * training requests, each request scored by the model of the fold that left it out; the figure is the share of
   * requests on the right side of probability 0.5. Folds are the grouped ones of {@link #crossValidate}. A second
   * figure beside the issue's: it never scores the middle half and sets its cut where the training classes meet,
   * so it is not comparable with {@link Figures#quartileAccuracy()}.
   */
  public static Map<String, Double> paperProtocol(Prepared data, int k) {
    int[] folds = CrossValidation.groupFolds(data.groups(), k);
    Map<String, Double> out = new LinkedHashMap<>();
    for (String c : new LinkedHashSet<>(data.communities())) {
      double[] scores = IntStream.range(0, data.examples().size()).filter(i -> data.communities().get(i).equals(c))
          .mapToDouble(i -> data.examples().get(i).target()).toArray();
      double q1 = quantile(scores, 0.25);
      double q3 = quantile(scores, 0.75);
      List<Integer> extremes = IntStream.range(0, data.examples().size())
          .filter(i -> data.communities().get(i).equals(c))
          .filter(i -> data.examples().get(i).target() <= q1 || data.examples().get(i).target() >= q3)
          .boxed().toList();
      int right = 0;
      for (int f = 0; f < k; f++) {
        List<Example> train = new ArrayList<>();
        for (int i : extremes) {
          if (folds[i] != f) {
            Example e = data.examples().get(i);
            train.add(new Example(e.features(), e.target() >= q3, e.target()));
          }
        }
        LinearModel m = LinearTrainer.train(train, PAPER_SIGMA, MIN_COUNT);
        for (int i : extremes) {
          if (folds[i] == f) {
            Example e = data.examples().get(i);
            if ((m.probability(e.features()) > 0.5) == (e.target() >= q3)) {
              right++;
            }
          }
        }
      }
      out.put(c, extremes.isEmpty() ? 0 : (double) right / extremes.size());
    }
    return out;
  }

  /** Spearman's rho, and top-vs-bottom-quartile accuracy of {@code predicted} against {@code actual}. */
  static Figures figures(double[] predicted, double[] actual) {
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
