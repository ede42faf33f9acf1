package dev.rapport.patterns;

import java.time.Instant;

/**
 * One concrete piece of evidence: a message of the owner's (or the moment a reply was due) and why it counts.
 *
 * @param contactKey the contact's resolved identity key inside this person's archive; reports turn it into a
 *                   pseudonym or a real name, never print it raw
 * @param thread     the thread key
 * @param date       when it happened, may be null when the archive had no date
 * @param excerpt    a short excerpt of the owner's own words only; never a third party's text; may be empty
 * @param why        one line saying why this made the detector fire
 */
public record Evidence(String contactKey, String thread, Instant date, String excerpt, String why)
    implements java.io.Serializable {
  public Evidence {
    excerpt = excerpt == null ? "" : excerpt;
  }
}
