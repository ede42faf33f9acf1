package dev.rapport.language;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one message does, computed on the author's own text (quotes and signatures already removed).
 *
 * <p>Probabilities are within 0..1; {@code politeness} is a real number, higher is more polite, roughly on the
 * scale of the Stanford Politeness Corpus' normalized score. {@code sentences} carries character spans into the
 * analysed text so that a report can quote exactly the sentence that asked or thanked. {@code phrases} holds the
 * literal {@link Phrase}s found in the text (a no, a yes, an invitation to meet…), which detectors read instead of
 * the text.
 */
public record Signals(
    double ask,
    double gratitude,
    double politeness,
    boolean greeting,
    boolean selfIntroduction,
    boolean reasonForWriting,
    boolean offerOfHelp,
    boolean sharing,
    boolean congratulations,
    boolean apologyForDelay,
    boolean jobSearch,
    int firstPersonSingular,
    int secondPerson,
    int questionsAboutReader,
    int questions,
    boolean asksFirst,
    List<SentenceSignal> sentences,
    Set<Phrase> phrases) implements java.io.Serializable {

  public Signals {
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
    phrases = phrases == null || phrases.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(phrases));
  }

  /** Signals of an empty text: asks nothing, thanks nobody. */
  public static Signals none() {
    return new Signals(0, 0, 0, false, false, false, false, false, false, false, false, 0, 0, 0, 0, false, List.of(),
        Set.of());
  }

  /** True when the text contains {@code phrase}. */
  public boolean says(Phrase phrase) {
    return phrases.contains(phrase);
  }

  /**
   * One sentence: its span in the analysed text and the labels that fired on it. Labels are the lower-case names
   * of the boolean signals above plus {@code ask}, {@code gratitude}, {@code question}, {@code question_about_reader},
   * and the {@link Phrase#label()} of every phrase found in the sentence.
   */
  public record SentenceSignal(int start, int end, double ask, Set<String> labels) implements java.io.Serializable {
    public SentenceSignal {
      labels = labels == null ? Set.of() : Set.copyOf(labels);
    }
  }
}
