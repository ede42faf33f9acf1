package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AskAfterHelpDetectorTest {
  private final Detector detector = new AskAfterHelpDetector();

  @Test
  void belittlingHelpAndAskingForMoreIsAskAfterHelp() {
    Finding f = Check.found(Check.assess(detector, Stories.askAfterHelp(false)), 1.0, 1.0);
    assertEquals(2, f.evidence().size());
    Check.hasEvidence(f, "ann", "2025-02-05", "Do you have any other contacts?");
    Check.hasEvidence(f, "ben", "2025-03-12", "Do you have any other contacts?");
    assertTrue(f.evidence().get(0).why().contains("not enough"), f.evidence().get(0).why());
  }

  @Test
  void aFurtherAskAfterThanksIsFine() {
    Check.notFound(Check.assess(detector, Stories.askAfterHelp(true)), 0.0);
  }

  @Test
  void oneGreedyReplyAmongManyIsNotAHabit() {
    PersonBuilder p = new PersonBuilder("abe").asOf(Stories.END);
    String a = p.send("ann", "2025-02-03", Stories.CONTEXT_ASK, Stories.contextAsk());
    String h = p.receiveReply(a, "2025-02-04", Sig.plain().sharing());
    p.sendReply(h, "2025-02-05", "Can you also review my CV?", Sig.ask().at(0, "ask"));
    Assessment result = Check.assess(detector, p.build());
    Check.notFound(result, 0.25);
    assertEquals(0.25, result.score(), 1e-9, "one case reaches at most half the reporting line");
  }

  @Test
  void proposingATimeForAnOfferedCallIsAcceptingIt() {
    PersonBuilder p = new PersonBuilder("ari").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben", "cal"}) {
      String a = p.send(c, "2025-02-03", Stories.CONTEXT_ASK, Stories.contextAsk());
      String offer = p.receiveReply(a, "2025-02-04", Sig.plain().offer().question());
      p.sendReply(offer, "2025-02-04T15:00", "Great, could we talk Tuesday at 3?", Sig.ask().at(0, "ask"));
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }

  @Test
  void judgingTheHelpWantingIsBelittlingIt() {
    PersonBuilder p = new PersonBuilder("kay").asOf(Stories.END);
    String[] replies = {"Those numbers seem low for Seattle honestly.", "I saw that one already, it's pretty junior"
        + " for me.", "Hmm, that's not really going to help me much."};
    String[] contacts = {"ann", "ben", "cal"};
    for (int i = 0; i < 3; i++) {
      String a = p.send(contacts[i], "2025-02-03", Stories.CONTEXT_ASK, Stories.contextAsk());
      String h = p.receiveReply(a, "2025-02-04", Sig.plain().sharing());
      p.sendReply(h, "2025-02-05", replies[i], Sig.plain());
    }
    Finding f = Check.found(Check.assess(detector, p.build()), 1.0, 1.0);
    assertTrue(f.evidence().stream().allMatch(e -> e.why().contains("not enough")), f.evidence().toString());
  }

  @Test
  void aRefusalIsNotHelpAndAskingForSomethingElseIsNotTakingUpAnOffer() {
    // "Not really, sorry" gives nothing: asking again after it is not asking after help
    PersonBuilder p = new PersonBuilder("lev").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben", "cal"}) {
      String a = p.send(c, "2025-02-03", Stories.CONTEXT_ASK, Stories.contextAsk());
      String no = p.receiveReplyWith(a, "2025-02-04", "Not really, sorry, I don't know anyone there.", Sig.plain());
      p.sendReply(no, "2025-02-05", "Could you ask around for me?", Sig.ask().at(0, "ask"));
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);

    // an offer answered with a different ask and no yes or time is asking for more
    PersonBuilder q = new PersonBuilder("mo").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben", "cal"}) {
      String a = q.send(c, "2025-02-03", Stories.CONTEXT_ASK, Stories.contextAsk());
      String offer = q.receiveReply(a, "2025-02-04", Sig.plain().offer().sharing());
      q.sendReply(offer, "2025-02-05", "Is the salary listed anywhere? Can you find out the range?",
          Sig.ask().at(0, "ask").at(1, "ask"));
    }
    Check.found(Check.assess(detector, q.build()), 1.0, 1.0);
  }
}
