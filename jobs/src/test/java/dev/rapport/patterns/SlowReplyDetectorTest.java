package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlowReplyDetectorTest {
  private final Detector detector = new SlowReplyDetector();

  @Test
  void offersAnsweredAfterNineDaysWithAnExcuseAreSlow() {
    Finding f = Check.found(Check.assess(detector, Stories.offersAnswered(9 * 24)), 1.0, 1.0);
    Check.hasEvidence(f, "ben", "2025-03-30", Stories.EXCUSE);
    assertTrue(f.evidence().get(0).why().contains("9 days after an offer of help"), f.evidence().get(0).why());
  }

  /** Blind-rated Enron evidence: the owner's next message to someone, elsewhere, is not the answer to theirs. */
  @Test
  void onlyAnAnswerInTheThreadTimesTheWait() {
    PersonBuilder p = new PersonBuilder("rick").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben", "cal"}) {
      p.receive(c, "2025-03-01", Sig.plain().offer().question());
      p.send(c, "2025-03-12", "fyi, a note on the quarter.", Sig.plain());
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }

  @Test
  void sameDayRepliesAreNotSlow() {
    Check.notFound(Check.assess(detector, Stories.offersAnswered(5)), 0.0);
  }

  @Test
  void oneSlowReplyAmongFastOnesIsNotAHabit() {
    PersonBuilder p = new PersonBuilder("ola").asOf(Stories.END);
    for (int i = 0; i < 5; i++) {
      String day = PersonBuilder.plus("2025-03-01", 10 * i);
      String q = p.receive("c" + i, day, Sig.plain().question());
      p.sendReply(q, i == 0 ? PersonBuilder.plus(day, 8) : day + "T15:00", "Yes, sounds good.", Sig.plain());
    }
    Check.notFound(Check.assess(detector, p.build()), 0.2);
  }

  @Test
  void widerSlowThresholdsOverrideTheDefaults() {
    Thresholds patient = Thresholds.defaults().withOverrides(Map.of("slow_reply_days", "10",
        "slow_after_offer_days", "14"));
    Check.notFound(Check.assess(detector, Stories.offersAnswered(9 * 24), patient), 0.0);
  }

  @Test
  void anAnswerAfterMoreThanAMonthIsNoAnswerNotASlowOne() {
    Check.notFound(Check.assess(detector, Stories.offersAnswered(40 * 24)), 0.0);
  }

  @Test
  void offersInWordsTheLanguageStageLeftUnlabelledStillWait() {
    PersonBuilder p = new PersonBuilder("jo").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben", "cal"}) {
      String checkIn = p.send(c, "2025-03-01", "How is the new team?", Sig.plain().aboutReader());
      String offer = p.receiveReplyWith(checkIn, "2025-03-02",
          "Good! I could put in a word with our recruiting team, just let me know.", Sig.ask());
      p.sendReply(offer, "2025-03-14", Stories.EXCUSE + " Yes please.", Sig.plain().apology());
    }
    Finding f = Check.found(Check.assess(detector, p.build()), 1.0, 1.0);
    assertTrue(f.evidence().get(0).why().contains("an offer of help"), f.evidence().get(0).why());
  }

  @Test
  void aReplyIsMatchedByIdEvenWhenItsClockRunsAhead() {
    PersonBuilder p = new PersonBuilder("zed").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben", "cal"}) {
      String q = p.receive(c, "2025-03-01T12:00", Sig.plain().question());
      p.sendReply(q, "2025-03-01T11:50", "Yes, gladly.", Sig.plain());
      p.receive(c, "2025-03-20", Sig.plain());
      p.send(c, "2025-03-25", "Happy spring!", Sig.plain());
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }
}
