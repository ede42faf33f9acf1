package dev.rapport.patterns;

import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.language.Signals;
import dev.rapport.patterns.PersonData.Msg;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How evidence is written: excerpts of the owner's own words only, cut to {@link #EXCERPT_CHARS}, and days as ISO
 * dates. Every {@link Evidence} a detector or strength makes is built here, so the privacy rule lives in one place.
 *
 * <pre>{@code
 * EvidenceText.quoting(contact, ownersMessage, "ask", "asked before saying who you are")  // their asking sentence
 * EvidenceText.silence(contact, contactsMessage, "you never wrote back")                  // no excerpt at all
 * }</pre>
 *
 * <p>A contact's message is never quoted: given one, the excerpt is empty. Do not build {@code Evidence} with text
 * of your own choosing elsewhere.
 */
final class EvidenceText {
  /** The longest excerpt, ellipsis included. */
  static final int EXCERPT_CHARS = 200;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private EvidenceText() {}

  /** The owner's sentence that carries {@code label} (ask, gratitude, apology_for_delay…), else the opening. */
  static String excerpt(Msg m, String label) {
    if (!m.sent() || m.ownText() == null) {
      return "";
    }
    String text = m.ownText();
    Signals s = Judgements.sig(m);
    if (label != null) {
      for (Signals.SentenceSignal sentence : s.sentences()) {
        boolean hit = sentence.labels().contains(label) || ("ask".equals(label) && sentence.ask() >= 0.5);
        if (hit && sentence.start() >= 0 && sentence.end() <= text.length() && sentence.start() < sentence.end()) {
          return clip(text.substring(sentence.start(), sentence.end()));
        }
      }
    }
    return clip(text);
  }

  /** Whitespace folded, cut to {@link #EXCERPT_CHARS} with an ellipsis. */
  static String clip(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS - 1).trim() + "…";
  }

  /** {@code 2025-03-01}, or "an unknown date" for null. */
  static String day(Instant i) {
    return i == null ? "an unknown date" : DAY.format(i);
  }

  /** A message as evidence, quoting the owner's sentence that carries {@code label}; no excerpt for a contact's. */
  static Evidence quoting(String contact, Msg m, String label, String why) {
    return new Evidence(contact, m.threadKey(), m.date(), excerpt(m, label), why);
  }

  /**
   * A window of the owner's message, {@code from} to {@code to} (character offsets, cut to the text), as evidence;
   * no excerpt for a contact's message.
   */
  static Evidence around(String contact, Msg m, int from, int to, String why) {
    String text = m.ownText();
    String window = !m.sent() || text == null ? "" : text.substring(Math.max(0, from), Math.min(text.length(), to));
    return new Evidence(contact, m.threadKey(), m.date(), clip(window), why);
  }

  /** An invitation as evidence, quoting its note when the owner sent it; an invitation received is not quoted. */
  static Evidence invitation(String contact, Invitation inv, String why) {
    String note = inv.outgoing() && inv.message() != null ? inv.message() : "";
    return new Evidence(contact, null, inv.sentAt(), clip(note), why);
  }

  /** Something that happened outside any message (a new connection, say), with no excerpt. */
  static Evidence at(String contact, Instant when, String why) {
    return new Evidence(contact, null, when, "", why);
  }

  /** Evidence for the owner's silence: the moment an answer was due, with no excerpt. */
  static Evidence silence(String contact, Msg due, String why) {
    return new Evidence(contact, due.threadKey(), due.date(), "", why);
  }

  /** The most telling pieces first, at most {@code max}: reports show a handful, not hundreds. */
  static List<Evidence> top(List<Evidence> all, int max) {
    return all.size() <= max ? List.copyOf(all) : List.copyOf(all.subList(0, max));
  }
}
