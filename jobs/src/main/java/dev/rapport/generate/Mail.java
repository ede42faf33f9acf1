package dev.rapport.generate;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One generated message, before it is rendered into any archive format.
 *
 * @param references the thread's earlier Message-IDs, oldest first; the last one is the In-Reply-To
 * @param text       the plain text body, signature and quoted reply included, lines separated by {@code \n}
 * @param html       whether an HTML alternative part goes with the text
 * @param extraHeaders headers bulk senders add (List-Id, List-Unsubscribe, Precedence…)
 * @param category   the Gmail category label (e.g. {@code Category Updates}), empty for personal mail
 * @param quirks     the ways this message breaks the rules, as real mail does (readers must cope)
 */
record Mail(
    String messageId,
    List<String> references,
    Person from,
    List<Person> to,
    List<Person> cc,
    ZonedDateTime date,
    String subject,
    String text,
    boolean html,
    Attachment attachment,
    boolean fromOwner,
    List<Header> extraHeaders,
    String category,
    Set<Quirk> quirks) {

  /** Rule-breaking seen in real archives (formats.md), written into some background mail. */
  enum Quirk { NO_MESSAGE_ID, NO_DATE, HTML_ONLY, LATIN1_BODY }

  Mail {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(date, "date");
    references = List.copyOf(references);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    extraHeaders = List.copyOf(extraHeaders);
    subject = subject == null ? "" : subject;
    category = category == null ? "" : category;
    quirks = quirks == null || quirks.isEmpty() ? Set.of() : Set.copyOf(quirks);
    if (to.isEmpty()) {
      throw new IllegalArgumentException("a message needs at least one recipient: " + messageId);
    }
  }

  boolean isBulk() {
    return !extraHeaders.isEmpty() || !category.isEmpty();
  }

  String inReplyTo() {
    return references.isEmpty() ? null : references.get(references.size() - 1);
  }

  record Header(String name, String value) {}

  /** A small file sent with a message; its bytes are written base64 encoded. */
  record Attachment(String fileName, String mimeType, byte[] content) {}
}
