package dev.rapport.ingest.linkedin;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CSV layouts of LinkedIn's data export, one named preset per file and vintage, recognised from the header row.
 *
 * <pre>{@code
 * LinkedInFormat.recognise(List.of("CONVERSATION ID", "CONVERSATION TITLE", "FROM", ...))  // Optional[MESSAGES_2022]
 * }</pre>
 *
 * <p>Recognition asks only that a preset's columns are all present, in any order and any letter case, and picks the
 * preset with the most columns; the reader then reads columns by name. Do not compare presets to pick behaviour per
 * vintage: the same vintage has been seen with columns added, so test for the column instead.
 */
public enum LinkedInFormat {
  /** {@code Messages.csv} of 2018: names only, {@code Direction}, folders {@code SENT}/{@code ARCHIVED}. */
  MESSAGES_2018(Kind.MESSAGES, "2018", "From", "To", "Date", "Subject", "Content", "Direction", "Folder"),
  /** {@code messages.csv} of 2022: conversation ids and the sender's profile URL. */
  MESSAGES_2022(Kind.MESSAGES, "2022", "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
      "DATE", "SUBJECT", "CONTENT", "FOLDER"),
  /** {@code messages.csv} of 2024 and later: recipients' profile URLs and draft flags. */
  MESSAGES_2024(Kind.MESSAGES, "2024", "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
      "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"),
  /** {@code Connections.csv} of 2018 (dates like {@code 1/8/18, 6:14 PM}, no preamble). */
  CONNECTIONS_2018(Kind.CONNECTIONS, "2018", "First Name", "Last Name", "Email Address", "Company", "Position",
      "Connected On"),
  /**
   * {@code Connections.csv} of 2022: the 2018 columns after a {@code Notes:} preamble, dates like {@code 09 Sep 2022}.
   * The header alone cannot tell it from 2018; {@link #recognise} returns {@link #CONNECTIONS_2018} and the reader
   * reports this preset when it met the preamble.
   */
  CONNECTIONS_2022(Kind.CONNECTIONS, "2022", "First Name", "Last Name", "Email Address", "Company", "Position",
      "Connected On"),
  /** {@code Connections.csv} of 2024 and later: adds the profile {@code URL}. */
  CONNECTIONS_2024(Kind.CONNECTIONS, "2024", "First Name", "Last Name", "URL", "Email Address", "Company", "Position",
      "Connected On"),
  /** {@code Invitations.csv} of 2018 and 2022; dates like {@code 8/26/22, 8:56 PM} without a zone. */
  INVITATIONS_2018(Kind.INVITATIONS, "2018", "From", "To", "Sent At", "Message", "Direction"),
  /** {@code Invitations.csv} of 2024 and later: adds both profile URLs. */
  INVITATIONS_2024(Kind.INVITATIONS, "2024", "From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
      "inviteeProfileUrl"),
  /** {@code Profile.csv}, all vintages: the owner's own names. */
  PROFILE(Kind.PROFILE, "any", "First Name", "Last Name", "Headline"),
  /** {@code Email Addresses.csv}, all vintages: the owner's addresses. */
  EMAIL_ADDRESSES(Kind.EMAIL_ADDRESSES, "any", "Email Address", "Confirmed", "Primary");

  /** What a file holds, whatever its vintage. */
  public enum Kind { MESSAGES, CONNECTIONS, INVITATIONS, PROFILE, EMAIL_ADDRESSES }

  private final Kind kind;
  private final String vintage;
  private final List<String> header;
  private final Set<String> required;

  LinkedInFormat(Kind kind, String vintage, String... header) {
    this.kind = kind;
    this.vintage = vintage;
    this.header = List.of(header);
    this.required = Stream.of(header).map(LinkedInFormat::column).collect(Collectors.toUnmodifiableSet());
  }

  public Kind kind() {
    return kind;
  }

  /** {@code 2018}, {@code 2022}, {@code 2024} or {@code any}. */
  public String vintage() {
    return vintage;
  }

  /** The header row as LinkedIn writes it. */
  public List<String> header() {
    return header;
  }

  /**
   * The preset whose columns all appear in {@code headerRow}, the most specific when several do; empty for a row that
   * is not a LinkedIn header. Never returns {@link #CONNECTIONS_2022}, which differs from 2018 only by its preamble.
   */
  public static Optional<LinkedInFormat> recognise(List<String> headerRow) {
    if (headerRow == null || headerRow.isEmpty()) {
      return Optional.empty();
    }
    Set<String> present = headerRow.stream().map(LinkedInFormat::column).collect(Collectors.toSet());
    return Stream.of(values())
        .filter(f -> f != CONNECTIONS_2022)
        .filter(f -> present.containsAll(f.required))
        .max(Comparator.comparingInt((LinkedInFormat f) -> f.required.size())
            .thenComparing(f -> -f.ordinal()));
  }

  /** How columns are compared: trimmed, BOM dropped, case and inner spacing folded. */
  static String column(String name) {
    return name == null ? "" : name.replace("\uFEFF", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
