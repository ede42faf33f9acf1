package dev.rapport.language.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.language.LinearModel;
import dev.rapport.language.NlpPipeline;
import dev.rapport.language.PolitenessFeatures;
import dev.rapport.testing.SparkTestSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The politeness model on both communities of the Stanford Politeness Corpus (Wikipedia and the Stack Exchange
 * development half), 10-fold cross-validation with folds grouped by request, trained on both communities at once.
 *
 * <p>Issue 11 asks for Spearman >= 0.45 and top-vs-bottom-quartile accuracy >= 0.78 on Stack Exchange, with Wikipedia
 * kept at 0.641 / 0.847 or better. With the topic words as community-specific copies the model reaches 0.648 / 0.850
 * on Wikipedia (0.641 / 0.847 before) but only 0.325 / 0.676 on Stack Exchange (0.317 / 0.675 before; README,
 * "Politeness"): the Stack Exchange target is missed. The corpus authors' own protocol (train and test on the quartile
 * extremes only, {@link PolitenessTraining#paperProtocol}) gives 0.840 on Wikipedia and 0.627 on Stack Exchange, against
 * their 0.838 and 0.782. The floors below sit just under what the model reaches, so a change that loses ground in
 * either community fails here.
 */
class PolitenessTrainingIT {

  static PolitenessTraining.Prepared data;
  static PolitenessTraining.Evaluation evaluation;

  @BeforeAll
  static void prepare() throws IOException {
    Path corpora = SparkTestSession.shared().resolve("corpora");
    assertEquals(4353, Corpora.politeness(corpora, Corpora.POLITENESS).size());
    assertEquals(3266, Corpora.politeness(corpora, Corpora.POLITENESS_STACK_EXCHANGE).size());
    data = PolitenessTraining.prepare(corpora, NlpPipeline.shared());
    evaluation = PolitenessTraining.evaluate(data, 10);
    System.out.println(evaluation);
  }

  @Test
  void repeatedRequestsAreCountedAndKeptInOneFold() {
    PolitenessTraining.Duplicates d = data.duplicates();
    assertArrayEquals(new int[] {0, 0}, d.idsWithin().get(PolitenessTraining.WIKIPEDIA));
    assertArrayEquals(new int[] {16, 34}, d.textsWithin().get(PolitenessTraining.WIKIPEDIA));
    assertArrayEquals(new int[] {88, 182}, d.idsWithin().get(PolitenessTraining.STACK_EXCHANGE));
    assertArrayEquals(new int[] {2, 5}, d.textsWithin().get(PolitenessTraining.STACK_EXCHANGE));
    assertEquals(6, d.idsAcross());
    assertEquals(0, d.textsAcross());
    assertEquals(7619, d.requests());
    assertEquals(7498, d.groups());
    int[] groups = data.groups();
    int[] folds = CrossValidation.groupFolds(groups, 10);
    Map<Integer, Integer> foldOfGroup = new HashMap<>();
    for (int i = 0; i < folds.length; i++) {
      int fold = folds[i];
      int group = groups[i];
      assertEquals(fold, foldOfGroup.computeIfAbsent(group, g -> fold), "a group split across folds: request " + i);
    }
  }

  @Test
  void repeatsOfOneTextOrIdAreOneGroup() {
    List<Corpora.Scored> requests = List.of(
        new Corpora.Scored("a", "1", "What have you tried?", 0),
        new Corpora.Scored("a", "2", "what have you  tried ?", 0),
        new Corpora.Scored("b", "2", "Something else entirely.", 0),
        new Corpora.Scored("b", "3", "Unrelated.", 0));
    assertArrayEquals(new int[] {0, 0, 0, 3}, PolitenessTraining.groups(requests));
  }

  @Test
  void crossValidatedScoreRanksRequestsLikeTheAnnotatorsInBothCommunities() {
    PolitenessTraining.Figures wiki = evaluation.crossValidated().get(PolitenessTraining.WIKIPEDIA);
    PolitenessTraining.Figures se = evaluation.crossValidated().get(PolitenessTraining.STACK_EXCHANGE);
    assertEquals(4353, wiki.n());
    assertEquals(3266, se.n());
    // Wikipedia: 0.648 / 0.850 (without the community copies of topic words 0.641 / 0.847; the Wikipedia-only model
    // before that 0.585 / 0.814).
    assertTrue(wiki.spearman() >= 0.645, "expected Wikipedia Spearman >= 0.645, got " + wiki);
    assertTrue(wiki.quartileAccuracy() >= 0.847, "expected Wikipedia quartile accuracy >= 0.847, got " + wiki);
    // Stack Exchange: 0.325 / 0.676 (without the copies 0.317 / 0.675; the Wikipedia-only model: 0.26 / 0.64; issue
    // 11's target: 0.45 / 0.78, missed).
    assertTrue(se.spearman() >= 0.32, "expected Stack Exchange Spearman >= 0.32, got " + se);
    assertTrue(se.quartileAccuracy() >= 0.672, "expected Stack Exchange quartile accuracy >= 0.672, got " + se);
  }

  @Test
  void thePapersProtocolIsReportedBesideIt() {
    // A second figure, not the issue's: trained and tested on each community's quartile extremes only, as the corpus
    // authors did (their 0.838 on Wikipedia and 0.782 on all of Stack Exchange, leave-one-out, not grouped).
    Map<String, Double> paper = PolitenessTraining.paperProtocol(data, 10);
    System.out.println("politeness, the paper's protocol (in-domain, quartile extremes only), grouped 10-fold CV: "
        + paper);
    assertTrue(paper.get(PolitenessTraining.WIKIPEDIA) >= 0.835, "expected >= 0.835 on Wikipedia, got " + paper);
    assertTrue(paper.get(PolitenessTraining.STACK_EXCHANGE) >= 0.62, "expected >= 0.62 on Stack Exchange, got "
        + paper);
  }

  @Test
  void aModelFromOneCommunityStillRanksTheOther() {
    // Information more than a target: how far the features carry to a community the model never saw.
    PolitenessTraining.Figures wiki = evaluation.crossCommunity().get(PolitenessTraining.WIKIPEDIA);
    PolitenessTraining.Figures se = evaluation.crossCommunity().get(PolitenessTraining.STACK_EXCHANGE);
    assertTrue(wiki.spearman() >= 0.455 && wiki.quartileAccuracy() >= 0.745,
        "expected >= 0.455 / 0.745 on Wikipedia from Stack Exchange alone, got " + wiki);
    assertTrue(se.spearman() >= 0.265 && se.quartileAccuracy() >= 0.64,
        "expected >= 0.265 / 0.64 on Stack Exchange from Wikipedia alone, got " + se);
  }

  @Test
  void strategiesAloneCarryMostOfTheSignal() {
    // Guards against a model that only memorises wording: the paper's strategies alone must still rank well.
    Map<String, PolitenessTraining.Figures> cv = PolitenessTraining.crossValidate(
        data.withFeatures(f -> f.startsWith("s:")), 10);
    System.out.println("politeness, strategies only, 10-fold CV: " + cv);
    PolitenessTraining.Figures wiki = cv.get(PolitenessTraining.WIKIPEDIA);
    assertTrue(wiki.spearman() >= 0.5, "expected Wikipedia Spearman >= 0.5 from strategies alone, got " + wiki);
  }

  @Test
  void theMailModelKeepsNoCommunitysTopicWords() {
    LinearModel full = PolitenessTraining.train(data);
    assertTrue(full.weights().keySet().stream().anyMatch(f -> f.startsWith("c:stack-exchange:n:")),
        "expected Stack Exchange topic words in the model trained for cross-validation");
    LinearModel mail = PolitenessTraining.trainForMail(data);
    assertTrue(mail.weights().keySet().stream().noneMatch(f -> f.startsWith(PolitenessTraining.COMMUNITY_PREFIX)),
        "the model for mail should hold no community's copies");
    LinearModel shipped = LinearModel.resource("politeness.model");
    assertTrue(shipped.weights().keySet().stream().noneMatch(f -> f.startsWith(PolitenessTraining.COMMUNITY_PREFIX)),
        "the shipped model should hold no community's copies");
  }

  @Test
  void trainedWeightsPointTheWayThePaperFound() {
    LinearModel m = PolitenessTraining.trainForMail(data);
    // Danescu-Niculescu-Mizil et al. 2013: gratitude, deference, apologizing and counterfactual modals are polite;
    // direct questions and sentence-initial "please" are not.
    for (String polite : List.of("gratitude", "deference", "apologizing", "counterfactual_modal")) {
      assertTrue(m.weights().getOrDefault("s:" + polite, 0.0) > 0, polite + " should weigh positive: " + m.weights()
          .get("s:" + polite));
    }
    for (String rude : List.of("direct_question", "direct_start", "imperative_start", "why_you")) {
      assertTrue(m.weights().getOrDefault("s:" + rude, 0.0) < 0, rude + " should weigh negative: " + m.weights()
          .get("s:" + rude));
    }
    // A sentence-initial "please" also opens an imperative, so its effect shows in whole requests:
    NlpPipeline nlp = NlpPipeline.shared();
    double pleaseStart = m.calibrated(PolitenessFeatures.of(nlp.annotate("Please fix the table.")));
    double pleaseInside = m.calibrated(PolitenessFeatures.of(nlp.annotate("Could you please fix the table?")));
    assertTrue(pleaseStart < pleaseInside, "please-start " + pleaseStart + " vs could-you-please " + pleaseInside);
    assertTrue(PolitenessFeatures.STRATEGIES.stream().filter(s -> m.weights().containsKey("s:" + s)).count() >= 18,
        "expected most strategies to be in the model");
    // The score stays on the corpus' normalized scale (mean about 0, standard deviation about 0.7-0.8).
    double polite = m.calibrated(PolitenessFeatures.of(nlp.annotate(
        "Hi Jo, thanks for your help! Would you mind taking a quick look at my draft?")));
    double rude = m.calibrated(PolitenessFeatures.of(nlp.annotate("Why haven't you answered? Send it now.")));
    assertTrue(polite > 1 && polite < 3, "expected a clearly polite request at +1..+3, got " + polite);
    assertTrue(rude < -0.5 && rude > -3, "expected a rude request at -3..-0.5, got " + rude);
  }
}
