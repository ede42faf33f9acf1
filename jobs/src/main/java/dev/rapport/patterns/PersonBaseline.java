package dev.rapport.patterns;

import dev.rapport.language.Signals;
import dev.rapport.patterns.PersonData.Msg;

/**
 * One person's own figures that peers are compared with: how self-focused their writing is and how often they ask.
 *
 * <pre>{@code
 * List<PersonBaseline> all = people.stream().map(PersonBaseline::of).toList();   // first pass, everyone
 * PersonData.CohortStats cohort = Baselines.cohort(all);                        // then detectors with these
 * }</pre>
 *
 * <p>{@code selfFocus} is I/(I + you) pooled over the owner's sent messages, NaN when they used fewer than
 * {@link #MIN_PRONOUNS} such words; {@code askShare} is the share of sent messages that ask, NaN without sent
 * messages. NaN figures are left out of cohort medians, never counted as zero.
 */
public record PersonBaseline(String person, int sentMessages, double selfFocus, double askShare)
    implements java.io.Serializable {
  /** Fewer first- and second-person words than this say nothing about a writer's focus. */
  public static final int MIN_PRONOUNS = 10;

  public static PersonBaseline of(PersonData data) {
    if (data == null) {
      throw new IllegalArgumentException("person data is required, got null");
    }
    Thresholds t = Thresholds.defaults();
    int sent = 0;
    int asks = 0;
    long first = 0;
    long second = 0;
    for (Msg m : data.messages() == null ? java.util.List.<Msg>of() : data.messages()) {
      if (!m.sent() || m.recipientCount() > t.maxRecipients()) {
        continue;
      }
      Signals s = Judgements.sig(m);
      sent++;
      asks += s.ask() >= t.askProbability() ? 1 : 0;
      first += s.firstPersonSingular();
      second += s.secondPerson();
    }
    double focus = first + second < MIN_PRONOUNS ? Double.NaN : (double) first / (first + second);
    double askShare = sent == 0 ? Double.NaN : (double) asks / sent;
    return new PersonBaseline(data.person(), sent, focus, askShare);
  }
}
