package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the detectors judge of a real mailbox: networking threads, not the work, family and errands around them. */
class NetworkingScopeTest {
  private static List<String> kept(PersonIndex p) {
    return p.msgs.stream().map(PersonData.Msg::messageId).toList();
  }

  @Test
  void instructionsToStaffAndColleaguesCoordinatingWorkAreLeftOutWithTheirReason() {
    PersonBuilder b = new PersonBuilder("jeff").asMailbox();
    String pay = b.send("sherri", "2000-02-01", "Please process for payment.", Sig.ask().asksFirst());
    String fwd = b.send("joannie", "2001-03-15", "Could you please forward my P number to the travel desk?",
        Sig.ask().asksFirst());
    String deal = b.addReceived("greg", "2001-04-02", "Can you look at the contract and the pricing before the"
        + " meeting?", Sig.ask().question());
    PersonIndex p = PersonIndex.of(b.build(), Thresholds.defaults());

    assertFalse(kept(p).contains(pay), "an instruction to an assistant");
    assertFalse(kept(p).contains(deal), "colleagues coordinating the work itself");
    assertFalse(kept(p).contains(fwd), "an errand for the owner's own paperwork");
    assertEquals(Map.of("day-to-day work", 3L), p.leftOut());
  }

  @Test
  void careerTalkIsNetworkingEvenBetweenColleaguesAndKeepsTheWholeThread() {
    PersonBuilder b = new PersonBuilder("ana").asMailbox();
    String ask = b.send("raj", "2001-05-01", "I'm thinking about my next role after the merger. Could we grab"
        + " coffee and talk about how you moved into origination?", Sig.ask());
    String answer = b.receiveReplyWith(ask, "2001-05-02", "Sure, Thursday works.", Sig.plain());
    String work = b.send("raj", "2001-05-10", "Please update the curves and the P&L report before the call.",
        Sig.ask());
    PersonIndex p = PersonIndex.of(b.build(), Thresholds.defaults());

    assertTrue(kept(p).containsAll(List.of(ask, answer)), "career talk, and the answer in its thread");
    assertFalse(kept(p).contains(work), "the same colleague's work thread is still work");
    assertEquals(2, p.networkingMessages());
  }

  @Test
  void smallTalkCountsWithANetworkingContactOnly() {
    PersonBuilder b = new PersonBuilder("lee").asMailbox();
    String mentor = b.send("mia", "2025-01-10", "It has been a while! How have you been?", Sig.plain().greeting());
    String mentorLater = b.send("mia", "2025-02-10", "Thursday at four is fine.", Sig.plain());
    String stranger = b.send("zed", "2025-02-11", "Thursday at four is fine.", Sig.plain());
    PersonIndex p = PersonIndex.of(b.build(), Thresholds.defaults());

    assertTrue(kept(p).containsAll(List.of(mentor, mentorLater)), "scheduling with a mentor is part of the tie");
    assertFalse(kept(p).contains(stranger), "the same words with someone the owner only deals with are not");
  }

  /** Blind-rated Enron evidence: one friendly thread does not make a colleague's errands networking. */
  @Test
  void aColleagueMostlyWorkedWithIsNoNetworkingContact() {
    PersonBuilder b = new PersonBuilder("rick").asMailbox();
    b.send("ted", "2001-06-01", "Good to hear from you, how have you been?", Sig.plain());
    b.send("ted", "2001-07-01", "Please process the expense report.", Sig.ask());
    b.send("ted", "2001-08-01", "fyi, the curves for the deal.", Sig.plain());
    String plain = b.send("ted", "2001-09-01", "I'm out Thursday.", Sig.plain());
    PersonIndex p = PersonIndex.of(b.build(), Thresholds.defaults());
    assertFalse(kept(p).contains(plain), "two work threads outweigh one catching-up thread");
  }

  /** Blind-rated Enron evidence (keavey-p, 2000-10-10): "I will be leaving today at 4.45" is no career move. */
  @Test
  void leavingTheOfficeIsNotLeavingTheFirm() {
    PersonBuilder b = new PersonBuilder("pete").asMailbox();
    String ask = b.send("sanjeev", "2000-10-10", "please call me in the am, i want to know again the term, and the"
        + " basis quotes for the weekend put that you are asking for.", Sig.ask().asksFirst());
    b.sendReply(ask, "2000-10-12", "anytime after 3 pm today  i will be leaving today at 4.45", Sig.plain());
    PersonIndex p = PersonIndex.of(b.build(), Thresholds.defaults());
    assertFalse(kept(p).contains(ask), "trading work");
    assertEquals(Map.of("day-to-day work", 2L), p.leftOut());
  }

  @Test
  void familyMailIsLeftOutAsPersonal() {
    PersonBuilder b = new PersonBuilder("cal").asMailbox();
    String home = b.addReceived("dad", "2025-03-01", "Can you pick up the kids at six? Love, Dad", Sig.ask());
    PersonIndex p = PersonIndex.of(b.build(), Thresholds.defaults());
    assertFalse(kept(p).contains(home));
    assertEquals(Map.of("family and personal life", 1L), p.leftOut());
  }
}
