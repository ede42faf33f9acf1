package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.identity.Seniority;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusChasingDetectorTest {
  private final Detector detector = new StatusChasingDetector();

  @Test
  void outreachOnlyToSeniorTitlesIsStatusChasing() {
    Finding f = Check.found(Check.assess(detector, Stories.outreachTargets(6)), 1.0, 1.0);
    assertEquals(6, f.evidence().size());
    Check.hasEvidence(f, "target2", "2025-04-07", "Would you have 15 minutes for a call?");
  }

  @Test
  void outreachMirroringTheNetworkIsNot() {
    Check.notFound(Check.assess(detector, Stories.outreachTargets(2)), 0.2);
  }

  @Test
  void withoutAnyTitleItIsNotAssessable() {
    Assessment a = Check.assess(detector, Stories.firstAsks(false));
    assertFalse(a.assessable());
    assertTrue(a.notAssessableReason().contains("no titles"), a.notAssessableReason());
  }

  @Test
  void connectionPositionsAndInvitationsCount() {
    PersonBuilder p = new PersonBuilder("vic").asOf(Stories.END);
    for (int i = 0; i < 6; i++) {
      p.connection("boss" + i, "x", "Founder & CEO", "2025-01-01");
      p.invitation("boss" + i + " x", PersonBuilder.plus("2025-01-01", -i), "Hello, I admire your company.");
    }
    for (int i = 0; i < 10; i++) {
      p.connection("peer" + i, "y", "Junior Analyst", "2024-01-01");
    }
    Finding f = Check.found(Check.assess(detector, p.build()), 1.0, 1.0);
    assertEquals("Hello, I admire your company.", f.evidence().get(0).excerpt());
  }

  @Test
  void titlesAreReadTheWayPatternsMdListsThem() {
    for (String senior : List.of("Founder & CEO", "VP Engineering", "Director of Sales", "Head of Design",
        "Partner", "Managing Director", "Principal Engineer", "Co-founder", "CFO")) {
      assertEquals(Seniority.SENIOR, Seniority.of(senior), senior);
    }
    for (String other : List.of("HR Business Partner", "Talent Acquisition Partner", "Account Executive",
        "Software Engineer", "Product Owner", "Analyst")) {
      assertEquals(Seniority.OTHER, Seniority.of(other), other);
    }
    assertEquals(Seniority.UNKNOWN, Seniority.of(" "));
  }

  @Test
  void thankingPeersWhoInvitedYouIsNotOutreach() {
    PersonBuilder p = new PersonBuilder("hal").asOf(Stories.END);
    for (int i = 0; i < 6; i++) {
      p.contact("boss" + i, "VP Sales", null);
      p.send("boss" + i, PersonBuilder.plus("2025-04-01", i), Stories.personalAsk(i), Stories.contextAsk());
    }
    for (int i = 0; i < 6; i++) {
      p.contact("peer" + i, "Analyst", null);
      p.incomingInvitation("peer" + i, PersonBuilder.plus("2025-02-01", i));
      p.send("peer" + i, PersonBuilder.plus("2025-02-02", i), "Thanks for connecting!", Sig.thanks());
    }
    Finding f = Check.found(Check.assess(detector, p.build()), 1.0, 1.0);
    assertTrue(f.summary().startsWith("6 of your 6"), f.summary());
  }
}
