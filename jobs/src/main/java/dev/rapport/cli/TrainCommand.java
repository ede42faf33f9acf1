package dev.rapport.cli;

import dev.rapport.language.NlpPipeline;
import dev.rapport.language.train.AskTraining;
import dev.rapport.language.train.Corpora;
import dev.rapport.language.train.Metrics;
import dev.rapport.language.train.PolitenessTraining;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rapport train-language}: retrains the ask detector and the politeness model from the public corpora,
 * prints their cross-validation figures and writes {@code ask.model} and {@code politeness.model} where the jar
 * picks them up (rebuild the jar afterwards). {@code --evaluate-only} prints the figures and writes nothing.
 *
 * <pre>{@code
 * ./rapport train-language                       # corpora in ../shared/corpora, models into the source tree
 * ./rapport train-language --evaluate-only --folds 10
 * }</pre>
 */
@Command(name = "train-language", mixinStandardHelpOptions = true,
    description = "Retrain the ask and politeness models from the corpora and print 10-fold cross-validation.")
public final class TrainCommand implements Callable<Integer> {

  /** Where the models live in the source tree, relative to the project root. */
  public static final String MODEL_DIR = "jobs/src/main/resources/dev/rapport/language";

  @Option(names = "--corpora", defaultValue = "../shared/corpora",
      description = "Folder holding email-intent/train.tsv and the two politeness/*.annotated.csv files"
          + " (default: ${DEFAULT-VALUE}).")
  Path corpora;

  @Option(names = "--out", defaultValue = MODEL_DIR,
      description = "Folder to write ask.model and politeness.model into (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--folds", defaultValue = "10", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--evaluate-only", description = "Print cross-validation figures; write no model.")
  boolean evaluateOnly;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    PrintWriter err = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    for (String f : List.of(Corpora.INTENT, Corpora.POLITENESS, Corpora.POLITENESS_STACK_EXCHANGE)) {
      if (!Files.isReadable(corpora.resolve(f))) {
        err.println(corpora.resolve(f) + ": cannot read training corpus (set --corpora)");
        return 2;
      }
    }
    if (folds < 2) {
      err.println("--folds: expected 2 or more, got " + folds);
      return 2;
    }
    NlpPipeline nlp = NlpPipeline.shared();

    AskTraining.Prepared ask = AskTraining.prepare(Corpora.intent(corpora), nlp);
    Metrics.Binary askModelCv = AskTraining.crossValidate(ask, folds, false);
    o.println("ask detector, model alone, " + folds + "-fold CV on " + Corpora.INTENT + ", class Yes: " + askModelCv);
    Metrics.Binary askCv = AskTraining.crossValidate(ask, folds, true);
    o.println("ask detector, model + rules as analyze uses it, class Yes: " + askCv);

    PolitenessTraining.Prepared polite = PolitenessTraining.prepare(corpora, nlp);
    PolitenessTraining.Evaluation politeCv = PolitenessTraining.evaluate(polite, folds);
    o.println(politeCv);

    if (evaluateOnly) {
      return 0;
    }
    String when = "trained " + LocalDate.now() + " by ./rapport train-language";
    double askSigma = AskTraining.chooseSigma(ask.examples());
    AskTraining.train(ask.examples(), askSigma).write(out.resolve("ask.model"),
        "Rapport ask detector: P(sentence asks the reader to do something) = logistic(@bias + sum of weights).\n"
        + "Logistic regression on Naive Bayes log-count ratios (CoreNLP LinearClassifierFactory, L2 sigma " + askSigma
        + " chosen by inner " + AskTraining.INNER_FOLDS + "-fold CV; weights are already multiplied by the ratios) on "
        + Corpora.INTENT + ", features from AskFeatures;\nanalyze bounds it with SentenceRules.boundAsk. "
        + folds + "-fold CV with the rules: " + askCv + "\n" + when);
    PolitenessTraining.trainForMail(polite).write(out.resolve("politeness.model"),
        "Rapport politeness: score = @offset + @scale * (@bias + sum of weights), on the corpus' normalized scale.\n"
        + "Least squares with L2 lambda " + PolitenessTraining.LAMBDA + " (CoreNLP QNMinimizer) on community z-scores"
        + " of " + String.join(" and ", Corpora.POLITENESS_FILES) + ", features from PolitenessFeatures\n"
        + "and community-specific copies of the topic words, left out here (PolitenessTraining.trainForMail).\n"
        + politeCv + "\n" + when);
    o.println("wrote " + out.resolve("ask.model") + " and " + out.resolve("politeness.model")
        + "; rebuild the jar to ship them");
    return 0;
  }
}
