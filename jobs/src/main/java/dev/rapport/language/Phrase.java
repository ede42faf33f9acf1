package dev.rapport.language;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
  WHO_I_AM("\\b(I am|I'm|I’m|my name is|I have been|I work|I study|I recently|I graduated)\\b"),

  // Topics: what an exchange is about, for deciding whether it is networking at all (patterns' NetworkingScope).

  /**
   * Career talk about the writer or the reader: a job search, a career move, an introduction or referral, advice on
   * a career, mentoring ("my résumé", "your new role", "introduce you to", "informational interview", "I've been
   * offered", "my last day"). Hiring for one's own team in general words ("we are hiring", "his resume") is not.
   */
  CAREER_TALK("\\b(my|your) (career|r[eé]sum[eé]|cv|job search|job hunt|next (role|job|step|move)"
      + "|new (job|role|position|company|venture|gig|team)|job offer|offer letter|interviews?|job applications?|promotion"
      + "|reference letter|references|portfolio|linkedin profile)\\b"
      + "|\\b(internships?|informational interviews?|career (advice|change|move|path|fair|goals?|plans?|opportunit\\w*"
      + "|services|center|centre|coach\\w*|switch)|job (search|hunt|hunting|openings?|postings?|offers?)|cover letters?"
      + "|letters? of recommendation|recommendation letters?|headhunters?|recruiters?|grad(uate)? school"
      + "|new grad|entry[- ]level)\\b"
      + "|\\b(looking for|seeking|searching for|exploring|applying (for|to)|applied (for|to)) (a |an |my |the )?(new |next "
      + "|other |full-time |summer )?(job|role|position|opportunit\\w+|employment|internship|opening)s?\\b"
      + "|\\b(refer me|recommend me|introduce (you|me) to|put (you|me) in touch|connect (you|me) (with|to)"
      + "|(like|want|love) (you|for you) to meet|make an introduction|(an|the|your|a quick) intro(duction)?\\b"
      + "|pick your brain|career advice|advice (on|about) (my|breaking|getting into)|mentor(s|ing|ship)?)\\b"
      + "|\\b(i|i've|i have|i am|i'm) (just |recently )?(been )?(accepted|offered (a|the)|hired|promoted)\\b"
      // "I'm leaving the firm", not "I will be leaving today at 4.45"
      + "|\\bi('m| am| will be| have| had)( just)? (leaving (the |my |this )?(company|firm|job|role|team|bank|school"
      + "|university|organi[sz]ation)|resigned|joining|starting at)\\b|\\bmy last day\\b"),
  /**
   * Keeping a tie warm: catching up, asking how someone has been, proposing to get together, staying in touch
   * ("long time no see", "let's grab coffee sometime", "how's the new job going?").
   */
  CATCHING_UP("\\b(catch up|caught up|catching up|how have you been|how are things|how('s| is) (life|the family"
      + "|the new (job|role|position|team|place)|everything)|long time no (see|talk|speak)|(it'?s|it has) been (a while"
      + "|too long|ages|a long time|forever)|keep in touch|stay in touch|kept in touch|(good|great|nice|lovely) to hear"
      + " from you|(great|nice|good|wonderful|lovely) (seeing|to see|catching up with|running into) you|miss (you"
      + "|working with you|seeing you)|let'?s (get together|grab|have|do) (lunch|coffee|a drink|drinks|dinner|a beer"
      + "|beers)|(grab|get|have) (a )?(coffee|lunch|drinks?|a beer|beers) (sometime|soon|next|when)|thinking of you"
      + "|thought of you)\\b"),
  /**
   * A work instruction: "please" with a verb of office work ("Please process for payment", "pls print", "please see
   * attached"), setting up a meeting, or an "fyi" forward.
   */
  TASK_REQUEST("\\bfyi\\b|\\b(set up|setup|schedule|arrange) a (mtg|meeting|call)\\b|\\blet'?s have a (mtg|meeting)\\b"
      + "|\\b(please|pls|plz) call me\\b"
      + "|\\b(please|pls|plz) (process|approve|sign|forward|fax|print|schedule|book|submit|review the|update|handle|file"
      + "|pay|distribute|circulate|circ|route|initial|confirm|advise|see attached|find attached|send (me )?(the|a|your|"
      + "over|back)|call|note|be advised|make sure|let me know (if|when|what|whether) (the|this|it|we|you need))\\b"),
  /**
   * The vocabulary of day-to-day work and coursework, counted once it names two different things ("the contract
   * and the invoice", "the draft for the meeting"); one word ("how did the project go?") is not enough.
   */
  WORK_VOCABULARY(2, "\\b(for payment|invoices?|expense reports?|purchase orders?|budgets?|contracts?|deals?"
      + "|trades?|trading|pric(e|es|ing)|volumes?|mmbtu|mwh?|megawatts?|nominations?|pipelines?|curves?|p&l"
      + "|spreadsheets?|reports?|conference calls?|agendas?|presentations?|deadlines?|drafts?|memos?|counterpart(y|ies)"
      + "|credit|legal|regulatory|tariffs?|filings?|audits?|accounting|vendors?|customers?|clients?|proposals?"
      + "|meetings?|calendar|timesheets?|approvals?|sign[- ]off|the numbers|deliverables?|homework|problem sets?"
      + "|assignments?|lab reports?|group project|midterms?|final exams?|lecture notes|syllabus|capacity|settlements?"
      + "|gas|power|schedules?|shipments?|orders?|tickets?|release|deploy\\w*|sprint|specs?|quotes?|basis|strikes?"
      + "|options|hedg\\w*|benefits|payroll)\\b"),
  /**
   * The writer was pointed to the reader by someone they both know ("Maria suggested I reach out", "thanks for the
   * intro, Sam", "our mutual friend"): an introduction, which makes a first message personal.
   */
  REFERRAL("\\b(suggested|recommended|told me to|advised me to|encouraged me to|asked me to) (that )?(i |we )?(reach"
      + "|contact|get in touch|write|e-?mail|connect|speak|talk)|\\b(mentioned|said) (that )?(you|i) (might|should|could"
      + "|would|were)\\b|\\bintroduc(ed|ing) (us|you|me)\\b|\\b(thanks|thank you) (for|for the) (intro|introduction"
      + "|connecting us|introducing us)\\b|\\bour mutual\\b|\\bmutual (friend|connection|contact|colleague)\\b"
      + "|\\bgave me your (name|e-?mail|contact|address|number|details)\\b|\\bpassed (along|on) your\\b"
      + "|\\bat the suggestion of\\b|\\b(cc'?ing|copying|looping in) \\w+ (who|since|as)\\b"),
  /**
   * The writer passes on someone else's request or opportunity ("Jeff is interested in talking to you … he wants you
   * to send your resume"): an ask made for another, which gives the reader something rather than asking for oneself.
   */
  RELAYED("\\b(he|she|they|\\w+) (wants|would like|asked me to ask|is interested in talking to|would love to hear from)"
      + " you\\b|\\basked me to (ask|tell|pass|forward|put you in touch)\\b|\\basked if i knew you\\b"),
  /**
   * The conversation goes on where the archive cannot follow it: a call ("call me", "I'll call you", a phone number),
   * another address ("I'll write you again from home"), or a meeting in person ("let's catch up when you're in
   * Houston").
   */
  ELSEWHERE("\\b(i'?ll|i will|let me|i can|i'?d) (call|phone|ring|text) you\\b|\\b(call|phone|ring|text) me\\b"
      + "|\\bgive me a (call|ring)\\b|\\b(write|e-?mail) you (again )?from (home|my home|my personal|my other)\\b"
      + "|\\bmy (home|personal|private|other) (e-?mail|address|account) is\\b|\\bmy (cell|mobile|phone|home) (number|#)"
      + "|\\b(catch up|talk|meet|get together) (when|while|next time) you('?re| are) in\\b"
      + "|\\bsee you (at|on|tomorrow|tonight|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
      + "|\\b\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}\\b"),
  /** Family and household life ("Love, Dad", "pick up the kids", "groceries"). */
  FAMILY("\\b(mom|mommy|dad|daddy|honey|sweetie|sweetheart|love you|love ya|hugs|xoxo|grandma|grandpa|babysit\\w*"
      + "|groceries|the kids|carpool|your (mother|father|mum))\\b|\\blove,(?=\\s)");

  private static final Pattern RESUME_FILE = Pattern.compile("(resume|résumé|\\bcv\\b|curriculum)",
      Pattern.CASE_INSENSITIVE);

  private final Pattern rule;
  /** Different matches needed before the phrase counts; 1 for all but a vocabulary. */
  private final int distinct;

  Phrase(String regex) {
    this(1, regex);
  }

  Phrase(int distinct, String regex) {
    this.rule = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    this.distinct = distinct;
  }

  /** True when the phrase occurs in {@code text}; false for null. */
  public boolean in(String text) {
    if (text == null) {
      return false;
    }
    Matcher m = rule.matcher(text);
    if (distinct <= 1) {
      return m.find();
    }
    Set<String> seen = new HashSet<>();
    while (m.find()) {
      if (seen.add(m.group().toLowerCase(Locale.ROOT)) && seen.size() >= distinct) {
        return true;
      }
    }
    return false;
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
