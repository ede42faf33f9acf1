package dev.rapport.patterns;

import dev.rapport.language.Phrase;
import dev.rapport.language.Signals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Hand-built {@link Signals} for tests, so detector tests do not depend on the language model.
 *
 * <pre>{@code Sig.ask().greeting().at(1, "ask")}</pre> marks the whole message as asking and its second sentence
 * as the asking one; sentence spans are cut from the text by {@link PersonBuilder}. The literal {@link Phrase}s are
 * read from the text as the language stage reads them, for the message and for each labelled sentence.
 */
final class Sig {
  double ask;
  double gratitude;
  boolean greeting;
  boolean intro;
  boolean reason;
  boolean offer;
  boolean sharing;
  boolean congrats;
  boolean apology;
  boolean jobSearch;
  int first = 1;
  int second = 1;
  int aboutReader;
  int questions;
  boolean asksFirst;
  final Map<Integer, Set<String>> labels = new TreeMap<>();

  static Sig plain() {
    return new Sig();
  }

  static Sig ask() {
    Sig s = new Sig();
    s.ask = 0.9;
    return s;
  }

  static Sig thanks() {
    Sig s = new Sig();
    s.gratitude = 0.9;
    return s;
  }

  Sig gratitude() {
    gratitude = 0.9;
    return this;
  }

  Sig asking() {
    ask = 0.9;
    return this;
  }

  Sig greeting() {
    greeting = true;
    return this;
  }

  Sig intro() {
    intro = true;
    return this;
  }

  Sig reason() {
    reason = true;
    return this;
  }

  Sig offer() {
    offer = true;
    return this;
  }

  Sig sharing() {
    sharing = true;
    return this;
  }

  Sig congrats() {
    congrats = true;
    return this;
  }

  Sig apology() {
    apology = true;
    return this;
  }

  Sig question() {
    questions = Math.max(questions, 1);
    return this;
  }

  Sig aboutReader() {
    aboutReader = 1;
    questions = Math.max(questions, 1);
    return this;
  }

  Sig asksFirst() {
    asksFirst = true;
    return this;
  }

  Sig iYou(int i, int you) {
    first = i;
    second = you;
    return this;
  }

  /** Labels for sentence {@code index} (0-based) of the text. */
  Sig at(int index, String... names) {
    labels.computeIfAbsent(index, k -> new HashSet<>()).addAll(List.of(names));
    return this;
  }

  Signals build(String text) {
    List<Signals.SentenceSignal> spans = new ArrayList<>();
    if (!labels.isEmpty() && text != null) {
      int start = 0;
      int index = 0;
      var m = java.util.regex.Pattern.compile("[^.!?]+[.!?]*\\s*").matcher(text);
      while (m.find()) {
        String sentence = m.group();
        int end = m.start() + sentence.stripTrailing().length();
        start = m.start() + (sentence.length() - sentence.stripLeading().length());
        Set<String> l = new HashSet<>(labels.getOrDefault(index, Set.of()));
        Phrase.foundIn(text.substring(start, end)).forEach(p -> l.add(p.label()));
        spans.add(new Signals.SentenceSignal(start, end, l.contains("ask") ? 0.9 : 0.05, l));
        index++;
      }
    }
    return new Signals(ask, gratitude, 0.5, greeting, intro, reason, offer, sharing, congrats, apology, jobSearch,
        first, second, aboutReader, questions, asksFirst, spans, Phrase.foundIn(text));
  }
}
