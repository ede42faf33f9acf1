package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

/** Assertions shared by the detector tests. */
final class Check {
  private Check() {}

  static Assessment assess(Detector d, PersonData data) {
    return assess(d, data, Thresholds.defaults());
  }

  static Assessment assess(Detector d, PersonData data, Thresholds t) {
    Assessment a = d.assess(PersonIndex.of(data, t));
    assertEquals(d.pattern(), a.pattern());
    a.findingIfAny().ifPresent(f -> {
      for (Evidence e : f.evidence()) {
        assertFalse(e.excerpt().contains(PersonBuilder.CONTACT_TEXT), "quoted a contact: " + e);
        assertTrue(e.excerpt().length() <= EvidenceText.EXCERPT_CHARS, "excerpt too long: " + e.excerpt());
        assertNotNull(e.contactKey());
        assertFalse(e.why().isBlank());
      }
      assertFalse(f.summary().isBlank());
      assertFalse(f.advice().isBlank());
      assertEquals(a.score(), f.severity(), 1e-9);
    });
    return a;
  }

  /** The pattern is reported with a score in [min, max]; returns the finding. */
  static Finding found(Assessment a, double min, double max) {
    assertTrue(a.assessable(), () -> a.pattern() + " not assessable: " + a.notAssessableReason());
    assertTrue(a.score() >= min && a.score() <= max, () -> a.pattern() + " score " + a.score() + " outside ["
        + min + ", " + max + "]");
    assertTrue(a.findingIfAny().isPresent(), () -> a.pattern() + " not reported at score " + a.score());
    return a.finding();
  }

  /** Assessed, not reported, score below {@code max}. */
  static void notFound(Assessment a, double max) {
    assertTrue(a.assessable(), () -> a.pattern() + " not assessable: " + a.notAssessableReason());
    assertTrue(a.findingIfAny().isEmpty(), () -> a.pattern() + " reported: " + a.finding());
    assertTrue(a.score() <= max, () -> a.pattern() + " score " + a.score() + " above " + max);
  }

  /** Some evidence is about {@code contact} on {@code day} with exactly {@code excerpt}. */
  static void hasEvidence(Finding f, String contact, String day, String excerpt) {
    Instant at = PersonBuilder.at(day);
    assertTrue(f.evidence().stream().anyMatch(e -> e.contactKey().equals(contact)
            && e.date() != null && e.date().equals(at) && e.excerpt().equals(excerpt)),
        () -> "no evidence for " + contact + " on " + day + " quoting \"" + excerpt + "\" in " + f.evidence());
  }
}
