package dev.rapport.ingest;

/** An attachment, kept as metadata only: its bytes are never stored. */
public record Attachment(String name, String type, long size) implements java.io.Serializable {}
