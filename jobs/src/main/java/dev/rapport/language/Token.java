package dev.rapport.language;

/**
 * One token as the NLP pipeline saw it: the word as written, its lemma, its Penn Treebank tag and its character
 * span in the annotated text ({@code text.substring(begin, end)} is the word).
 */
public record Token(String word, String lemma, String tag, int begin, int end) implements java.io.Serializable {
  public Token {
    if (word == null || lemma == null || tag == null) {
      throw new IllegalArgumentException("expected word, lemma and tag, got " + word + "/" + lemma + "/" + tag);
    }
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("expected 0 <= begin <= end, got " + begin + ".." + end);
    }
  }

  /** The lemma in lower case, the form every rule and feature matches on. */
  public String key() {
    return lemma.toLowerCase(java.util.Locale.ROOT);
  }

  /** True when the word has no letter or digit: punctuation and symbols. */
  public boolean isPunctuation() {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** True when the word contains a digit. */
  public boolean hasDigit() {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The word in lower case. */
  public String lower() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}
