package dev.rapport.language;

import java.util.List;

/** One sentence: its character span in the annotated text and its tokens, in order. Never null, may be empty. */
public record AnnotatedSentence(int begin, int end, List<Token> tokens) implements java.io.Serializable {
  public AnnotatedSentence {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("expected 0 <= begin <= end, got " + begin + ".." + end);
    }
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
  }

  /** True when the sentence is a question: its last token is a question mark. */
  public boolean isQuestion() {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.word().equals("?")) {
        return true;
      }
      if (!t.isPunctuation()) {
        return false;
      }
    }
    return false;
  }
}
