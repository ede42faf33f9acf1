package dev.rapport.patterns;

import dev.rapport.patterns.PersonData.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the owner does well, measured with the same rigour as the findings: a strength is reported only when it is
 * real, that is, over enough cases and at a high enough rate.
 *
 * <pre>{@code
 * List<Strength> good = Strengths.measure(PersonIndex.of(person, Thresholds.defaults()));
 * }</pre>
 *
 * <table>
 *   <caption>Signals and when they are reported</caption>
 *   <tr><th>signal</th><th>reported when</th></tr>
 *   <tr><td>{@code thanks_given}</td><td>help thanked within {@code thanks_days} in at least
 *       {@code strength_min_rate} of at least {@code strength_min_cases} help moments</td></tr>
 *   <tr><td>{@code follow_ups_kept}</td><td>unanswered asks politely followed up within
 *       {@code polite_follow_up_days}, same rate and count</td></tr>
 *   <tr><td>{@code help_offered}</td><td>offers of help to at least {@code min_repeats} different contacts</td></tr>
 *   <tr><td>{@code check_ins}</td><td>at least {@code strength_min_cases} threads opened without an ask, to at
 *       least {@code min_repeats} people the owner already knew</td></tr>
 *   <tr><td>{@code reply_speed}</td><td>median reply to messages needing an answer within
 *       {@code fast_reply_hours}, over at least {@code strength_min_cases} replies</td></tr>
 *   <tr><td>{@code network_breadth}</td><td>at least {@code breadth_min_contacts} two-way contacts in the last
 *       {@code breadth_window_days}</td></tr>
 *   <tr><td>{@code give_ask_balance}</td><td>at least {@code strength_min_cases} giving messages and no fewer
 *       gives than asks</td></tr>
 * </table>
 */
public final class Strengths {
  private static final int MAX_EVIDENCE = 3;

  private Strengths() {}

  /** Builds the person's index for this alone; a run that also assesses the person passes its index instead. */
  public static List<Strength> measure(PersonData data, Thresholds t) {
    return measure(PersonIndex.of(data, t));
  }

  public static List<Strength> measure(PersonIndex p) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    List<Strength> out = new ArrayList<>();

    List<Judgements.HelpMoment> help = j.helpMoments();
    List<Evidence> thanks = new ArrayList<>();
    for (Judgements.HelpMoment h : help) {
      if (h.followedUpWithin(t.thanksDays()) && j.thanks(h.next())) {
        thanks.add(EvidenceText.quoting(h.contact(), h.next(), "gratitude",
            "thanked within " + Math.max(1, Math.round(PersonIndex.days(h.help().date(), h.next().date())))
                + " day(s)"));
      }
    }
    if (rateHolds(help.size(), thanks.size(), t)) {
      out.add(new Strength("thanks_given", String.format(Locale.ROOT,
          "You thanked people promptly for %d of the %d times they helped you.", thanks.size(), help.size()),
          EvidenceText.top(thanks, MAX_EVIDENCE)));
    }

    List<Judgements.UnansweredAsk> unanswered = j.unansweredAsks(false);
    List<Evidence> chased = new ArrayList<>();
    for (Judgements.UnansweredAsk u : unanswered) {
      if (u.chased()) {
        Msg chase = p.nextSent(u.contact(), u.ask().date());
        chased.add(EvidenceText.quoting(u.contact(), chase, null, "a polite follow-up "
            + Math.round(PersonIndex.days(u.ask().date(), chase.date())) + " days after an unanswered ask"));
      }
    }
    if (rateHolds(unanswered.size(), chased.size(), t)) {
      out.add(new Strength("follow_ups_kept", String.format(Locale.ROOT,
          "When an ask went unanswered you followed up politely %d of %d times.", chased.size(), unanswered.size()),
          EvidenceText.top(chased, MAX_EVIDENCE)));
    }

    Set<String> offeredTo = new LinkedHashSet<>();
    List<Evidence> offers = new ArrayList<>();
    Set<String> checkedIn = new LinkedHashSet<>();
    List<Evidence> checkIns = new ArrayList<>();
    int gives = 0;
    int asks = 0;
    for (Msg m : p.msgs) {
      if (!m.sent()) {
        continue;
      }
      String c = m.counterparts().get(0);
      if (Judgements.sig(m).offerOfHelp()) {
        if (offeredTo.add(c)) {
          offers.add(EvidenceText.quoting(c, m, "offer_of_help", "offered help"));
        }
      }
      if (p.ownerStarted(m) && !j.asksForSelf(m) && p.lastBefore(c, m.date()) != null) {
        checkedIn.add(c);
        checkIns.add(EvidenceText.quoting(c, m, null, "a note that asked for nothing"));
      }
      boolean gave = Judgements.gives(m) || (j.thanks(m) && !j.asksForSelf(m));
      gives += gave ? 1 : 0;
      asks += j.asksForSelf(m) ? 1 : 0;
    }
    if (offeredTo.size() >= t.minRepeats()) {
      out.add(new Strength("help_offered", "You offered help to " + offeredTo.size() + " people.",
          EvidenceText.top(offers, MAX_EVIDENCE)));
    }
    if (checkIns.size() >= t.strengthMinCases() && checkedIn.size() >= t.minRepeats()) {
      out.add(new Strength("check_ins", "You kept in touch with " + checkedIn.size() + " people through "
          + checkIns.size() + " notes that asked for nothing.", EvidenceText.top(checkIns, MAX_EVIDENCE)));
    }

    List<Double> hours = new ArrayList<>();
    for (Judgements.Turn turn : j.turns()) {
      if (turn.needing() != null && turn.reply() != null) {
        hours.add(Math.max(0, Duration.between(turn.needing().date(), turn.reply().date()).toMinutes() / 60.0));
      }
    }
    if (hours.size() >= t.strengthMinCases()) {
      double median = PersonMetrics.percentile(hours, 50);
      if (median <= t.fastReplyHours()) {
        out.add(new Strength("reply_speed", String.format(Locale.ROOT, "You answered questions and offers in"
            + " %s at the median, over %d replies.", PersonMetrics.humanHours(median), hours.size()), List.of()));
      }
    }

    Instant since = p.asOf.minus(Duration.ofDays(t.breadthWindowDays()));
    int breadth = p.twoWay(since).size();
    if (breadth >= t.breadthMinContacts()) {
      out.add(new Strength("network_breadth", "You had two-way conversations with " + breadth + " people in the last "
          + Math.round(t.breadthWindowDays() / 30.4) + " months.", List.of()));
    }

    if (gives >= t.strengthMinCases() && gives >= asks) {
      out.add(new Strength("give_ask_balance", "You gave (thanks, help, news, congratulations) " + gives
          + " times and asked " + asks + " times.", List.of()));
    }
    return List.copyOf(out);
  }

  private static boolean rateHolds(int cases, int good, Thresholds t) {
    return cases >= t.strengthMinCases() && (double) good / cases >= t.strengthMinRate();
  }
}
