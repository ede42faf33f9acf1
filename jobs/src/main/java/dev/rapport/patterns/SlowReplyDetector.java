package dev.rapport.patterns;

import dev.rapport.patterns.PersonData.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code slow_reply}: leaves people who offer help waiting, or replies only when it suits them.
 *
 * <p>A case is a contact's message that needs an answer (a question, an offer, a request or proposed time) and the
 * owner's next message to that contact; several such messages before one reply are one case, timed from the first.
 * Messages never answered, or answered only after {@code conversation_gap_days}, are {@code no_follow_up}'s and
 * {@code neglected_network}'s, not this. Each reply later
 * than {@code slow_reply_days} weighs 0.6, one {@code slow_after_offer_days} or more late weighs 0.9, and 1 after an
 * offer of help; an excuse in a slow reply ("sorry for the delay") adds 0.2 (capped at 1). Score: mean weight over
 * cases. Reported with at least {@code min_repeats} slow replies and a score at or above {@code report_slow_reply}.
 */
public final class SlowReplyDetector extends ReplyDetector {
  @Override
  public PatternId pattern() {
    return PatternId.SLOW_REPLY;
  }

  @Override
  Assessment assessShown(PersonIndex p) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    int cases = 0;
    int slow = 0;
    int serious = 0;
    Evidence firstSerious = null;
    double weight = 0;
    List<Evidence> evidence = new ArrayList<>();
    Evidence worst = null;
    double worstDays = 0;
    for (Judgements.Turn turn : j.turns()) {
      if (turn.needing() == null || turn.reply() == null) {
        continue;
      }
      Msg pending = turn.needing();
      Msg m = turn.reply();
      // the owner's next message to the contact elsewhere ("fyi", a forward) answers nothing: only a reply in the
      // thread shows how long the message waited
      if (m.threadKey() == null || !m.threadKey().equals(pending.threadKey())) {
        continue;
      }
      boolean offered = turn.offered();
      double days = Math.max(0, PersonIndex.days(pending.date(), m.date()));
      if (days > t.conversationGapDays()) {
        continue; // no answer in a month is no answer: no_follow_up's and neglected_network's business
      }
      cases++;
      boolean excuse = Judgements.sig(m).apologyForDelay();
      if (days > t.slowReplyDays()) {
        slow++;
        double w = days >= t.slowAfterOfferDays() ? (offered ? 1.0 : 0.9) : 0.6;
        weight += Math.min(1, w + (excuse ? 0.2 : 0));
        String why = String.format(Locale.ROOT, "replied %.0f days after %s of %s%s", days,
            offered ? "an offer of help" : "a message that needed an answer", EvidenceText.day(pending.date()),
            excuse ? ", with an excuse for the delay" : "");
        Evidence ev = EvidenceText.quoting(turn.contact(), m, excuse ? "apology_for_delay" : null, why);
        evidence.add(ev);
        // an offer of help left a week or more is serious on its own (patterns.md), worse with an excuse
        if (offered && days >= t.slowAfterOfferDays()) {
          serious++;
          firstSerious = firstSerious == null ? ev : firstSerious;
        }
        if (days > worstDays) {
          worstDays = days;
          worst = ev;
        }
      }
    }
    double score = cases == 0 ? 0 : Judgements.round(weight / cases);
    score = j.habit(pattern(), score, slow, serious);
    if (!j.reportable(pattern(), score, slow, serious)) {
      return Assessment.of(pattern(), score, null);
    }
    evidence.sort((a, b) -> a.date().compareTo(b.date()));
    String summary = slow >= t.minRepeats()
        ? String.format(Locale.ROOT, "%d of your %d replies to questions and offers came more than %d days later;"
            + " most people answer within a day.", slow, cases, t.slowReplyDays())
        : String.format(Locale.ROOT, "Once, an offer of help waited %.0f days for your answer; most people answer"
            + " within a day.", worstDays);
    String advice = String.format(Locale.ROOT, "Answer offers and questions within a day or two, even briefly:"
        + " \"Thank you, yes! Could we talk Tuesday or Thursday afternoon?\" takes a minute. Your reply of %s came"
        + " %.0f days late; a two-line answer by %s would have kept the offer warm. If you need time, say so at"
        + " once instead of apologising later.", EvidenceText.day(worst.date()), worstDays,
        EvidenceText.day(worst.date().minus(java.time.Duration.ofMinutes(Math.round((worstDays - 1) * 1440)))));
    return Assessment.of(pattern(), score,
        new Finding(pattern(), score, summary, advice, EvidenceText.top(evidence, 8)));
  }
}
