package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenericOutreachDetectorTest {
  private final Detector detector = new GenericOutreachDetector();

  @Test
  void oneTemplateToSixPeopleIsGenericEvenWithNamesFilledIn() {
    Finding f = Check.found(Check.assess(detector, Stories.outreach(true)), 0.6, 0.75);
    assertEquals(6, f.evidence().size());
    Check.hasEvidence(f, "hal", "2025-03-05", String.format(Stories.TEMPLATE, "Hal", "Initech"));
    assertTrue(f.summary().contains("6 different people"), f.summary());
  }

  @Test
  void personalNotesAreNotGeneric() {
    Check.notFound(Check.assess(detector, Stories.outreach(false)), 0.1);
  }

  @Test
  void aTemplateToFourPeopleIsBelowTheLine() {
    PersonBuilder p = new PersonBuilder("gia").asOf(Stories.END);
    String[] names = {"Dana", "Eli", "Fay", "Gus"};
    for (int i = 0; i < names.length; i++) {
      p.send(names[i].toLowerCase(), PersonBuilder.plus("2025-03-01", i),
          String.format(Stories.TEMPLATE, names[i], "Stripe"), Sig.ask());
    }
    Check.notFound(Check.assess(detector, p.build()), 0.45);
  }

  @Test
  void pipelineNearDuplicateGroupsCount() {
    PersonBuilder p = new PersonBuilder("gus").asOf(Stories.END);
    String[] texts = {
        "Quarterly forecasts for the retail team look promising after the new pricing model went live",
        "Our robotics club is hosting a build night with pizza and soldering irons next Thursday evening",
        "The museum opens a photography exhibit about coastal towns and their fishing families this spring",
        "Winter hiking demands layered clothing, spare batteries, and a clear plan for the descent route",
        "Grandmother's lentil soup recipe uses cumin, smoked paprika, lemon zest and plenty of fresh parsley"};
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      ids.add(p.send("c" + i, PersonBuilder.plus("2025-03-01", i), texts[i], Sig.ask()));
    }
    p.nearDuplicates(ids);
    Finding f = Check.found(Check.assess(detector, p.build()), 0.6, 0.6);
    assertEquals(5, f.evidence().size());
  }

  @Test
  void unfilledPlaceholdersAreGeneric() {
    PersonBuilder p = new PersonBuilder("pat").asOf(Stories.END);
    p.send("ann", "2025-03-01", "Dear %FIRSTNAME%, I would love to join your team.", Sig.ask());
    p.send("ben", "2025-03-02", "Dear %FIRSTNAME%, I would love to join your team.", Sig.ask());
    Finding f = Check.found(Check.assess(detector, p.build()), 0.75, 0.75);
    Check.hasEvidence(f, "ben", "2025-03-02", "Dear %FIRSTNAME%, I would love to join your team.");
  }

  @Test
  void aRunOfBareInvitationsIsGenericButAFewAreNot() {
    PersonBuilder many = new PersonBuilder("ivan").asOf(Stories.END);
    PersonBuilder few = new PersonBuilder("iris").asOf(Stories.END);
    for (int i = 0; i < 12; i++) {
      many.invitation("Person " + i, PersonBuilder.plus("2025-03-01", i % 10), i % 2 == 0 ? "" : "I'd like to add"
          + " you to my professional network on LinkedIn.");
      if (i < 4) {
        few.invitation("Person " + i, PersonBuilder.plus("2025-03-01", i), "");
      }
    }
    Finding f = Check.found(Check.assess(detector, many.build()), 0.65, 0.7);
    assertEquals(10, f.evidence().size(), "evidence is capped");
    Check.notFound(Check.assess(detector, few.build()), 0.2);
  }
}
