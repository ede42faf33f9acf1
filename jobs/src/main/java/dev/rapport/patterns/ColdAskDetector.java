package dev.rapport.patterns;

import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.language.Phrase;
import dev.rapport.language.Signals;
import dev.rapport.language.Signals.SentenceSignal;
import dev.rapport.patterns.PersonData.Msg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code cold_ask}: opens with a request to someone never written to, with no context.
 *
 * <p>A case is the owner's first message to a contact, with no earlier exchange in any source (no message either
 * way, no invitation note from the owner, no earlier first exchange known to the identity stage), when it asks
 * for the owner's own sake ("Are you still mentoring?" and congratulations are not cold asks). It is cold when no
 * self-introduction and no reason for writing (a referral, shared school, employer, event or interest) come before the ask, or when the ask is the
 * first sentence: weight 1 with no greeting either, 0.8 with a greeting only or with the ask first. A greeting alone
 * is not context. With sentence spans the order is read from them; without, from the message-level flags. Score:
 * weighted share of cold first asks; reported with at least {@code min_repeats} cold asks and a score at or above
 * {@code report_cold_ask}.
 *
 * <p>An invitation note ({@link PersonData#invitationNotes()}) sent before any message to that contact is the first
 * contact: when it asks for more than the connection itself, it is judged like a first message; otherwise it is
 * context for what follows.
 */
public final class ColdAskDetector implements Detector {
  @Override
  public PatternId pattern() {
    return PatternId.COLD_ASK;
  }

  @Override
  public Assessment assess(PersonIndex p) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    Map<String, java.time.Instant> invitedWithNote = new HashMap<>();
    if (p.data.invitations() != null) {
      for (Invitation inv : p.data.invitations()) {
        if (inv.outgoing() && inv.message() != null && !inv.message().isBlank() && inv.sentAt() != null) {
          p.contactOf(inv.inviteeProfileUrl(), null, inv.to())
              .ifPresent(key -> invitedWithNote.merge(key, inv.sentAt(), (a, b) -> a.isBefore(b) ? a : b));
        }
      }
    }
    Map<String, Msg> firstNote = new TreeMap<>();
    if (p.data.invitationNotes() != null) {
      for (Msg note : p.data.invitationNotes()) {
        for (String c : note.counterparts()) {
          firstNote.merge(c, note, (a, b) -> a.date().isAfter(b.date()) ? b : a);
        }
      }
    }
    Set<String> contacts = new TreeSet<>(p.byContact().keySet());
    contacts.addAll(firstNote.keySet());
    int cases = 0;
    int cold = 0;
    int demands = 0;
    double weight = 0;
    List<Evidence> evidence = new ArrayList<>();
    for (String c : contacts) {
      List<Msg> thread = p.with(c);
      Msg firstMessage = thread.isEmpty() ? null : thread.get(0);
      Msg note = firstNote.get(c);
      Msg first;
      if (note != null && note.date() != null
          && (firstMessage == null || firstMessage.date() == null || !firstMessage.date().isBefore(note.date()))) {
        // the invitation note was the first contact: it is the opening message to judge
        first = note;
        if (!j.asksForSelf(first) || asksOnlyToConnect(t, first)) {
          continue;
        }
      } else {
        first = firstMessage;
        // a reply ("Re:", quoted text) answers something even when the archive lacks it: never a first message
        if (first == null || !first.sent() || first.reply() || !p.ownerStarted(first) || !j.asksForSelf(first)) {
          continue;
        }
        var noted = invitedWithNote.get(c);
        if (noted != null && noted.isBefore(first.date())) {
          continue;
        }
      }
      // Any earlier exchange, networking or not, in any source, makes them someone the owner knows. A LinkedIn
      // connection or an invitation without a note is not an exchange: nobody has said anything yet.
      var exchanged = p.firstWords(c);
      if (exchanged != null && exchanged.isBefore(first.date())) {
        continue;
      }
      cases++;
      Coldness cs = coldness(t, first);
      if (cs.weight() == 0) {
        continue;
      }
      cold++;
      weight += cs.weight();
      demands += cs.demand() ? 1 : 0;
      String what = "linkedin-invitation".equals(first.source()) ? "invitation note to this contact"
          : "first message to this contact";
      String why = cs.demand() ? what + " opens with the ask, with no greeting, introduction or reason for writing"
          : cs.weight() >= 1 ? what + " asks with no greeting, introduction or reason for writing"
          : cs.askFirst() ? what + " opens with the ask"
          : what + " asks before saying who you are or why you write";
      if (cs.blunt()) {
        why += "; its wording reads as blunt (politeness in the lowest quarter of requests)";
      }
      evidence.add(EvidenceText.quoting(c, first, "ask", why));
    }
    double score = cases == 0 ? 0 : Judgements.round(weight / cases);
    score = j.habit(pattern(), score, cold, demands);
    if (!j.reportable(pattern(), score, cold, demands)) {
      return Assessment.of(pattern(), score, null);
    }
    String summary = cold == 1
        ? "Once, your first message to someone new opened with a request, with no word on who you are or why you"
            + " were writing to them."
        : cold + " of your " + cases + " first messages to new people asked for something without saying who you"
            + " are or why you were writing to them.";
    String advice = "Before the ask of " + EvidenceText.day(evidence.get(0).date())
        + ", three sentences would have changed how it read: who you are (" + p.selfIntroductionExample() + "),"
        + " why this person (\"a colleague of yours suggested I write to you\" or \"I enjoyed your talk on ...\"),"
        + " then a small, specific ask with an easy way out (\"Would you have 15 minutes in the next few weeks? If"
        + " not, no worries at all\").";
    return Assessment.of(pattern(), score,
        new Finding(pattern(), score, summary, advice, EvidenceText.top(evidence, 8)));
  }

  /**
   * An invitation note whose every asking sentence asks only to connect ("Hi, I'd like to join your LinkedIn
   * network."): the stock note is generic outreach's business, not a cold ask for a favour.
   */
  static boolean asksOnlyToConnect(Thresholds t, Msg note) {
    String text = note.ownText();
    if (text == null) {
      return false;
    }
    boolean anyAsk = false;
    // The request an invitation already is: to connect. Asking it again in the note asks for nothing more.
    String connect = Phrase.ASKS_TO_CONNECT.label();
    Signals s = Judgements.sig(note);
    for (SentenceSignal ss : s.sentences()) {
      if (ss.labels().contains("ask") || ss.labels().contains("request") || ss.ask() >= t.askProbability()) {
        if (ss.start() < 0 || ss.end() > text.length() || ss.start() >= ss.end()) {
          return false;
        }
        anyAsk = true;
        if (!ss.labels().contains(connect)) {
          return false;
        }
      }
    }
    return anyAsk || s.says(Phrase.ASKS_TO_CONNECT);
  }

  /**
   * "Thanks for the information on the GB 58.": thanking the reader for what they sent or did answers them, so the
   * message is no first word to a stranger even when what it answers is not in the archive.
   */
  private static boolean thanksForWhatTheyDid(String text, SentenceSignal ss) {
    return text != null && ss.start() >= 0 && ss.end() <= text.length() && ss.start() < ss.end()
        && THANKS_FOR.matcher(text.substring(ss.start(), ss.end())).find();
  }

  private static final java.util.regex.Pattern THANKS_FOR = java.util.regex.Pattern.compile(
      "\\b(thanks|thank you)( so much| very much| again)? for (the|your|sending|getting back|following up|meeting)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /** A sentence about the writer ("I am a data scientist with three years..."), which introduces them. */
  private static boolean saysWhoTheyAre(String text, SentenceSignal ss) {
    return text != null && ss.start() >= 0 && ss.end() <= text.length() && ss.start() < ss.end()
        && ss.labels().contains(Phrase.WHO_I_AM.label());
  }

  /**
   * How cold a first ask reads. {@code weight}: 0 when the ask comes with context (who the writer is, why this
   * person); 1 with no greeting either; 0.8 with only a greeting or with the ask first; a blunt wording adds 0.2
   * (capped at 1). {@code demand}: the ask is the very first sentence, with no greeting and no context, the serious
   * case patterns.md reports on its own. {@code blunt}: the politeness model puts the message in the lowest quarter
   * of requests (Danescu-Niculescu-Mizil et al. 2013: direct starts, a sentence-initial "please" and bare direct
   * questions read as impolite).
   */
  record Coldness(double weight, boolean demand, boolean askFirst, boolean blunt) {}

  static Coldness coldness(Thresholds t, Msg m) {
    Signals s = Judgements.sig(m);
    boolean greeting;
    boolean context;
    boolean askFirst = s.asksFirst();
    List<SentenceSignal> sentences = s.sentences();
    int firstAsk = -1;
    for (int i = 0; i < sentences.size(); i++) {
      SentenceSignal ss = sentences.get(i);
      if (ss.labels().contains("ask") || ss.ask() >= t.askProbability()) {
        firstAsk = i;
        break;
      }
    }
    if (firstAsk >= 0) {
      greeting = false;
      context = false;
      for (int i = 0; i < firstAsk; i++) {
        SentenceSignal ss = sentences.get(i);
        var labels = ss.labels();
        greeting |= labels.contains("greeting");
        context |= labels.contains("self_introduction") || labels.contains("reason_for_writing")
            || saysWhoTheyAre(m.ownText(), ss) || thanksForWhatTheyDid(m.ownText(), ss);
      }
      var askLabels = sentences.get(firstAsk).labels();
      greeting |= askLabels.contains("greeting");
      // "It was good to meet you on Thursday, and I'd like to continue our talk": the sentence that asks also says
      // why the writer writes, so the message does not open with a bare ask
      boolean ownContext = askLabels.contains("self_introduction") || askLabels.contains("reason_for_writing")
          || saysWhoTheyAre(m.ownText(), sentences.get(firstAsk));
      context |= ownContext;
      askFirst = firstAsk == 0 && !ownContext; // read from the spans, which also know who-you-are
    } else {
      greeting = s.greeting();
      context = s.selfIntroduction() || s.reasonForWriting();
    }
    boolean blunt = s.politeness() < t.bluntPoliteness();
    double w;
    if (!context && !greeting) {
      w = 1.0;
    } else if (!context || askFirst) {
      w = 0.8;
    } else {
      return new Coldness(0, false, askFirst, blunt);
    }
    return new Coldness(Math.min(1, w + (blunt ? 0.2 : 0)), askFirst && !greeting && !context, askFirst, blunt);
  }
}
