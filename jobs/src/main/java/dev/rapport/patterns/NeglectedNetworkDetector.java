package dev.rapport.patterns;

import dev.rapport.patterns.PersonData.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code neglected_network}: ignores the people they already know while courting new contacts.
 *
 * <p>Ties are contacts with two-way exchange that began at least {@code neglect_days} before the end of the data.
 * A tie is <em>ignored</em> when the owner has not written to it for {@code neglect_days} or more although the
 * contact kept writing after the owner's last message: a new thread or a second message, not merely the answer to
 * it (and at least {@code thanks_days} old). A tie is
 * <em>dormant</em> when neither side wrote for {@code neglect_days}. Score: the larger of twice the ignored share of
 * ties (when at least {@code min_repeats} are ignored) and 0.45 × dormant share × the share of the owner's recent
 * outreach (the last {@code neglect_days}, at least three threads) that went to brand-new contacts, so that ties
 * fading on both sides cannot reach the reporting line on their own. Old ties revived only with an ask are added as
 * evidence. Reported at {@code report_neglected_network}.
 */
public final class NeglectedNetworkDetector extends ReplyDetector {
  /**
   * Ties fading on both sides while the owner writes to new people raise the score but cannot report on their own:
   * every archive has ties that fade, and only the owner's silence towards people who still write is a habit.
   */
  static final double COURTING_WEIGHT = 0.45;

  @Override
  public PatternId pattern() {
    return PatternId.NEGLECTED_NETWORK;
  }

  @Override
  Assessment assessShown(PersonIndex p) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    if (p.spanDays() < t.neglectDays()) {
      return Assessment.notAssessable(pattern(), "the archive covers " + p.spanDays() + " days; a tie neglected for "
          + t.neglectDays() + " days cannot show in less");
    }
    Instant cutoff = p.asOf.minus(Duration.ofDays(t.neglectDays()));
    int ties = 0;
    int dormant = 0;
    List<Evidence> ignored = new ArrayList<>();
    List<Evidence> revived = new ArrayList<>();
    List<Evidence> faded = new ArrayList<>();
    for (var e : p.byContact().entrySet()) {
      String c = e.getKey();
      List<Msg> all = e.getValue();
      Msg lastSent = null;
      boolean received = false;
      for (Msg m : all) {
        received |= !m.sent();
      }
      // the owner's last word to them about anything: still writing about work is not going silent
      for (Msg m : p.allWith(c)) {
        if (m.sent()) {
          lastSent = m;
        }
      }
      if (lastSent == null || !received || all.get(0).date().isAfter(cutoff)) {
        continue;
      }
      ties++;
      List<Msg> any = p.allWith(c);
      Msg last = any.get(any.size() - 1);
      if (last.date().isBefore(cutoff)) {
        dormant++;
        faded.add(EvidenceText.silence(c, last, "no word either way since " + EvidenceText.day(last.date())));
      }
      Msg waiting = keptWriting(p, j, c, lastSent);
      if (lastSent.date().isAfter(cutoff) || waiting == null || !p.daysPassed(waiting.date(), t.thanksDays())
          || !p.shows(PersonIndex.sourceOf(waiting), waiting.date(),
              waiting.date().plus(Duration.ofDays(t.conversationGapDays())))) {
        revivedWithAsk(p, j, c, all).ifPresent(revived::add);
        continue;
      }
      long more = all.stream().filter(m -> !m.sent() && !m.date().isBefore(waiting.date()))
          .map(m -> m.date().truncatedTo(java.time.temporal.ChronoUnit.DAYS)).distinct().count();
      // one note (a congratulation, a copy filed twice) is not someone who keeps writing
      if (more < 2) {
        revivedWithAsk(p, j, c, all).ifPresent(revived::add);
        continue;
      }
      ignored.add(EvidenceText.silence(c, waiting, String.format(Locale.ROOT,
          "wrote to you on %s%s; your last message to them was on %s, %d days before the end of the data",
          EvidenceText.day(waiting.date()), more > 1 ? " and " + (more - 1) + " more time(s)" : "",
          EvidenceText.day(lastSent.date()), Math.round(PersonIndex.days(lastSent.date(), p.asOf)))));
    }
    int outreach = 0;
    int toNew = 0;
    for (var e : p.byContact().entrySet()) {
      for (Msg m : e.getValue()) {
        if (m.sent() && p.ownerStarted(m) && m.date().isAfter(cutoff)) {
          outreach++;
          toNew += p.firstEver(e.getKey(), m) ? 1 : 0;
        }
      }
    }
    double ignoredScore = ties == 0 || ignored.size() < t.minRepeats() ? 0 : Math.min(1, 2.0 * ignored.size() / ties);
    double courting = ties == 0 || outreach < 3 || dormant < t.minRepeats()
        ? 0 : COURTING_WEIGHT * dormant / ties * toNew / outreach;
    double score = Judgements.round(Math.max(ignoredScore, courting));
    int problems = Math.max(ignored.size(), courting >= ignoredScore ? dormant : 0);
    score = j.habit(pattern(), score, problems);
    if (!j.reportable(pattern(), score, problems)) {
      return Assessment.of(pattern(), score, null);
    }
    List<Evidence> evidence = new ArrayList<>(EvidenceText.top(ignored, 8));
    evidence.addAll(EvidenceText.top(revived, 3));
    if (ignored.isEmpty()) {
      evidence.addAll(EvidenceText.top(faded, 8));
    }
    String summary = (ignored.isEmpty()
        ? dormant + " of the " + ties + " people you used to write with have not heard from you in "
        : ignored.size() + " of the " + ties + " people you used to write with kept writing to you and have not"
            + " heard from you in ") + t.neglectDays() + " days or more"
        + (outreach > 0 ? String.format(Locale.ROOT, ", while %d of your %d recent new threads went to new people.",
            toNew, outreach) : ".");
    String advice = (ignored.isEmpty() ? "" : "Answer the message of " + EvidenceText.day(ignored.get(0).date())
        + " now, even late: \"Sorry for going quiet. I'd love to hear how ... is going.\" ")
        + "Then put the people who already know you on a simple rhythm: a note every two or three months, before"
        + " you need anything. They are the ties most likely to help.";
    return Assessment.of(pattern(), score, new Finding(pattern(), score, summary, advice, evidence));
  }

  /**
   * The contact's first message after the owner's last one that is more than the answer to it: a new thread, or a
   * second message. A single reply to the owner's own last message is an answer, not a contact who keeps writing
   * (unthanked answers are no_follow_up's).
   */
  private static Msg keptWriting(PersonIndex p, Judgements j, String c, Msg lastSent) {
    boolean answerSkipped = false;
    for (Msg m : p.with(c)) {
      if (m.sent() || !m.date().isAfter(lastSent.date()) || !j.obliges(c, m)) {
        continue;
      }
      boolean answer = lastSent.threadKey() != null && lastSent.threadKey().equals(m.threadKey());
      if (answer && !answerSkipped) {
        answerSkipped = true;
        continue;
      }
      return m;
    }
    return null;
  }

  /** The owner broke a long silence with this tie by asking. */
  private static java.util.Optional<Evidence> revivedWithAsk(PersonIndex p, Judgements j, String c,
      List<Msg> all) {
    for (int i = 1; i < all.size(); i++) {
      Msg m = all.get(i);
      if (m.sent() && j.asks(m) && PersonIndex.days(all.get(i - 1).date(), m.date()) >= p.t.neglectDays()) {
        return java.util.Optional.of(EvidenceText.quoting(c, m, "ask",
            "revived an old tie after " + Math.round(PersonIndex.days(all.get(i - 1).date(), m.date()))
                + " days of silence with an ask"));
      }
    }
    return java.util.Optional.empty();
  }
}
