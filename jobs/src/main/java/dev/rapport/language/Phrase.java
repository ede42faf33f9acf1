package dev.rapport.language;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Literal phrases that say what a message does where the learned signals do not reach: a no, a yes, an invitation
 * to meet, a pitch. Kept small and literal so that a reader can check them; they are read, never quoted.
 *
 * <pre>{@code
 * Signals s = LanguageAnalyzer.shared().analyze(text);
 * s.says(Phrase.DECLINE)                                   // "Not really, sorry" somewhere in the text
 * Phrase.STOCK_INVITATION_NOTE.in(invitation.message())    // text no language stage has read
 * }</pre>
 *
 * <p>{@link LanguageAnalyzer} records every phrase found in a text in {@link Signals#phrases()} and, by its
 * {@link #label()}, in the labels of each sentence it is found in. Use {@link #in(String)} only for text that does
 * not go through the language stage (LinkedIn invitation notes the owner did not write, attachment names).
 */
public enum Phrase {
  /** The writer says no to what was asked ("I'd rather not", "I don't have contacts there"). */
  DECLINE("\\b(not really|sorry,? (?:i|but|no)|i can'?t|i cannot|i'?d rather not"
      + "|i don'?t (?:really )?(?:know|have) (?:anyone|anybody|any|close|contacts)|unfortunately|i'?m afraid"
      + "|don'?t count on|no luck|not (?:allowed|able) to)\\b"),
  /**
   * An offer in words the learned offer signal may miss ("I could put in a word with our recruiting team", "If you
   * want, I can set up a call with Nadia", "happy to look over your résumé").
   */
  OFFER("\\b(I|we) (can|could)(?!'t| not)\\s+(\\w+\\s+){0,2}(introduce|connect|set up|put in|review|look over|send"
      + "|share|help|refer|pass|forward|arrange|intro)\\b"
      + "|\\b(happy|glad) to (help|introduce|review|connect|look over|chat|share|put|pass)\\b"
      + "|\\bif you('d| would)? (want|like)\\b[^.?!]{0,40}\\bI\\b"),
  /** Taking up an offer: a yes, or a time ("Thursday at 3 works"). */
  ACCEPT("\\b(yes|yeah|yep|sure|sounds (good|great)|works|would love|love to|that would be|perfect|absolutely"
      + "|definitely|please do|i'?d like that|(mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week"
      + "|\\d{1,2}(:\\d\\d)? ?(am|pm))\\b"),
  /** Asking for more than was given ("any other contacts?", "someone more senior"). */
  WANTS_MORE("\\b((any|some) other (contacts?|names?|people|leads?)|anyone else|someone else|more senior"
      + "|someone more)"),
  /** Saying the help fell short ("he is no longer at the agency", "seems pretty junior for me"). */
  BELITTLES("\\b(no longer (at|with|works?)|not (really |very )?(helpful|useful|what I (asked|needed|was looking for))"
      + "|(did ?n[o']t|does ?n[o']t|wo ?n[o']t|not) (really )?(going to |gonna )?help"
      + "|already (knew|tried|saw|seen|applied)"
      + "|i saw (that|this) one already"
      // the help judged wanting: "seems low", "pretty junior for me", "too small though"
      + "|(seems?|looks?|sounds?|is|are|'s|'re) (pretty |rather |way |a bit |kind of |really |quite |too )"
      + "(low|small|junior|basic|generic|entry-level|outdated|irrelevant)\\b"
      + "|(seem|seems|look|looks|sound|sounds) (low|small|junior|basic|off|wrong)\\b)"),
  /**
   * Words of an invitation to meet or talk. They invite only in a message that asks a question: "Want to grab
   * coffee Tuesday?" invites, "Let's catch up properly soon." closes a conversation.
   */
  INVITATION_TO_MEET("\\b(coffee|lunch|dinner|meet|meeting|call|chat|talk|catch up|grab|zoom|drop by|stop by)\\b"),
  /** The request a LinkedIn invitation already is: to connect ("I'd like to join your LinkedIn network"). */
  ASKS_TO_CONNECT("\\b(?:add you|join|connect|be connected|stay connected|link up"
      + "|accept my (?:invitation|invite|request))\\b|\\b(?:your|my) (?:professional |linkedin )?network\\b"),
  /** LinkedIn's stock invitation note and its variants ("I'd like to add you to my professional network"). */
  STOCK_INVITATION_NOTE("(i'?d like to (add you to|join|connect)|i would like to (add you to|connect)|let'?s connect"
      + "|join my (professional )?network|add you to my (professional )?network)"),
  /** A pitch: credentials, achievements, a résumé or a booking link. */
  PITCH("(calendly\\.com|book (a|some) (time|call|meeting|slot)|grab (a )?time on my calendar|my (resume|résumé|cv"
      + "|portfolio|achievements|accomplishments|track record)|years of experience|award[- ]winning|i (have|'ve)"
      + " (won|led|built|launched|founded|published|been recognized)|dean'?s list|\\bgpa\\b|top \\d+ ?%)"),
  /** The writer says who they are ("I am a data scientist with three years…", "I work at…"). */
  WHO_I_AM("\\b(I am|I'm|I’m|my name is|I have been|I work|I study|I recently|I graduated)\\b");

  private static final Pattern RESUME_FILE = Pattern.compile("(resume|résumé|\\bcv\\b|curriculum)",
      Pattern.CASE_INSENSITIVE);

  private final Pattern rule;

  Phrase(String regex) {
    this.rule = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /** True when the phrase occurs in {@code text}; false for null. */
  public boolean in(String text) {
    return text != null && rule.matcher(text).find();
  }

  /** The sentence label: the lower-case name, {@code asks_to_connect} for {@link #ASKS_TO_CONNECT}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every phrase that occurs in {@code text}; empty for null. */
  public static Set<Phrase> foundIn(String text) {
    Set<Phrase> out = EnumSet.noneOf(Phrase.class);
    for (Phrase p : values()) {
      if (p.in(text)) {
        out.add(p);
      }
    }
    return out;
  }

  /** An attachment name that says it is a résumé or CV ({@code Resume_2025.pdf}, {@code my-cv.docx}). */
  public static boolean namesResume(String fileName) {
    return fileName != null && RESUME_FILE.matcher(fileName).find();
  }
}
