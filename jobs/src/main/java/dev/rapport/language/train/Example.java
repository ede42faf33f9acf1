package dev.rapport.language.train;

import java.util.Set;

/** One labelled training item: its features, its binary label and, for regression checks, a real target. */
public record Example(Set<String> features, boolean positive, double target) {
  public Example {
    if (features == null) {
      throw new IllegalArgumentException("expected a feature set, got null");
    }
    features = Set.copyOf(features);
  }
}
