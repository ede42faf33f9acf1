package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NeedOnlyContactDetectorTest {
  private final Detector detector = new NeedOnlyContactDetector();

  @Test
  void asksAfterMonthsOfSilenceWithoutWarmUpAreNeedOnly() {
    Finding f = Check.found(Check.assess(detector, Stories.needOnly(false)), 0.9, 1.0);
    assertEquals(3, f.evidence().size());
    Check.hasEvidence(f, "ann", "2025-03-01", Stories.REFER_ASK);
    Check.hasEvidence(f, "cal", "2025-05-20", Stories.REFER_ASK);
    assertTrue(f.evidence().get(0).why().contains("months of silence"), f.evidence().get(0).why());
  }

  @Test
  void aCheckInBeforeTheAskIsNotNeedOnly() {
    Check.notFound(Check.assess(detector, Stories.needOnly(true)), 0.0);
  }

  @Test
  void oneSilentAskIsNotAHabit() {
    PersonBuilder p = new PersonBuilder("olga").asOf(Stories.END);
    String q = p.receive("ann", "2024-01-05", Sig.plain().question());
    p.sendReply(q, "2024-01-05T12:00", "Sure.", Sig.plain());
    p.send("ann", "2025-03-01", Stories.REFER_ASK, Sig.ask());
    Assessment a = Check.assess(detector, p.build());
    Check.notFound(a, 0.25);
    assertEquals(0.25, a.score(), 1e-9, "the one case is need-driven, but one case is not a habit: half the line");
  }

  @Test
  void firstAsksToStrangersAreLeftToColdAsk() {
    Check.notFound(Check.assess(detector, Stories.firstAsks(false)), 0.0);
  }

  @Test
  void aLongDormantConnectionAskedOutOfTheBlueCounts() {
    PersonBuilder p = new PersonBuilder("lin").asOf(Stories.END);
    p.contact("ann", "Analyst", "2023-01-10");
    p.contact("ben", "Analyst", "2023-05-10");
    p.send("ann", "2025-03-01", Stories.REFER_ASK, Sig.ask());
    p.send("ben", "2025-04-01", Stories.REFER_ASK, Sig.ask());
    Check.found(Check.assess(detector, p.build()), 1.0, 1.0);
  }

  @Test
  void anAskThatReopensALongSilentConversationCounts() {
    PersonBuilder p = new PersonBuilder("li").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben"}) {
      String q = p.receive(c, "2024-02-01", Sig.plain().question());
      String r = p.sendReply(q, "2024-02-02", "Sure, see you there.", Sig.plain());
      p.sendReply(r, c.equals("ann") ? "2025-03-01" : "2025-04-01", Stories.REFER_ASK, Sig.ask());
    }
    Finding f = Check.found(Check.assess(detector, p.build()), 1.0, 1.0);
    Check.hasEvidence(f, "ben", "2025-04-01", Stories.REFER_ASK);
  }

  @Test
  void aCheckInThatAsksAboutThemIsAWarmUpEvenIfTheAskModelFires() {
    PersonBuilder p = new PersonBuilder("kim").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben", "cal"}) {
      String q = p.receive(c, "2024-02-01", Sig.plain().question());
      p.sendReply(q, "2024-02-02", "Sure, see you there.", Sig.plain());
      p.send(c, "2025-02-01", "How have you been? Let me know if you are ever in town.", Sig.ask().aboutReader());
      p.send(c, "2025-03-01", Stories.REFER_ASK, Sig.ask());
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }

  @Test
  void warmRepliesInThreadsTheContactStartedDoNotKeepTheTieWarm() {
    // patterns.md: only an owner-started touch maintains; answering the contact's good news is being answered to
    PersonBuilder p = new PersonBuilder("mara").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben", "cal"}) {
      String news = p.addReceived(c, "2025-01-10", "Our launch went live today!", Sig.plain());
      p.sendReply(news, "2025-01-10T12:00", "That is so exciting, congratulations to the whole team!",
          Sig.plain().congrats());
      p.send(c, "2025-03-01", Stories.REFER_ASK, Sig.ask());
    }
    Check.found(Check.assess(detector, p.build()), 0.75, 0.75);

    // the same asks after the owner's own congratulations are kept warm
    PersonBuilder q = new PersonBuilder("noor").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben", "cal"}) {
      String news = q.addReceived(c, "2024-12-10", "Our launch went live today!", Sig.plain());
      q.sendReply(news, "2024-12-10T12:00", "Congratulations!", Sig.plain().congrats());
      q.send(c, "2025-01-10", "Saw the launch coverage, congratulations again!", Sig.plain().congrats());
      q.send(c, "2025-03-01", Stories.REFER_ASK, Sig.ask());
    }
    Check.notFound(Check.assess(detector, q.build()), 0.0);
  }
}
