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
 * List<Strength> good = Strengths.measure(person, Thresholds.defaults());
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

  public static List<Strength> measure(PersonData data, Thresholds t) {
    Facts f = Facts.of(data, t);
    List<Strength> out = new ArrayList<>();

    List<Facts.HelpMoment> help = f.helpMoments();
    List<Evidence> thanks = new ArrayList<>();
    for (Facts.HelpMoment h : help) {
      if (h.followedUpWithin(t.thanksDays()) && f.thanks(h.next())) {
        thanks.add(Facts.evidence(h.contact(), h.next(), "gratitude",
            "thanked within " + Math.max(1, Math.round(Facts.days(h.help().date(), h.next().date()))) + " day(s)"));
      }
    }
    if (rateHolds(help.size(), thanks.size(), t)) {
      out.add(new Strength("thanks_given", String.format(Locale.ROOT,
          "You thanked people promptly for %d of the %d times they helped you.", thanks.size(), help.size()),
          Facts.top(thanks, MAX_EVIDENCE)));
    }

    List<Facts.UnansweredAsk> unanswered = f.unansweredAsks(false);
    List<Evidence> chased = new ArrayList<>();
    for (Facts.UnansweredAsk u : unanswered) {
      if (u.chased()) {
        Msg chase = f.nextSent(u.contact(), u.ask().date());
        chased.add(Facts.evidence(u.contact(), chase, null, "a polite follow-up "
            + Math.round(Facts.days(u.ask().date(), chase.date())) + " days after an unanswered ask"));
      }
    }
    if (rateHolds(unanswered.size(), chased.size(), t)) {
      out.add(new Strength("follow_ups_kept", String.format(Locale.ROOT,
          "When an ask went unanswered you followed up politely %d of %d times.", chased.size(), unanswered.size()),
          Facts.top(chased, MAX_EVIDENCE)));
    }

    Set<String> offeredTo = new LinkedHashSet<>();
    List<Evidence> offers = new ArrayList<>();
    Set<String> checkedIn = new LinkedHashSet<>();
    List<Evidence> checkIns = new ArrayList<>();
    int gives = 0;
    int asks = 0;
    for (Msg m : f.msgs) {
      if (!m.sent()) {
        continue;
      }
      String c = m.counterparts().get(0);
      if (Facts.sig(m).offerOfHelp()) {
        if (offeredTo.add(c)) {
          offers.add(Facts.evidence(c, m, "offer_of_help", "offered help"));
        }
      }
      if (f.ownerStarted(m) && !f.asksForSelf(m) && f.lastBefore(c, m.date()) != null) {
        checkedIn.add(c);
        checkIns.add(Facts.evidence(c, m, null, "a note that asked for nothing"));
      }
      boolean gave = Facts.gives(m) || (f.thanks(m) && !f.asksForSelf(m));
      gives += gave ? 1 : 0;
      asks += f.asksForSelf(m) ? 1 : 0;
    }
    if (offeredTo.size() >= t.minRepeats()) {
      out.add(new Strength("help_offered", "You offered help to " + offeredTo.size() + " people.",
          Facts.top(offers, MAX_EVIDENCE)));
    }
    if (checkIns.size() >= t.strengthMinCases() && checkedIn.size() >= t.minRepeats()) {
      out.add(new Strength("check_ins", "You kept in touch with " + checkedIn.size() + " people through "
          + checkIns.size() + " notes that asked for nothing.", Facts.top(checkIns, MAX_EVIDENCE)));
    }

    List<Double> hours = new ArrayList<>();
    for (Facts.Turn turn : f.turns()) {
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

    Instant since = f.asOf.minus(Duration.ofDays(t.breadthWindowDays()));
    int breadth = f.twoWay(since).size();
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
