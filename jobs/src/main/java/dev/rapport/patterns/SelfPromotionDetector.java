package dev.rapport.patterns;

import dev.rapport.language.Phrase;
import dev.rapport.language.Signals;
import dev.rapport.patterns.PersonData.Msg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code self_promotion}: talks about themselves, pitches, never asks about the other person or offers anything.
 *
 * <p>Judged are the owner's sent messages with at least three first- or second-person words, except answers to a
 * contact's question (talking about oneself is what "what are you looking for?" asks for). A message is
 * promotional when it asks no question about the reader, offers nothing, and either has at least
 * {@code self_focus_min_first_person} first-person singular words at an I/(I+you) share of at least
 * {@code self_focus_message}, or pitches (an attached résumé, a booking link, credentials) at a share of at least
 * 0.6. The person is compared with peers: the gate is how far their pooled I/(I+you) share lies above the cohort
 * median (or {@code self_focus_default_median} for a cohort under {@code cohort_min_people}), reaching 1 at
 * {@code self_focus_margin} above. Score: share of promotional messages × (0.4 + 0.6 × gate), so a person who
 * writes no more about themselves than their peers stays at 0.4 or below, under the reporting line. Evidence is ordered by how far each message
 * stands above the owner's own usual share. Not assessable with fewer than three judged messages.
 */
public final class SelfPromotionDetector implements Detector {
  private static final int MIN_JUDGED = 3;

  @Override
  public PatternId pattern() {
    return PatternId.SELF_PROMOTION;
  }

  @Override
  public Assessment assess(PersonIndex p) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    List<Msg> judged = new ArrayList<>();
    long first = 0;
    long second = 0;
    // how the owner writes about themselves is read over all their person-to-person mail, as the cohort's median
    // is (PersonBaseline): a pitch to an editor in a thread with no other networking words is still a pitch
    for (Msg m : p.allMsgs) {
      Signals s = Judgements.sig(m);
      if (m.sent() && s.firstPersonSingular() + s.secondPerson() >= 3 && !answersQuestion(p, m)) {
        judged.add(m);
        first += s.firstPersonSingular();
        second += s.secondPerson();
      }
    }
    if (judged.size() < MIN_JUDGED) {
      return Assessment.notAssessable(pattern(), "fewer than " + MIN_JUDGED + " of the owner's messages say enough"
          + " about 'I' and 'you' to judge (" + judged.size() + ")");
    }
    double own = (double) first / (first + second);
    PersonData.CohortStats cohort = p.data.cohort();
    boolean peers = cohort != null && cohort.people() >= t.cohortMinPeople() && !Double.isNaN(cohort.medianSelfFocus());
    double median = peers ? cohort.medianSelfFocus() : t.selfFocusDefaultMedian();
    double gate = Judgements.clamp((own - median) / t.selfFocusMargin());
    double usual = Baselines.median(judged.stream().mapToDouble(SelfPromotionDetector::focus).toArray());

    List<Msg> promotional = new ArrayList<>();
    for (Msg m : judged) {
      if (promotional(m, t)) {
        promotional.add(m);
      }
    }
    double share = (double) promotional.size() / judged.size();
    double score = Judgements.round(share * (0.4 + 0.6 * gate));
    score = j.habit(pattern(), score, promotional.size());
    if (!j.reportable(pattern(), score, promotional.size())) {
      return Assessment.of(pattern(), score, null);
    }
    promotional.sort(Comparator.comparingDouble((Msg m) -> -(focus(m) - usual)).thenComparing(Msg::date));
    List<Evidence> evidence = new ArrayList<>();
    String peerWord = peers ? "your peers' median" : "the usual";
    for (Msg m : promotional) {
      Signals s = Judgements.sig(m);
      evidence.add(EvidenceText.quoting(m.counterparts().get(0), m, null, String.format(Locale.ROOT,
          "about yourself %d times, about them %d times (%.2f of I+you; your usual %.2f, %s %.2f), no question"
              + " about them and no offer%s", s.firstPersonSingular(), s.secondPerson(), focus(m), usual,
          peerWord, median, pitches(m) ? ", with a pitch" : "")));
    }
    String summary = String.format(Locale.ROOT, "%d of your %d messages were mostly about you (%.0f%% 'I' against"
        + " %s of %.0f%%), with no question about the reader and nothing offered.", promotional.size(),
        judged.size(), own * 100, peerWord, median * 100);
    String advice = "Turn the message of " + EvidenceText.day(evidence.get(0).date())
        + " around: open with them (\"I read your post on ... and wondered how you ...\"), keep your background to"
        + " one sentence, ask one question about their work, and offer something (an article, an introduction, a"
        + " summary of what you learn). Send a résumé or a booking link only when they ask for it.";
    return Assessment.of(pattern(), score,
        new Finding(pattern(), score, summary, advice, EvidenceText.top(evidence, 8)));
  }

  /** Talking about oneself is what an answer to "what are you looking for?" should do. */
  private static boolean answersQuestion(PersonIndex p, Msg m) {
    Msg prev = p.previousInThread(m);
    return prev != null && !prev.sent() && Judgements.sig(prev).questions() > 0;
  }

  static boolean promotional(Msg m, Thresholds t) {
    Signals s = Judgements.sig(m);
    if (s.questionsAboutReader() > 0 || s.offerOfHelp()) {
      return false;
    }
    double focus = focus(m);
    if (s.firstPersonSingular() >= t.selfFocusMinFirstPerson() && focus >= t.selfFocusMessage()) {
      return true;
    }
    return pitches(m) && s.firstPersonSingular() >= 2 && focus >= 0.6;
  }

  static boolean pitches(Msg m) {
    if (Judgements.sig(m).says(Phrase.PITCH)) {
      return true;
    }
    if (m.attachmentNames() != null) {
      for (String a : m.attachmentNames()) {
        if (Phrase.namesResume(a)) {
          return true;
        }
      }
    }
    return false;
  }

  static double focus(Msg m) {
    Signals s = Judgements.sig(m);
    int all = s.firstPersonSingular() + s.secondPerson();
    return all == 0 ? 0 : (double) s.firstPersonSingular() / all;
  }
}
