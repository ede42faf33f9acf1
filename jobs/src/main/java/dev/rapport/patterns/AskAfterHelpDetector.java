package dev.rapport.patterns;

import dev.rapport.language.Phrase;
import dev.rapport.language.Signals;
import dev.rapport.patterns.PersonData.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ask_after_help}: answers help with a further ask instead of gratitude, or belittles the help.
 *
 * <p>A case is a contact's helping message (an answer to the owner's ask, an offer, something shared) followed by
 * a message of the owner's to that contact, in the same thread or within {@code polite_follow_up_days}. It is a
 * problem when that next message asks without thanking (except when it takes up an offer with a yes or a time:
 * proposing a time is accepting), or belittles the help ("he is no longer at the agency, do
 * you have any other contacts"). Score: share of problem cases, belittling counting double (capped at 1). Reported
 * with at least {@code min_repeats} problem cases and a score at or above {@code report_ask_after_help}.
 */
public final class AskAfterHelpDetector extends ReplyDetector {
  @Override
  public PatternId pattern() {
    return PatternId.ASK_AFTER_HELP;
  }

  @Override
  Assessment assessShown(PersonIndex p) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    int cases = 0;
    double weight = 0;
    int problems = 0;
    int serious = 0;
    List<Evidence> evidence = new ArrayList<>();
    Evidence firstProblem = null;
    for (var e : p.byContact().entrySet()) {
      String c = e.getKey();
      Msg previous = null;
      for (Msg help : e.getValue()) {
        boolean startsRun = previous == null || previous.sent();
        previous = help;
        if (!startsRun || !j.helps(help)) {
          continue;
        }
        Msg next = p.nextSent(c, help.date());
        if (next == null || !(sameThread(help, next)
            || PersonIndex.within(help.date(), next.date(), t.politeFollowUpDays()))) {
          continue;
        }
        cases++;
        Signals said = Judgements.sig(next);
        boolean thanked = j.thanks(next);
        boolean belittles = said.says(Phrase.BELITTLES);
        // Answering an offer ("Happy to chat, when works?") with a time is accepting it, not asking for more.
        boolean acceptsOffer = j.offers(help) && said.says(Phrase.ACCEPT);
        // Asking for more ("Anyone else you'd suggest?") is only a problem without thanks.
        boolean greedy = !thanked && !acceptsOffer && (j.asksForSelf(next) || said.says(Phrase.WANTS_MORE));
        if (!belittles && !greedy) {
          continue;
        }
        problems++;
        weight += belittles ? 2 : 1;
        // belittling the help and asking for more is serious on its own (patterns.md)
        boolean asksMore = j.asksForSelf(next) || said.says(Phrase.WANTS_MORE);
        if (belittles && asksMore && !thanked) {
          serious++;
        }
        String why = belittles
            ? "answered the help of " + EvidenceText.day(help.date()) + " by saying it was not enough"
            : "answered the help of " + EvidenceText.day(help.date()) + " with a new ask and no thanks";
        Evidence ev = EvidenceText.quoting(c, next, "ask", why);
        evidence.add(ev);
        if (firstProblem == null) {
          firstProblem = ev;
        }
      }
    }
    double score = cases == 0 ? 0 : Judgements.round(weight / cases);
    score = j.habit(pattern(), score, problems, serious);
    if (!j.reportable(pattern(), score, problems, serious)) {
      return Assessment.of(pattern(), score, null);
    }
    String summary = problems == 1 && serious == 1
        ? "Once, when someone helped you, you answered by saying the help fell short and asked for more, without"
            + " thanks."
        : "When people helped you, you answered " + problems + " of " + cases
            + " times with a further ask instead of thanks.";
    String advice = "Thank first and report back before asking again. On " + EvidenceText.day(firstProblem.date())
        + " a reply such as \"Thank you, that is really useful. I will write to them this week and let you know how"
        + " it goes\" would have earned the next favour; keep any new ask for a later message, after you have used"
        + " the first help.";
    return Assessment.of(pattern(), score,
        new Finding(pattern(), score, summary, advice, EvidenceText.top(evidence, 8)));
  }

  private static boolean sameThread(Msg a, Msg b) {
    return a.threadKey() != null && a.threadKey().equals(b.threadKey());
  }
}
