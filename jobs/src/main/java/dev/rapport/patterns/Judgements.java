package dev.rapport.patterns;

import dev.rapport.language.Phrase;
import dev.rapport.language.Signals;
import dev.rapport.patterns.PersonData.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one person's messages do, judged the same way for every detector, the strengths and the metrics: asks,
 * thanks, gives, offers, help received, what needs an answer, the turns of a conversation, and how a score is
 * reported.
 *
 * <pre>{@code
 * Judgements j = new Judgements(person);
 * for (Judgements.HelpMoment h : j.helpMoments()) { ... h.followedUpWithin(t.thanksDays()) ... }
 * }</pre>
 *
 * <p>Judgements read the language stage's {@link Signals} (phrases included), never the text itself. They hold
 * nothing but the index, so making one per reader costs nothing.
 */
final class Judgements {
  private final PersonIndex p;
  private final Thresholds t;

  Judgements(PersonIndex person) {
    if (person == null) {
      throw new IllegalArgumentException("a person index is required, got null");
    }
    this.p = person;
    this.t = person.t;
  }

  /** The message's language signals; {@link Signals#none()} when the language stage gave none. */
  static Signals sig(Msg m) {
    return m.signals() == null ? Signals.none() : m.signals();
  }

  boolean asks(Msg m) {
    return sig(m).ask() >= t.askProbability();
  }

  /**
   * An ask for the owner's own sake: it asks, and neither gives nor asks about the reader. "How have you been? Let
   * me know if you are in town" is a check-in even if the ask model fires on its second sentence.
   */
  boolean asksForSelf(Msg m) {
    return asks(m) && !gives(m) && sig(m).questionsAboutReader() == 0;
  }

  boolean thanks(Msg m) {
    return sig(m).gratitude() >= t.gratitudeProbability();
  }

  /** A contact's message offers help: the language stage's offer label, or offer words it did not label. */
  boolean offers(Msg m) {
    return !m.sent() && (sig(m).offerOfHelp() || sig(m).says(Phrase.OFFER));
  }

  /** Gives something to the reader: an offer, something useful, congratulations, someone else's opportunity. */
  static boolean gives(Msg m) {
    Signals s = sig(m);
    if (s.says(Phrase.RELAYED)) {
      return true;
    }
    return s.offerOfHelp() || s.sharing() || s.congratulations();
  }

  /**
   * A contact's message puts the owner under an obligation to answer or thank: it is addressed to the owner (not a
   * copy they got in Bcc or through a list), and it comes from someone the owner had reached out to before (a
   * message, an invitation they sent) or it answers the owner. A stranger's unsolicited pitch, a recruiter's mass
   * message or an invitation the owner merely accepted asks nothing of them (patterns.md, no_follow_up). A message
   * that says who introduced the contact is personal even as a first message.
   */
  boolean obliges(String contact, Msg m) {
    if (m.sent() || !m.toOwner()) {
      return false;
    }
    Msg prev = p.previousInThread(m);
    if (prev != null && prev.sent()) {
      return true;
    }
    // someone both know pointed the contact to the owner: an introduction is personal, not a cold pitch
    if (sig(m).says(Phrase.REFERRAL)) {
      return true;
    }
    Instant reached = p.firstReachedOut(contact);
    return reached != null && reached.isBefore(m.date());
  }

  /**
   * Around {@code m} (a month before it to {@code days} after), the owner told {@code contact} the conversation goes
   * on by phone, in person or from another address: what the owner did next is not in the archive.
   */
  boolean continuesElsewhere(String contact, Msg m, int days) {
    Instant from = m.date().minus(Duration.ofDays(30));
    Instant to = m.date().plus(Duration.ofDays(days));
    for (Msg x : p.allWith(contact)) {
      if (x.sent() && !x.date().isBefore(from) && !x.date().isAfter(to) && sig(x).says(Phrase.ELSEWHERE)) {
        return true;
      }
    }
    return false;
  }

  /** The writer says no to what was asked ("I'd rather not", "I don't have contacts there"). */
  static boolean declines(Msg m) {
    return sig(m).says(Phrase.DECLINE);
  }

  /**
   * A contact's message that needs an answer: a question, an offer, or a request that is not merely the closing
   * line of their answer to the owner ("Let me know how the search goes!").
   */
  boolean needsAnswer(Msg m) {
    if (m.sent()) {
      return false;
    }
    Signals s = sig(m);
    if (s.questions() > 0 || offers(m)) {
      return true;
    }
    Msg prev = p.previousInThread(m);
    return s.ask() >= t.askProbability() && (prev == null || !prev.sent());
  }

  /**
   * A contact's message that helps the owner: an offer (to meet, to introduce), something shared (a link, an
   * introduction), or an answer to one of the owner's asks that does not just ask back.
   */
  boolean helps(Msg m) {
    if (m.sent()) {
      return false;
    }
    Signals s = sig(m);
    // "Sorry, who is this?" answers an ask with a question of its own: the contact needs something, gives nothing.
    // "Not really, sorry" and "I can't share that" answer an ask by declining it: nothing was given either.
    return offers(m) || s.sharing() || (answersOwnerAsk(m) && s.questions() == 0 && !declines(m));
  }

  /**
   * The received message answers an ask the owner made for their own sake in a thread the owner started. Answers to
   * "how was the hackathon?" or to "want to meet at 2?" in the contact's own thread are conversation, not help.
   */
  boolean answersOwnerAsk(Msg m) {
    Msg prev = p.previousInThread(m);
    if (prev == null || !prev.sent() || !asksForSelf(prev) || prev.date().isAfter(m.date())) {
      return false;
    }
    Msg opener = p.opener(prev);
    return (opener == null ? prev : opener).sent();
  }

  /**
   * One turn of a conversation: the contact's message(s) that one message of the owner's answered
   * ({@code reply}, null while unanswered). {@code needing} is the first of them that needed an answer, null when
   * none did; {@code offered} is true when one of them offered help.
   */
  record Turn(String contact, Msg first, Msg needing, boolean offered, Msg reply) {}

  /**
   * The contact's messages grouped by the owner's message that answered them: the owner's message that replies to
   * it by id (dates across mail clients and zones can put a reply minutes before what it answers), else the owner's
   * next message in the same thread, else the owner's next message to the contact anywhere.
   */
  List<Turn> turns() {
    List<Turn> out = new ArrayList<>();
    Map<String, Msg> replyById = new HashMap<>();
    for (Msg m : p.msgs) {
      if (m.sent() && m.replyTo() != null) {
        replyById.putIfAbsent(m.replyTo(), m);
      }
    }
    for (var e : p.byContact().entrySet()) {
      Map<Msg, List<Msg>> byReply = new LinkedHashMap<>();
      List<Msg> unanswered = new ArrayList<>();
      for (Msg m : e.getValue()) {
        if (m.sent()) {
          continue;
        }
        Msg reply = replyById.get(m.messageId());
        if (reply == null || !reply.counterparts().contains(e.getKey())) {
          reply = p.nextSentInThread(e.getKey(), m);
        }
        if (reply == null) {
          reply = p.nextSent(e.getKey(), m.date());
        }
        (reply == null ? unanswered : byReply.computeIfAbsent(reply, k -> new ArrayList<>())).add(m);
      }
      for (var r : byReply.entrySet()) {
        out.add(turn(e.getKey(), r.getValue(), r.getKey()));
      }
      if (!unanswered.isEmpty()) {
        out.add(turn(e.getKey(), unanswered, null));
      }
    }
    return out;
  }

  private Turn turn(String contact, List<Msg> received, Msg reply) {
    Msg needing = null;
    boolean offered = false;
    for (Msg m : received) {
      // once the owner answered, the message engaged them whoever sent it; unanswered, only an obligation counts
      if (needsAnswer(m) && (reply != null ? m.toOwner() : obliges(contact, m))) {
        needing = needing == null ? m : needing;
        offered |= offers(m);
      }
    }
    return new Turn(contact, received.get(0), needing, offered, reply);
  }

  /**
   * Help the owner received and what the owner did next: the first helping message of each run of the contact's
   * messages, once {@code thanks_days} have passed, with the owner's next message to that contact (or null).
   */
  record HelpMoment(String contact, Msg help, Msg next) {
    boolean followedUpWithin(int days) {
      return next != null && PersonIndex.within(help.date(), next.date(), days);
    }
  }

  List<HelpMoment> helpMoments() {
    List<HelpMoment> out = new ArrayList<>();
    for (var e : p.byContact().entrySet()) {
      Msg previous = null;
      for (Msg m : e.getValue()) {
        if (!m.sent() && helps(m) && (previous == null || previous.sent() || !helps(previous))
            && p.daysPassed(m.date(), t.thanksDays()) && obliges(e.getKey(), m)
            && p.shows(PersonIndex.sourceOf(m), m.date(), m.date().plus(Duration.ofDays(t.thanksDays())))
            && !continuesElsewhere(e.getKey(), m, t.thanksDays())) {
          out.add(new HelpMoment(e.getKey(), m, p.nextSent(e.getKey(), m.date())));
        }
        previous = m;
      }
    }
    return out;
  }

  /**
   * The owner's thread-opening asks to {@code contact}-s that got no answer within {@code polite_follow_up_days},
   * follow-ups excluded, with whether the owner followed up politely in that time.
   */
  record UnansweredAsk(String contact, Msg ask, boolean chased) {}

  /** @param knownContactsOnly leave out asks that were the first message to the contact */
  List<UnansweredAsk> unansweredAsks(boolean knownContactsOnly) {
    List<UnansweredAsk> out = new ArrayList<>();
    int days = t.politeFollowUpDays();
    for (var e : p.byContact().entrySet()) {
      String c = e.getKey();
      Msg previous = null;
      for (Msg m : e.getValue()) {
        if (m.sent() && p.ownerStarted(m) && asksForSelf(m) && p.daysPassed(m.date(), days)
            && (previous != null || !knownContactsOnly) && !chasesOwnAsk(previous, m)
            && p.shows(PersonIndex.sourceOf(m), m.date(), m.date().plus(Duration.ofDays(days)))
            && !continuesElsewhere(c, m, days)) {
          Msg answer = p.nextReceived(c, m.date());
          if (answer == null || !PersonIndex.within(m.date(), answer.date(), days)) {
            Msg chase = p.nextSent(c, m.date());
            out.add(new UnansweredAsk(c, m, chase != null && PersonIndex.within(m.date(), chase.date(), days)));
          }
        }
        previous = m;
      }
    }
    return out;
  }

  /** An ask that chases an earlier ask of the owner's that the contact has not answered yet. */
  private boolean chasesOwnAsk(Msg previous, Msg ask) {
    return previous != null && previous.sent() && asksForSelf(previous)
        && PersonIndex.within(previous.date(), ask.date(), 2 * t.politeFollowUpDays());
  }

  // ---- how a score is reported ----

  static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  /** Clamped to 0..1 and rounded to three decimals, as scores and rates are reported. */
  static double round(double v) {
    return Math.round(clamp(v) * 1000) / 1000.0;
  }

  /**
   * The score as reported: below {@code min_repeats} problem cases it is capped under the reporting line (one case
   * reaches at most half of it with the default of two), so that a score at or above the line always comes with a
   * finding and cohort.csv never shows a high score for a single slip.
   */
  double habit(PatternId pattern, double score, int problemCases) {
    return habit(pattern, score, problemCases, 0);
  }

  /**
   * The score as reported when some cases are serious (patterns.md: "one serious case is enough"): a serious case is
   * reported on its own, so it lifts the score to the reporting line at least; mild cases still need
   * {@code min_repeats}.
   */
  double habit(PatternId pattern, double score, int problemCases, int seriousCases) {
    if (seriousCases > 0) {
      return round(Math.max(score, t.reportAt(pattern)));
    }
    if (problemCases >= t.minRepeats()) {
      return round(score);
    }
    return round(Math.min(score, t.reportAt(pattern) * problemCases / t.minRepeats()));
  }

  /** A habit: at least {@code minRepeats} cases and a score at or above the pattern's reporting threshold. */
  boolean reportable(PatternId pattern, double score, int problemCases) {
    return reportable(pattern, score, problemCases, 0);
  }

  /** A habit, or at least one serious case. */
  boolean reportable(PatternId pattern, double score, int problemCases, int seriousCases) {
    return seriousCases > 0 || (problemCases >= t.minRepeats() && score >= t.reportAt(pattern));
  }
}
