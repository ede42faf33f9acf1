package dev.rapport.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the {@link Signals} of one message from its author's own text: the learned ask detector per sentence,
 * the learned politeness score for the whole text, and the documented rules of {@link SentenceRules}.
 *
 * <pre>{@code
 * Signals s = LanguageAnalyzer.shared().analyze(ownText);
 * if (s.ask() >= 0.5 && !s.greeting()) { ... }   // quote text.substring(sentence.start(), sentence.end())
 * }</pre>
 *
 * <p>Give it the author's own words only: strip quoted replies and signatures first, or the contact's asks become
 * the owner's. Only the first {@value #MAX_CHARS} characters are analysed (cut at a space), which covers the own
 * text of nearly every personal email and keeps a pasted report from costing seconds; spans always point into the
 * given text. Thread-safe; use {@link #shared()} rather than constructing one per message.
 */
public final class LanguageAnalyzer {

  /** Characters analysed per message, from the start. */
  public static final int MAX_CHARS = 4000;

  /** The ask probability from which a sentence counts as an ask. */
  public static final double ASK_THRESHOLD = 0.5;

  private static volatile LanguageAnalyzer shared;

  private final NlpPipeline nlp;
  private final LinearModel askModel;
  private final LinearModel politenessModel;

  LanguageAnalyzer(NlpPipeline nlp, LinearModel askModel, LinearModel politenessModel) {
    if (nlp == null || askModel == null || politenessModel == null) {
      throw new IllegalArgumentException("expected a pipeline and two models, got " + nlp + ", " + askModel + ", "
          + politenessModel);
    }
    this.nlp = nlp;
    this.askModel = askModel;
    this.politenessModel = politenessModel;
  }

  /** The JVM-wide analyzer with the shipped models ({@code ask.model}, {@code politeness.model}); built lazily. */
  public static LanguageAnalyzer shared() {
    LanguageAnalyzer a = shared;
    if (a == null) {
      synchronized (LanguageAnalyzer.class) {
        a = shared;
        if (a == null) {
          a = over(NlpPipeline.shared());
          shared = a;
        }
      }
    }
    return a;
  }

  /** An analyzer with the shipped models over another pipeline, for benchmarks that compare pipelines. */
  public static LanguageAnalyzer over(NlpPipeline nlp) {
    return new LanguageAnalyzer(nlp, LinearModel.resource("ask.model"), LinearModel.resource("politeness.model"));
  }

  /** An analyzer with other models, for training-time checks. */
  public static LanguageAnalyzer with(LinearModel askModel, LinearModel politenessModel) {
    return new LanguageAnalyzer(NlpPipeline.shared(), askModel, politenessModel);
  }

  /** The signals of {@code ownText}; {@link Signals#none()} for null or blank text. Never null. */
  public Signals analyze(String ownText) {
    if (ownText == null || ownText.isBlank()) {
      return Signals.none();
    }
    String text = capped(ownText);
    // Phrases are read on exactly the first MAX_CHARS characters, the text the detectors are handed, not on the
    // annotated prefix cut at a space: a phrase that straddles that cut still counts.
    Set<Phrase> phrases = Phrase.foundIn(ownText.length() > MAX_CHARS ? ownText.substring(0, MAX_CHARS) : ownText);
    List<AnnotatedSentence> sentences = nlp.annotate(text);
    if (sentences.isEmpty()) {
      return new Signals(0, 0, 0, false, false, false, false, false, false, false, false, 0, 0, 0, 0, false,
          List.of(), phrases);
    }
    List<Signals.SentenceSignal> out = new ArrayList<>(sentences.size());
    Set<String> any = new LinkedHashSet<>();
    double ask = 0;
    double gratitude = 0;
    int first = 0;
    int second = 0;
    int questions = 0;
    int aboutReader = 0;
    boolean contextBeforeAsk = false;
    boolean asked = false;
    boolean asksFirst = false;
    for (AnnotatedSentence s : sentences) {
      String flat = SentenceRules.flat(s);
      double p = SentenceRules.boundAsk(askModel.probability(AskFeatures.of(s)), s);
      Set<String> labels = SentenceRules.labels(s, flat);
      if (p >= ASK_THRESHOLD) {
        labels.add(SentenceRules.ASK);
      }
      if (SentenceRules.isRequest(p, flat, labels)) {
        labels.add(SentenceRules.REQUEST);
        if (!asked && !contextBeforeAsk) {
          asksFirst = true;
        }
        asked = true;
      }
      if (!asked && (labels.contains(SentenceRules.GREETING) || labels.contains(SentenceRules.SELF_INTRODUCTION)
          || labels.contains(SentenceRules.REASON_FOR_WRITING))) {
        contextBeforeAsk = true;
      }
      ask = Math.max(ask, p);
      gratitude = Math.max(gratitude, SentenceRules.gratitude(flat));
      int[] persons = SentenceRules.personCounts(s.tokens());
      first += persons[0];
      second += persons[1];
      if (labels.contains(SentenceRules.QUESTION)) {
        questions++;
      }
      if (labels.contains(SentenceRules.QUESTION_ABOUT_READER)) {
        aboutReader++;
      }
      any.addAll(labels);
      if (s.end() <= text.length()) {
        Phrase.foundIn(text.substring(s.begin(), s.end())).forEach(x -> labels.add(x.label()));
      }
      out.add(new Signals.SentenceSignal(s.begin(), s.end(), p, labels));
    }
    double politeness = politenessModel.calibrated(PolitenessFeatures.of(sentences));
    // A context sentence after the ask does not excuse opening with it; asksFirst stays as set above.
    return new Signals(ask, gratitude, politeness,
        any.contains(SentenceRules.GREETING),
        any.contains(SentenceRules.SELF_INTRODUCTION),
        any.contains(SentenceRules.REASON_FOR_WRITING),
        any.contains(SentenceRules.OFFER_OF_HELP),
        any.contains(SentenceRules.SHARING),
        any.contains(SentenceRules.CONGRATULATIONS),
        any.contains(SentenceRules.APOLOGY_FOR_DELAY),
        any.contains(SentenceRules.JOB_SEARCH),
        first, second, aboutReader, questions, asksFirst, out, phrases);
  }

  /** The analysed prefix: at most {@link #MAX_CHARS} characters, cut at the last whitespace before the limit. */
  static String capped(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = MAX_CHARS;
    for (int i = MAX_CHARS; i > MAX_CHARS / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        cut = i;
        break;
      }
    }
    return text.substring(0, cut);
  }
}
