package dev.rapport.ingest.linkedin;

import java.time.LocalDate;

/** A row of LinkedIn's {@code Connections.csv}. Company and position are as of the export, not of connecting. */
public record Connection(
    String person,
    String firstName,
    String lastName,
    String profileUrl,
    String email,
    String company,
    String position,
    LocalDate connectedOn) implements java.io.Serializable {}
