package dev.rapport.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Features of a request for the politeness model: the politeness strategies of Danescu-Niculescu-Mizil et al.
 * (2013, "A computational approach to politeness"), each a named feature {@code s:<strategy>}, plus features of the
 * wording that name no topic:
 * <ul>
 *   <li>{@code w:<lemma>}: lemma unigrams, never nouns ({@link #keepWord});</li>
 *   <li>{@code b:<w1>_<w2>}, {@code t:<w1>_<w2>_<w3>}: word bigrams and trigrams within a sentence, lower case, with
 *       {@code <s>}/{@code </s>} at its ends and every noun, number or symbol written {@code N} ("could you send
 *       the file ?" gives {@code t:could_you_send}, {@code b:the_N});</li>
 *   <li>{@code p:<mark>}: punctuation marks used ({@code p:!}, {@code p:...});</li>
 *   <li>{@code st:first:<word>}, {@code st:later:<word>}, {@code st:any:<word>}, {@code st2:first|later:<w1>_<w2>},
 *       {@code end:first|later:<mark>}: how the first and the later sentences open and end;</li>
 *   <li>{@code len:<k>} (about 2^k tokens), {@code q:<0..3>} (question marks), {@code ns:<1..4>} (sentences) and
 *       {@code x:excl}, {@code x:lowerstart}, {@code x:caps}, {@code x:smiley}: the shape of the whole request.</li>
 * </ul>
 *
 * <pre>{@code
 * Set<String> f = PolitenessFeatures.of(NlpPipeline.shared().annotate("Could you please check the dates? Thanks!"));
 * // s:counterfactual_modal, s:please, s:gratitude, s:question, w:check, t:could_you_please, st:first:could, ...
 * }</pre>
 *
 * <p>The model is trained on requests from two communities (Wikipedia editors and Stack Exchange users) and used on
 * mail, a third, so nothing here names a topic: nouns, which name a wiki's "subpage" or a program's "array", are left
 * out or written {@code N}. Features are only kept when frequent in training (see the trainer). Use the same method
 * when training and scoring.
 */
public final class PolitenessFeatures {

  /** The strategy names, as they appear in the model file after {@code s:}. */
  public static final List<String> STRATEGIES = List.of("gratitude", "deference", "greeting", "apologizing", "please",
      "please_start", "indirect_btw", "direct_question", "direct_start", "counterfactual_modal", "indicative_modal",
      "first_person_start", "first_person_plural", "first_person", "second_person", "second_person_start", "hedges",
      "factuality", "subjunctive", "positive", "negative", "question", "imperative_start", "why_you");

  private static final Set<String> DEFERENCE = Set.of("great", "good", "nice", "interesting", "cool", "excellent",
      "awesome", "wonderful", "fantastic");
  private static final Set<String> GREETING = Set.of("hi", "hello", "hey", "greetings", "dear", "howdy", "hiya");
  private static final Set<String> APOLOGY = Set.of("sorry", "oops", "woops", "whoops", "apologize", "apologise",
      "apology", "apologies", "regret", "pardon");
  private static final Set<String> WH = Set.of("what", "why", "who", "how");
  private static final Set<String> DIRECT = Set.of("so", "then", "and", "but", "or");
  private static final Set<String> FIRST = Set.of("i", "me", "my", "mine", "myself");
  private static final Set<String> PLURAL = Set.of("we", "our", "us", "ours", "ourselves");
  private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself", "yourselves", "u", "ur");
  private static final Set<String> HEDGES = Set.of("think", "believe", "suggest", "guess", "assume", "maybe",
      "perhaps", "possibly", "probably", "presumably", "apparently", "seem", "might", "somewhat", "suppose", "likely",
      "unlikely", "unclear", "wonder", "fairly", "rather", "generally", "usually", "almost", "tend", "appear",
      "suspect", "hopefully", "sometimes", "possible", "perhap");
  private static final Set<String> FACTUALITY = Set.of("actually", "really", "indeed", "clearly", "obviously",
      "truly", "honestly");
  private static final Set<String> POSITIVE = Set.of("great", "good", "nice", "thanks", "thank", "helpful",
      "appreciate", "glad", "happy", "love", "excellent", "wonderful", "awesome", "kind", "interesting", "welcome",
      "pleasure", "fine", "well", "hope", "enjoy", "agree", "fair", "perfect", "useful", "best");
  private static final Set<String> NEGATIVE = Set.of("wrong", "bad", "stupid", "ridiculous", "problem", "mess",
      "nonsense", "terrible", "awful", "useless", "worst", "hate", "annoying", "rude", "fail", "idiot", "crap",
      "shit", "damn", "hell", "fuck", "dumb", "silly", "lie", "lazy", "pathetic", "blame", "complain", "ignore",
      "mistake", "error", "worse", "unacceptable", "nobody", "incorrect", "confuse", "offensive", "angry", "disagree");

  private static final Pattern CAPS = Pattern.compile("[A-Z]{3,}");
  private static final Pattern SMILEY = Pattern.compile(".*[:;]-?[)D].*");

  private PolitenessFeatures() {}

  /** Features of a whole request, however many sentences it has; never null. */
  public static Set<String> of(List<AnnotatedSentence> sentences) {
    Set<String> f = new LinkedHashSet<>();
    f.add("@bias");
    int questions = 0;
    for (AnnotatedSentence s : sentences) {
      List<Token> t = s.tokens();
      int start = firstWord(t);
      if (start < 0) {
        continue;
      }
      if (s.isQuestion()) {
        questions++;
      }
      String first = t.get(start).lower();
      String second = start + 1 < t.size() ? t.get(start + 1).lower() : "";
      if (DEFERENCE.contains(first)) {
        f.add("s:deference");
      }
      if (GREETING.contains(first) || first.equals("good") && (second.equals("morning") || second.equals("afternoon")
          || second.equals("evening"))) {
        f.add("s:greeting");
      }
      if (first.equals("please")) {
        f.add("s:please_start");
      }
      if (WH.contains(first)) {
        f.add("s:direct_question");
      }
      if (DIRECT.contains(first)) {
        f.add("s:direct_start");
      }
      if (FIRST.contains(first)) {
        f.add("s:first_person_start");
      }
      if (SECOND.contains(first)) {
        f.add("s:second_person_start");
      }
      int imp = AskFeatures.skipLeadIns(t, start);
      if (imp < t.size() && t.get(imp).tag().equals("VB") && !t.get(imp).key().equals("thank")) {
        f.add("s:imperative_start");
      }
      for (int i = start; i < t.size(); i++) {
        Token a = t.get(i);
        String w = a.lower();
        String k = a.key();
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        String next2 = i + 2 < t.size() ? t.get(i + 2).lower() : "";
        if (k.equals("thank") || w.equals("thanks") || w.equals("thx") || k.equals("appreciate")
            || w.equals("grateful")) {
          f.add("s:gratitude");
        }
        if (APOLOGY.contains(w) || APOLOGY.contains(k) || (k.equals("excuse") || k.equals("forgive"))
            && next.equals("me")) {
          f.add("s:apologizing");
        }
        if (w.equals("please") && i != start) {
          f.add("s:please");
        }
        if (w.equals("btw") || w.equals("by") && next.equals("the") && next2.equals("way")) {
          f.add("s:indirect_btw");
        }
        if ((w.equals("could") || w.equals("would")) && SECOND.contains(next)) {
          f.add("s:counterfactual_modal");
        }
        if ((w.equals("can") || w.equals("will")) && SECOND.contains(next)) {
          f.add("s:indicative_modal");
        }
        if (i != start && FIRST.contains(w)) {
          f.add("s:first_person");
        }
        if (PLURAL.contains(w)) {
          f.add("s:first_person_plural");
        }
        if (i != start && SECOND.contains(w)) {
          f.add("s:second_person");
        }
        if (HEDGES.contains(w) || HEDGES.contains(k) || (w.equals("kind") || w.equals("sort")) && next.equals("of")) {
          f.add("s:hedges");
        }
        if (FACTUALITY.contains(w) || w.equals("in") && next.equals("fact")
            || w.equals("the") && (next.equals("point") || next.equals("reality") || next.equals("truth"))
            && next2.equals("is")) {
          f.add("s:factuality");
        }
        if (w.equals("would") && (next.equals("it") || SECOND.contains(next) && next2.equals("mind"))
            || (w.equals("was") || w.equals("am") || w.equals("'m")) && next.equals("wondering")
            || w.equals("if") && SECOND.contains(next) && (next2.equals("could") || next2.equals("would")
            || next2.equals("might") || next2.equals("have"))) {
          f.add("s:subjunctive");
        }
        if (POSITIVE.contains(w) || POSITIVE.contains(k)) {
          f.add("s:positive");
        }
        if (NEGATIVE.contains(w) || NEGATIVE.contains(k)) {
          f.add("s:negative");
        }
        if (w.equals("why") && (SECOND.contains(next) || SECOND.contains(next2))) {
          f.add("s:why_you");
        }
        if (k.chars().allMatch(Character::isLetter) && !k.isEmpty() && keepWord(a)) {
          f.add("w:" + k);
        }
      }
    }
    if (questions > 0) {
      f.add("s:question");
    }
    if (questions > 1) {
      f.add("s:questions_2+");
    }
    addWording(sentences, f);
    return f;
  }

  /**
   * The request's topic words, {@code n:<lemma>} for every noun lemma made of letters ("homework", "subpage"): what
   * {@link #of} leaves out. The trainer gives them only as community-specific copies ({@code
   * PolitenessTraining#COMMUNITY_PREFIX}), so a community's topics help read that community's requests and never reach
   * the model that scores mail.
   */
  public static Set<String> topicWords(List<AnnotatedSentence> sentences) {
    Set<String> f = new LinkedHashSet<>();
    for (AnnotatedSentence s : sentences) {
      for (Token a : s.tokens()) {
        String k = a.key();
        if (a.tag().startsWith("NN") && !k.isEmpty() && k.chars().allMatch(Character::isLetter)) {
          f.add("n:" + k);
        }
      }
    }
    return f;
  }

  /** The n-gram, punctuation, sentence-opening and shape features described in the class comment. */
  private static void addWording(List<AnnotatedSentence> sentences, Set<String> f) {
    int tokens = 0;
    int questionMarks = 0;
    int counted = 0;
    boolean firstToken = true;
    for (AnnotatedSentence s : sentences) {
      List<Token> t = s.tokens();
      if (t.isEmpty()) {
        continue;
      }
      String pos = counted == 0 ? "first" : "later";
      counted++;
      tokens += t.size();
      String prev2 = null;
      String prev = "<s>";
      List<String> words = new ArrayList<>(2);
      for (Token a : t) {
        String w = masked(a);
        f.add("b:" + prev + "_" + w);
        if (prev2 != null) {
          f.add("t:" + prev2 + "_" + prev + "_" + w);
        }
        prev2 = prev;
        prev = w;
        String word = a.word();
        if (a.isPunctuation()) {
          f.add("p:" + word);
        } else if (words.size() < 2) {
          words.add(w);
        }
        questionMarks += (int) word.chars().filter(c -> c == '?').count();
        if (word.indexOf('!') >= 0) {
          f.add("x:excl");
        }
        if (CAPS.matcher(word).matches()) {
          f.add("x:caps");
        }
        if (SMILEY.matcher(word).matches()) {
          f.add("x:smiley");
        }
        if (firstToken) {
          firstToken = false;
          if (Character.isLowerCase(word.charAt(0))) {
            f.add("x:lowerstart");
          }
        }
      }
      f.add("b:" + prev + "_</s>");
      if (prev2 != null) {
        f.add("t:" + prev2 + "_" + prev + "_</s>");
      }
      if (!words.isEmpty()) {
        f.add("st:" + pos + ":" + words.get(0));
        f.add("st:any:" + words.get(0));
        if (words.size() > 1) {
          f.add("st2:" + pos + ":" + words.get(0) + "_" + words.get(1));
        }
        Token last = t.get(t.size() - 1);
        f.add("end:" + pos + ":" + (last.isPunctuation() ? last.word() : "w"));
      }
    }
    if (counted == 0) {
      return;
    }
    f.add("len:" + Math.min(6, 31 - Integer.numberOfLeadingZeros(Math.max(tokens, 1))));
    f.add("q:" + Math.min(questionMarks, 3));
    f.add("ns:" + Math.min(counted, 4));
  }

  /** A token as the n-grams see it: nouns, numbers, foreign words and symbols as {@code N}, the rest in lower case. */
  private static String masked(Token a) {
    String tag = a.tag();
    return tag.startsWith("NN") || tag.equals("CD") || tag.equals("FW") || tag.equals("SYM") ? "N"
        : a.word().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a word's lemma becomes a unigram feature: every word but nouns, numbers, foreign words and symbols.
   * Nouns name the topic (a wiki's "subpage", "svg", "talkpage"), not the tone, and would not carry to requests from
   * another community; without them the 10-fold figures on the Wikipedia corpus also rise (Spearman 0.575 to 0.585,
   * quartile accuracy 0.806 to 0.814).
   */
  static boolean keepWord(Token a) {
    String tag = a.tag();
    return !tag.startsWith("NN") && !tag.equals("CD") && !tag.equals("FW") && !tag.equals("SYM");
  }

  private static int firstWord(List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).isPunctuation()) {
        return i;
      }
    }
    return -1;
  }
}
