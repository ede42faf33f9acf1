package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {
  @Test
  void aPersonsBaselinePoolsTheirOwnSentMessages() {
    PersonBaseline sam = PersonBaseline.of(Stories.pitches(false, 0.5));
    assertEquals("sam", sam.person());
    assertEquals(4, sam.sentMessages());
    assertEquals(28.0 / 32, sam.selfFocus(), 1e-9);
    assertEquals(0.0, sam.askShare(), 1e-9);
  }

  @Test
  void tooFewPronounsGiveNoSelfFocusRatherThanZero() {
    PersonBuilder p = new PersonBuilder("quiet");
    p.send("ann", "2025-01-01", "Ok.", Sig.ask().iYou(1, 0));
    PersonBaseline b = PersonBaseline.of(p.build());
    assertTrue(Double.isNaN(b.selfFocus()));
    assertEquals(1.0, b.askShare(), 1e-9);
  }

  @Test
  void cohortMediansSkipPeopleWithoutAFigure() {
    var cohort = Baselines.cohort(List.of(
        new PersonBaseline("a", 10, 0.4, 0.1), new PersonBaseline("b", 10, 0.6, 0.3),
        new PersonBaseline("c", 10, 0.9, 0.2), new PersonBaseline("d", 0, Double.NaN, Double.NaN)));
    assertEquals(4, cohort.people());
    assertEquals(0.6, cohort.medianSelfFocus(), 1e-9);
    assertEquals(0.2, cohort.medianAskShare(), 1e-9);
    assertTrue(Double.isNaN(Baselines.cohort(List.of()).medianSelfFocus()));
    assertThrows(IllegalArgumentException.class, () -> Baselines.cohort(null));
  }

  @Test
  void theCohortMedianDecidesWhetherSelfFocusStandsOut() {
    List<PersonBaseline> peers = List.of(PersonBaseline.of(Stories.pitches(false, 0.5)),
        new PersonBaseline("b", 10, 0.5, 0.3), new PersonBaseline("c", 10, 0.45, 0.3),
        new PersonBaseline("d", 10, 0.55, 0.3), new PersonBaseline("e", 10, 0.5, 0.3));
    var cohort = Baselines.cohort(peers);
    PersonData sam = Stories.pitches(false, 0.5);
    PersonData withCohort = new PersonData(sam.person(), sam.ownerKeys(), sam.asOf(), sam.messages(), sam.contacts(),
        sam.connections(), sam.invitations(), sam.invitationNotes(), sam.nearDuplicates(), cohort);
    Check.found(Check.assess(new SelfPromotionDetector(), withCohort), 1.0, 1.0);
  }
}
