package dev.rapport.generate;

import java.util.List;

/** The labelled story cohort of data-samples: one persona per habit of patterns.md, two healthy, one bulk-heavy. */
final class Stories {
  private Stories() {}

  static List<Persona> all() {
    return List.of();
  }
}
