package dev.rapport.patterns;

import dev.rapport.identity.Contact;
import dev.rapport.language.Phrase;
import dev.rapport.patterns.PersonData.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code no_follow_up}: makes contact, or receives help, and then lets it drop.
 *
 * <p>Four kinds of case, as patterns.md lists them:
 * <ol>
 *   <li>help received (an answer to the owner's ask, something shared, an introduction) with no message from the
 *       owner to that contact within {@code thanks_days}; help that also asked a question and was answered late is
 *       {@code slow_reply}'s, not this;</li>
 *   <li>an offer or invitation (to meet, to introduce, to talk; an offer label, or a question with words such as
 *       coffee, call, chat) from a tie still being made that the owner does not answer within
 *       {@code conversation_gap_days}; old ties' offers left unanswered are {@code neglected_network}'s;</li>
 *   <li>a brand-new connection (no exchange before {@code connectedOn}) never messaged within
 *       {@code new_connection_days};</li>
 *   <li>an ask that opens a thread of the owner's to someone they had already exchanged messages with, not answered
 *       within {@code polite_follow_up_days}, with no polite follow-up in that time. A follow-up is not a new case;
 *       a further question inside a conversation is not making contact; and a stranger's silence after a first
 *       message is no contact made (that is {@code cold_ask}'s or {@code generic_outreach}'s business).</li>
 * </ol>
 * Score: the share of dropped cases over all kinds, or the share within one kind when that kind was dropped at
 * least three times and in at least three quarters of its cases (new connections count only from three dropped,
 * since many people connect without writing).
 * Reported when at least {@code min_repeats} cases were dropped and the score reaches {@code report_no_follow_up}.
 */
public final class NoFollowUpDetector extends ReplyDetector {
  enum Kind { HELP, OFFER, CONNECTION, ASK }

  /** The share at which one kind of opening, dropped three times or more, carries the finding on its own. */
  static final double SINGLE_KIND_RATE = 0.75;

  /** An offer that ends the contact's answer to the owner without proposing anything or asking back. */
  private static boolean closing(PersonIndex p, Msg m) {
    Msg prev = p.previousInThread(m);
    return Judgements.sig(m).questions() == 0 && prev != null && prev.sent();
  }

  /**
   * A contact's message that asks a question with words of an invitation to meet or talk: "Want to grab coffee
   * Tuesday?" invites, "Let's catch up properly soon." closes a conversation.
   */
  private static boolean invites(Msg m) {
    var s = Judgements.sig(m);
    return s.questions() > 0 && s.says(Phrase.INVITATION_TO_MEET);
  }

  /**
   * A tie still being made: no exchange with the contact more than {@code neglect_days} before {@code m}. Dropping
   * what old ties offer is {@code neglected_network}'s finding; this one is about contact made and then let go.
   */
  private static boolean newTie(PersonIndex p, String contact, Msg m) {
    List<Msg> all = p.with(contact);
    return all.isEmpty() || !all.get(0).date().isBefore(m.date().minus(Duration.ofDays(p.t.neglectDays())));
  }

  @Override
  public PatternId pattern() {
    return PatternId.NO_FOLLOW_UP;
  }

  @Override
  Assessment assessShown(PersonIndex p) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    int serious = 0;
    Map<Kind, int[]> tally = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      tally.put(k, new int[2]);
    }
    Map<Kind, List<Evidence>> ev = new EnumMap<>(Kind.class);
    Instant firstDue = null;
    Kind firstKind = null;
    Instant firstMsg = p.msgs.isEmpty() ? null : p.msgs.get(0).date();

    java.util.Set<Msg> seen = new java.util.HashSet<>();
    for (Judgements.HelpMoment h : j.helpMoments()) {
      Msg m = h.help();
      seen.add(m);
      boolean offer = j.offers(m);
      if (offer && (!newTie(p, h.contact(), m) || closing(p, m))) {
        continue; // an old tie's offer is neglected_network's; "happy to help anytime" closing a reply is no proposal
      }
      Kind kind = offer ? Kind.OFFER : Kind.HELP;
      boolean dropped;
      String why;
      if (offer || j.needsAnswer(m)) {
        // it asked for an answer: late answers are slow_reply's, no answer within a month is dropping it
        if (h.next() == null && !p.daysPassed(m.date(), t.conversationGapDays())) {
          continue; // not decided yet
        }
        dropped = !h.followedUpWithin(t.conversationGapDays());
        why = (offer ? "offered help or a meeting on " : "helped you and asked you something on ")
            + EvidenceText.day(m.date()) + "; you did not answer within " + t.conversationGapDays() + " days";
      } else {
        dropped = !h.followedUpWithin(t.thanksDays());
        why = "helped you on " + EvidenceText.day(m.date()) + (h.next() == null ? "; you never wrote back"
            : "; your next word came " + Math.round(PersonIndex.days(m.date(), h.next().date())) + " days later");
      }
      tally.get(kind)[0]++;
      if (dropped) {
        tally.get(kind)[1]++;
        // an offer of help left unanswered is serious on its own (patterns.md): it was personal and the owner's
        if (offer && Judgements.sig(m).offerOfHelp()) {
          serious++;
        }
        ev.computeIfAbsent(kind, k -> new ArrayList<>()).add(EvidenceText.silence(h.contact(), m, why));
        if (firstDue == null || m.date().isBefore(firstDue)) {
          firstDue = m.date();
          firstKind = kind;
        }
      }
    }
    for (var e : p.byContact().entrySet()) {
      for (Msg m : e.getValue()) {
        if (m.sent() || seen.contains(m) || !invites(m) || !newTie(p, e.getKey(), m)
            || !p.daysPassed(m.date(), t.conversationGapDays()) || !j.obliges(e.getKey(), m)
            || !p.shows(PersonIndex.sourceOf(m), m.date(), m.date().plus(Duration.ofDays(t.conversationGapDays())))
            || j.continuesElsewhere(e.getKey(), m, t.conversationGapDays())) {
          continue;
        }
        tally.get(Kind.OFFER)[0]++;
        Msg next = p.nextSent(e.getKey(), m.date());
        if (next == null || !PersonIndex.within(m.date(), next.date(), t.conversationGapDays())) {
          tally.get(Kind.OFFER)[1]++;
          ev.computeIfAbsent(Kind.OFFER, k -> new ArrayList<>()).add(EvidenceText.silence(e.getKey(), m,
              "invited you to meet or talk on " + EvidenceText.day(m.date()) + "; you did not answer within "
                  + t.conversationGapDays() + " days"));
          if (firstDue == null || m.date().isBefore(firstDue)) {
            firstDue = m.date();
            firstKind = Kind.OFFER;
          }
        }
      }
    }
    for (Judgements.UnansweredAsk u : j.unansweredAsks(true)) {
      tally.get(Kind.ASK)[0]++;
      if (!u.chased()) {
        tally.get(Kind.ASK)[1]++;
        ev.computeIfAbsent(Kind.ASK, k -> new ArrayList<>()).add(EvidenceText.quoting(u.contact(), u.ask(), "ask",
            "asked on " + EvidenceText.day(u.ask().date()) + ", got no answer, and sent no follow-up within "
                + t.politeFollowUpDays() + " days"));
      }
    }

    if (p.data.contacts() != null && firstMsg != null) {
      for (Contact contact : p.data.contacts().values()) {
        Instant on = NeedOnlyContactDetector.connectedOn(contact);
        // only connections the owner sought: accepting someone else's invitation creates no duty to write
        Instant sought = p.invitedByOwner(contact.key());
        Instant due = on == null ? null : on.plus(Duration.ofDays(t.newConnectionDays()));
        if (on == null || sought == null || on.isBefore(firstMsg) || !p.daysPassed(on, t.newConnectionDays())
            || p.lastBefore(contact.key(), on) != null
            || !(p.shows("linkedin", on, due) || p.shows("email", on, due))) {
          continue;
        }
        tally.get(Kind.CONNECTION)[0]++;
        Msg first = p.nextSent(contact.key(), on.minus(Duration.ofDays(1)));
        if (first == null || !PersonIndex.within(on, first.date(), t.newConnectionDays())) {
          tally.get(Kind.CONNECTION)[1]++;
          ev.computeIfAbsent(Kind.CONNECTION, k -> new ArrayList<>()).add(EvidenceText.at(contact.key(), on,
              "connected on " + EvidenceText.day(on) + " and never messaged within " + t.newConnectionDays()
                  + " days"));
        }
      }
    }

    // Many people connect without writing, so new connections count only once they are a run of their own.
    int connectionsNeeded = Math.max(3, t.minRepeats());
    boolean connectionsCount = tally.get(Kind.CONNECTION)[1] >= connectionsNeeded;
    int cases = 0;
    int dropped = 0;
    double score = 0;
    for (Kind k : Kind.values()) {
      if (k == Kind.CONNECTION && !connectionsCount) {
        ev.remove(k);
        continue;
      }
      cases += tally.get(k)[0];
      dropped += tally.get(k)[1];
    }
    if (cases > 0) {
      score = (double) dropped / cases;
    }
    // One kind dropped nearly every time is a habit even among other, kept openings.
    for (Kind k : Kind.values()) {
      int[] n = tally.get(k);
      if ((k != Kind.CONNECTION || connectionsCount) && n[1] >= Math.max(3, t.minRepeats())
          && (double) n[1] / n[0] >= SINGLE_KIND_RATE) {
        score = Math.max(score, (double) n[1] / n[0]);
      }
    }
    score = j.habit(pattern(), score, dropped, serious);
    if (!j.reportable(pattern(), score, dropped, serious)) {
      return Assessment.of(pattern(), score, null);
    }
    List<Evidence> evidence = new ArrayList<>();
    for (Kind k : List.of(Kind.HELP, Kind.OFFER, Kind.ASK, Kind.CONNECTION)) {
      evidence.addAll(EvidenceText.top(ev.getOrDefault(k, List.of()), 4));
    }
    List<String> what = new ArrayList<>();
    Map<Kind, String> words = Map.of(Kind.HELP, "help not thanked", Kind.OFFER, "offers and invitations not answered",
        Kind.ASK, "asks not followed up", Kind.CONNECTION, "new connections never written to");
    for (Kind k : List.of(Kind.HELP, Kind.OFFER, Kind.ASK, Kind.CONNECTION)) {
      if (ev.containsKey(k)) {
        what.add(tally.get(k)[1] + " " + words.get(k));
      }
    }
    String summary = dropped == 1
        ? "Once, you let an opening drop: " + String.join(", ", what).replaceFirst("^1 ", "") + "."
        : "You let " + dropped + " of " + cases + " openings drop: " + String.join(", ", what) + ".";
    StringBuilder advice = new StringBuilder();
    if (firstDue != null && firstKind != null) {
      Instant by = firstDue.plus(Duration.ofDays(firstKind == Kind.OFFER ? 2 : t.thanksDays()));
      advice.append(firstKind == Kind.OFFER
          ? "When a contact offered help on " + EvidenceText.day(firstDue) + ", a reply by " + EvidenceText.day(by)
              + " accepting with two times that suit you, or declining with thanks, was due. "
          : "When a contact helped you on " + EvidenceText.day(firstDue) + ", a two-line thank-you by "
              + EvidenceText.day(by) + " saying what you did with it (\"Thank you! I sent my application today and"
              + " mentioned your name\") would have closed the loop. ");
    }
    if (!ev.getOrDefault(Kind.ASK, List.of()).isEmpty()) {
      Evidence a = ev.get(Kind.ASK).get(0);
      advice.append("For the ask of ").append(EvidenceText.day(a.date())).append(", one short polite follow-up by ")
          .append(EvidenceText.day(a.date().plus(Duration.ofDays(t.politeFollowUpDays() / 2))))
          .append(" (\"Just bringing this back to the top of your inbox, no pressure\") is normal and welcome. ");
    }
    if (!ev.getOrDefault(Kind.CONNECTION, List.of()).isEmpty()) {
      advice.append("Write to new connections within ").append(t.newConnectionDays())
          .append(" days with a line about where you met and one thing you would like to learn from them.");
    }
    return Assessment.of(pattern(), score,
        new Finding(pattern(), score, summary, advice.toString().trim(), EvidenceText.top(evidence, 10)));
  }
}
