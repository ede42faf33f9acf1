package dev.rapport.ingest.linkedin;

import java.time.Instant;

/**
 * A row of LinkedIn's {@code Invitations.csv}: one outreach event. {@code outgoing} is true when the owner sent it.
 * {@code sentAt} is read in the zone chosen for LinkedIn dates (they carry none).
 */
public record Invitation(
    String person,
    String from,
    String to,
    Instant sentAt,
    String message,
    boolean outgoing,
    String inviterProfileUrl,
    String inviteeProfileUrl) implements java.io.Serializable {}
