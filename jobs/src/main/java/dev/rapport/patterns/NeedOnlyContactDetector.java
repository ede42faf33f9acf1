package dev.rapport.patterns;

import dev.rapport.identity.Contact;
import dev.rapport.patterns.PersonData.Msg;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code need_only_contact}: reaches out only when they need something.
 *
 * <p>A case is a thread the owner starts (or reopens after {@code conversation_gap_days}) with an ask for their own
 * sake (an ask that neither gives nor asks about the reader) to someone they already know (an earlier message in
 * any direction that was more than the owner's own asks, or a LinkedIn connection or first exchange at least
 * {@code dormancy_days} old); first messages to strangers are
 * {@code cold_ask}'s business. The ask is <em>need-driven</em> when the owner gave the contact no maintaining word
 * (a message that does not ask for the owner's sake, in a thread the owner started and did not open with such an
 * ask; replies in the contact's own threads do not count) in the {@code dormancy_days} before
 * it; need-driven asks after {@code dormancy_days} of total silence weigh 1, the others 0.75. Score: the weighted
 * share of need-driven asks. Reported when need-driven asks reach {@code min_repeats} distinct contacts and the
 * score reaches {@code report_need_only_contact}.
 */
public final class NeedOnlyContactDetector implements Detector {
  @Override
  public PatternId pattern() {
    return PatternId.NEED_ONLY_CONTACT;
  }

  @Override
  public Assessment assess(PersonIndex p) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    int cases = 0;
    double weight = 0;
    Set<String> needOnly = new LinkedHashSet<>();
    List<Evidence> strong = new ArrayList<>();
    List<Evidence> weak = new ArrayList<>();
    Instant lastSilentAsk = null;
    for (var e : p.byContact().entrySet()) {
      String c = e.getKey();
      for (Msg m : e.getValue()) {
        if (!m.sent() || !p.ownerStarted(m) || !j.asksForSelf(m)) {
          continue;
        }
        Msg prior = null;
        for (Msg x : p.allWith(c)) {
          if (!x.date().isBefore(m.date())) {
            break;
          }
          prior = x;
        }
        Instant connected = connectedOn(p.contact(c));
        Instant firstExchange = p.firstExchange(c);
        Instant longAgo = m.date().minus(Duration.ofDays(t.dormancyDays()));
        boolean knownBefore = realExchangeBefore(p, j, c, m)
            || (connected != null && !connected.isAfter(longAgo))
            || (firstExchange != null && !firstExchange.isAfter(longAgo));
        if (!knownBefore) {
          continue;
        }
        // in touch about work or life in the months before: the relationship was not silent, whatever the ask
        if (inTouchOtherwise(p, c, m)) {
          continue;
        }
        cases++;
        if (maintainedBefore(p, j, c, m)) {
          continue;
        }
        Instant lastTouch = prior != null ? prior.date() : connected != null ? connected : firstExchange;
        double silentDays = PersonIndex.days(lastTouch, m.date());
        boolean longSilence = silentDays >= t.dormancyDays();
        weight += longSilence ? 1.0 : 0.75;
        needOnly.add(c);
        String why = longSilence
            ? "asked after " + Math.round(silentDays / 30.4) + " months of silence, with no warm-up"
            : "asked without any check-in, thanks or news in the " + t.dormancyDays() + " days before";
        (longSilence ? strong : weak).add(EvidenceText.quoting(c, m, "ask", why));
        if (longSilence) {
          lastSilentAsk = m.date();
        }
      }
    }
    double score = cases == 0 ? 0 : Judgements.round(weight / cases);
    score = j.habit(pattern(), score, needOnly.size());
    if (!j.reportable(pattern(), score, needOnly.size())) {
      return Assessment.of(pattern(), score, null);
    }
    List<Evidence> evidence = new ArrayList<>(strong);
    evidence.addAll(weak);
    String summary = "You got in touch with " + needOnly.size() + " people you already knew only when you needed"
        + " something" + (strong.isEmpty() ? "" : ", " + strong.size() + " time(s) after months of silence") + ".";
    String advice = "Keep ties warm between asks: a short note that gives (an article they would like, congratulations"
        + " on news, a thank-you for past help) every few months. "
        + (lastSilentAsk != null
            ? "Before the ask of " + EvidenceText.day(lastSilentAsk) + ", a check-in a few weeks earlier"
                + " (\"I saw your team's launch, congratulations! How is it going?\") and the ask only after a reply"
                + " would have read as interest, not need."
            : "Open with what is new for them before what you need, and ask only after a reply.");
    return Assessment.of(pattern(), score,
        new Finding(pattern(), score, summary, advice, EvidenceText.top(evidence, 8)));
  }

  /**
   * Did the owner, on their own initiative, give this contact a word that was not part of an ask in the dormancy
   * window before {@code ask}: a thread they started to share, congratulate, check in or thank?
   */
  private static boolean maintainedBefore(PersonIndex p, Judgements j, String c, Msg ask) {
    Instant from = ask.date().minus(Duration.ofDays(p.t.dormancyDays()));
    for (Msg m : p.with(c)) {
      if (!m.date().isBefore(ask.date())) {
        break;
      }
      if (!m.sent() || m.date().isBefore(from) || j.asksForSelf(m)) {
        continue;
      }
      Msg opener = p.opener(m);
      // patterns.md counts an owner-started touch: a warm reply in a thread the contact opened answers them, it
      // does not keep the tie warm on the owner's own initiative
      if (!p.ownerStarted(m) && (opener == null || !opener.sent())) {
        continue;
      }
      boolean insideOwnAsk = !p.ownerStarted(m) && opener != null && opener.sent() && j.asksForSelf(opener);
      if (!insideOwnAsk || Judgements.gives(m)) {
        return true;
      }
    }
    return false;
  }

  /** Any exchange with {@code c} outside networking (work, personal) in the dormancy window before {@code ask}. */
  private static boolean inTouchOtherwise(PersonIndex p, String c, Msg ask) {
    Instant from = ask.date().minus(Duration.ofDays(p.t.dormancyDays()));
    for (Msg m : p.allWith(c)) {
      if (!m.date().isBefore(ask.date())) {
        break;
      }
      if (!m.date().isBefore(from) && !p.scope.keeps(m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Someone the owner knows: the contact wrote to the owner, or the owner wrote something other than an ask for
   * their own sake, before {@code ask}. The owner's own earlier asks and a fresh LinkedIn connection are not a
   * relationship (that first contact is {@code cold_ask}'s business).
   */
  private static boolean realExchangeBefore(PersonIndex p, Judgements j, String c, Msg ask) {
    for (Msg m : p.allWith(c)) {
      if (!m.date().isBefore(ask.date())) {
        return false;
      }
      if (!m.sent() || !j.asksForSelf(m)) {
        return true;
      }
    }
    return false;
  }

  static Instant connectedOn(Contact c) {
    return c == null || c.connectedOn() == null ? null : c.connectedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
