package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SelfPromotionDetectorTest {
  private final Detector detector = new SelfPromotionDetector();

  @Test
  void pitchingOneselfFarMoreThanPeersIsSelfPromotion() {
    Finding f = Check.found(Check.assess(detector, Stories.pitches(false, 0.5)), 1.0, 1.0);
    assertEquals(4, f.evidence().size());
    Check.hasEvidence(f, "ben", "2025-02-11", "I am a top performer with three years of experience. I led two"
        + " product launches and I built my own startup. My resume is attached. I'd love to tell you more.");
    assertTrue(f.evidence().get(0).why().contains("peers' median 0.50"), f.evidence().get(0).why());
  }

  @Test
  void askingAboutTheReaderIsNotSelfPromotion() {
    Check.notFound(Check.assess(detector, Stories.pitches(true, 0.5)), 0.0);
  }

  @Test
  void writingLikeOnesPeersIsNotReportedHoweverManyIs() {
    Assessment a = Check.assess(detector, Stories.pitches(false, 0.95));
    Check.notFound(a, 0.4);
    assertEquals(0.4, a.score(), 1e-9, "all messages self-focused, but no more than the cohort's");
  }

  @Test
  void tooLittleOwnTextIsNotAssessable() {
    PersonBuilder p = new PersonBuilder("tim").asOf(Stories.END);
    p.send("ann", "2025-02-01", "I am great.", Sig.plain().iYou(5, 0));
    Assessment a = Check.assess(detector, p.build());
    assertFalse(a.assessable());
    assertTrue(a.notAssessableReason().contains("fewer than 3"), a.notAssessableReason());
  }

  @Test
  void answeringWhatTheyAskedAboutYouIsNotSelfPromotion() {
    PersonBuilder p = new PersonBuilder("tess").asOf(Stories.END).cohort(12, 0.5);
    for (String c : new String[] {"ann", "ben", "cal", "dee"}) {
      String q = p.receive(c, "2025-02-01", Sig.plain().question());
      p.sendReply(q, "2025-02-02", "I am looking for analyst roles; I studied economics and I built two models.",
          Sig.plain().iYou(6, 0));
    }
    p.send("ann", "2025-03-01", "How was your trip? I hope you got some rest.", Sig.plain().aboutReader().iYou(1, 2));
    p.send("ben", "2025-03-02", "How did the launch go? I saw your post.", Sig.plain().aboutReader().iYou(1, 2));
    p.send("cal", "2025-03-03", "How is your team? I heard you grew.", Sig.plain().aboutReader().iYou(1, 2));
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }
}
