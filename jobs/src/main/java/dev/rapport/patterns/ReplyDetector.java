package dev.rapport.patterns;

/**
 * A detector that judges the owner's replies (ask after help, no follow-up, slow reply, neglected network): it can
 * only say something where the archive shows what the owner wrote back. When no source does ({@link
 * PersonIndex#repliesNotShown}: no sent mail, or mostly an assistant's), the pattern is not assessable, with that
 * reason, and {@link #assessShown} is never called.
 */
abstract class ReplyDetector implements Detector {

  @Override
  public final Assessment assess(PersonIndex p) {
    return p.repliesNotShown()
        .map(why -> Assessment.notAssessable(pattern(), why))
        .orElseGet(() -> assessShown(p));
  }

  /** Assesses a person whose archive shows the owner's own replies in at least one source. */
  abstract Assessment assessShown(PersonIndex p);
}
