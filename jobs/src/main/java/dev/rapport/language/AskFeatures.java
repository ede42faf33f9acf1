package dev.rapport.language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Features of one sentence for the ask detector ("does this sentence ask the reader to do something?"): lemma
 * unigrams and bigrams, the sentence opening, and named request frames found by rules.
 *
 * <pre>{@code
 * Set<String> f = AskFeatures.of(sentence);   // e.g. "frame:imperative", "frame:modal_you:could", "w:send", ...
 * }</pre>
 *
 * <p>The rules do not decide: each frame is a feature whose weight is learned from labelled sentences, so a rule
 * that misfires in marketing mail ("Click here to ...") is weighed down by the data rather than trusted blindly.
 * Training and analysis must call the same method, or the weights mean nothing.
 */
public final class AskFeatures {

  /** Words that may precede the verb of an imperative without making it something else ("So, please send ..."). */
  private static final Set<String> LEAD_INS = Set.of("please", "and", "so", "also", "but", "just", "then", "ok",
      "okay", "oh", "hi", "hello", "hey", "dear", "now", "again", "kindly", "pls", "plz", "meanwhile", "finally",
      "first", "second", "lastly", "additionally", "anyway", "well", "all", "guys", "everyone", "folks");
  private static final Set<String> MODALS = Set.of("can", "could", "will", "would", "may", "might", "shall", "should",
      "must");
  private static final Set<String> AUX_START = Set.of("do", "be", "have", "can", "could", "will", "would", "shall",
      "should", "may", "might");
  private static final Set<String> WH = Set.of("what", "when", "where", "who", "whom", "why", "how", "which");

  private AskFeatures() {}

  /** The features of one sentence; never null. */
  public static Set<String> of(AnnotatedSentence sentence) {
    List<Token> t = sentence.tokens();
    Set<String> f = new LinkedHashSet<>();
    f.add("@bias");
    int n = t.size();
    String prev = "<s>";
    int words = 0;
    for (Token tok : t) {
      String k = norm(tok);
      if (k == null) {
        continue;
      }
      words++;
      f.add("w:" + k);
      f.add("b:" + prev + "_" + k);
      prev = k;
    }
    f.add("b:" + prev + "_</s>");
    String prevTag = "<s>";
    for (Token tok : t) {
      f.add("t:" + prevTag + "_" + tok.tag());
      if (tok.tag().equals("VB") || tok.tag().equals("MD")) {
        f.add("v:" + tok.tag() + "_" + tok.key());
      }
      prevTag = tok.tag();
    }
    f.add("len:" + (words <= 4 ? "xs" : words <= 9 ? "s" : words <= 20 ? "m" : words <= 40 ? "l" : "xl"));

    int start = skipLeadIns(t, 0);
    if (start < n) {
      Token first = t.get(start);
      f.add("first:" + first.key());
      f.add("firsttag:" + first.tag());
      if (start + 1 < n) {
        f.add("firsttags:" + first.tag() + "_" + t.get(start + 1).tag());
      }
      if (first.tag().equals("VB") && !first.key().equals("be") || isBareImperativeBe(t, start)) {
        f.add("frame:imperative");
        f.add("frame:imperative:" + first.key());
      }
      if (WH.contains(first.key())) {
        f.add("frame:wh_start");
      }
      if (AUX_START.contains(first.key()) && sentence.isQuestion()) {
        f.add("frame:aux_question");
        if (start + 1 < n && isYou(t.get(start + 1))) {
          f.add("frame:aux_you_question");
        }
      }
    }
    if (n > 0 && t.get(0).key().equals("please") || start > 0 && hasLemma(t, 0, start, "please")) {
      f.add("frame:please_start");
    }
    if (sentence.isQuestion()) {
      f.add("frame:question");
    }

    boolean you = false;
    for (int i = 0; i < n; i++) {
      Token a = t.get(i);
      String k = a.key();
      if (isYou(a)) {
        you = true;
      }
      if (k.equals("please") || k.equals("pls") || k.equals("plz") || k.equals("kindly")) {
        f.add("frame:please");
      }
      if (MODALS.contains(k) && i + 1 < n && isYou(t.get(i + 1))) {
        f.add("frame:modal_you");
        f.add("frame:modal_you:" + k);
        if (i + 2 < n && t.get(i + 2).tag().startsWith("VB")) {
          f.add("frame:modal_you_verb");
        }
      }
      if (k.equals("let") && i + 2 < n && (t.get(i + 1).key().equals("me") || t.get(i + 1).key().equals("us"))
          && t.get(i + 2).key().equals("know")) {
        f.add("frame:let_me_know");
      }
      if (isYou(a) && i + 1 < n) {
        String nx = t.get(i + 1).key();
        if (nx.equals("need") || nx.equals("should") || nx.equals("must") || nx.equals("have")
            && i + 2 < n && t.get(i + 2).key().equals("to")) {
          f.add("frame:you_need");
        }
      }
      if ((k.equals("need") || k.equals("want") || k.equals("like") || k.equals("ask") || k.equals("expect"))
          && i + 2 < n && isYou(t.get(i + 1)) && t.get(i + 2).key().equals("to")) {
        f.add("frame:want_you_to");
      }
      if (k.equals("feel") && i + 1 < n && t.get(i + 1).key().equals("free")) {
        f.add("frame:feel_free");
      }
      if ((k.equals("hesitate") || k.equals("forget")) && i > 0 && isNegation(t.get(i - 1))) {
        f.add("frame:do_not_" + k);
      }
      if (k.equals("if") && i + 1 < n && isYou(t.get(i + 1))) {
        f.add("frame:if_you");
      }
      if (k.equals("if") && i + 1 < n && (t.get(i + 1).key().equals("possible") || t.get(i + 1).key().equals("you"))) {
        f.add("frame:if_possible");
      }
      if ((k.equals(",") || k.equals(":") || k.equals("-")) && i + 1 < n && t.get(i + 1).tag().equals("VB")
          && hasLemma(t, 0, i, "if")) {
        f.add("frame:if_then_imperative");
      }
      if (k.equals("wonder") || k.equals("wondering")) {
        f.add("frame:wonder");
      }
      if (a.word().contains("$LINK") || a.lower().startsWith("http") || a.lower().startsWith("www.")) {
        f.add("frame:link");
      }
      if ((k.equals("click") || k.equals("unsubscribe") || k.equals("subscribe")) || a.word().contains("$")) {
        f.add("frame:marketing");
      }
    }
    if (you) {
      f.add("frame:you");
    }
    if (sentence.isQuestion() && you) {
      f.add("frame:question_you");
    }
    if (shouting(t)) {
      f.add("frame:shouting");
    }
    return f;
  }

  private static boolean isBareImperativeBe(List<Token> t, int i) {
    // "Be sure to ..." / "Be there at 5": base-form "be" opening a sentence is an imperative too.
    return t.get(i).key().equals("be") && t.get(i).tag().equals("VB");
  }

  /** Index of the first token after greetings, discourse words, names in address ("John, send ...") and commas. */
  static int skipLeadIns(List<Token> t, int from) {
    int i = from;
    while (i < t.size()) {
      Token a = t.get(i);
      String k = a.key();
      if (LEAD_INS.contains(k) || a.isPunctuation()) {
        i++;
      } else if (a.tag().startsWith("NNP") && i + 1 < t.size() && t.get(i + 1).word().equals(",")) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean hasLemma(List<Token> t, int from, int to, String lemma) {
    for (int i = from; i < to && i < t.size(); i++) {
      if (t.get(i).key().equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  static boolean isYou(Token t) {
    String k = t.lower();
    return k.equals("you") || k.equals("u") || k.equals("ya") || k.equals("y'all") || k.equals("yall");
  }

  private static boolean isNegation(Token t) {
    String k = t.lower();
    return k.equals("n't") || k.equals("not") || k.equals("never") || k.equals("dont") || k.equals("do");
  }

  private static boolean shouting(List<Token> t) {
    int letters = 0;
    int upper = 0;
    for (Token a : t) {
      for (int i = 0; i < a.word().length(); i++) {
        char c = a.word().charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.isUpperCase(c)) {
            upper++;
          }
        }
      }
    }
    return letters >= 12 && upper * 10 >= letters * 7;
  }

  /** The lemma as a feature, with numbers folded together; null for punctuation other than ? and !. */
  private static String norm(Token t) {
    String w = t.word();
    if (w.equals("?") || w.equals("!")) {
      return w;
    }
    if (t.isPunctuation()) {
      return null;
    }
    if (t.hasDigit()) {
      return "<num>";
    }
    if (w.startsWith("$LINK") || w.startsWith("http") || w.startsWith("www.")) {
      return "<link>";
    }
    return t.key();
  }
}
