package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
      assertEquals("senior", Facts.seniorityOfTitle(senior), senior);
    }
    for (String other : List.of("HR Business Partner", "Talent Acquisition Partner", "Account Executive",
        "Software Engineer", "Product Owner", "Analyst")) {
      assertEquals("other", Facts.seniorityOfTitle(other), other);
    }
    assertEquals(null, Facts.seniorityOfTitle(" "));
  }
}
