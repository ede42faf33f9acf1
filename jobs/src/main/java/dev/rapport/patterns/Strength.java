package dev.rapport.patterns;

import java.util.List;

/** Something the owner does well, measured with the same rigour as a finding. */
public record Strength(String signal, String summary, List<Evidence> evidence) implements java.io.Serializable {
  public Strength {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
