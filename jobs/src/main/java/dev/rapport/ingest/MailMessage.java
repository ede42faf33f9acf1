package dev.rapport.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One message in the canonical form every reader produces, whatever the archive format.
 *
 * <p>Fields that depend on knowing the owner (direction, thread) are filled later by the pipeline;
 * a reader fills only what the record itself says. {@code date} is null when the message has no
 * usable date; lists are never null.
 *
 * @param person    the person whose archive this is (the cohort subfolder name)
 * @param source    the file the message came from ({@code export.zip!/messages.csv} inside a ZIP)
 * @param position  byte offset in an mbox, row number in a CSV, 0 for one-message files
 * @param messageId the Message-ID, or a stable id derived from the content when it is missing
 * @param threadHint a thread id given by the format itself (Gmail X-GM-THRID, LinkedIn conversation id)
 * @param ownText   the author's own words: quoted replies, forwarded text and signatures removed
 * @param quotedText what was removed from {@code ownText}, kept for thread reconstruction
 * @param folder    the mailbox folder or LinkedIn folder the message was filed in
 * @param bulkReason why the message is bulk (list header, no-reply sender, Gmail category…), null when not bulk
 * @param body      the original text body as decoded, before quotes and signature were separated
 * @param signature the signature block separated from {@code ownText}, empty when none was found
 * @param notes     what a reader cut or dropped because the record went beyond a {@link Limits limit} (a long line,
 *                  too many recipients, a date that cannot be true), one fixed text each; empty for most messages
 */
public record MailMessage(
    String person,
    String source,
    String format,
    long position,
    String messageId,
    String threadHint,
    String inReplyTo,
    List<String> references,
    Instant date,
    Party from,
    List<Party> to,
    List<Party> cc,
    String subject,
    String ownText,
    String quotedText,
    List<String> labels,
    String folder,
    String bulkReason,
    List<Attachment> attachments,
    String body,
    String signature,
    List<String> notes) implements java.io.Serializable {

  /** For formats with no quoting or signatures (LinkedIn): the body is the own text. */
  public MailMessage(String person, String source, String format, long position, String messageId,
      String threadHint, String inReplyTo, List<String> references, Instant date, Party from, List<Party> to,
      List<Party> cc, String subject, String ownText, String quotedText, List<String> labels, String folder,
      String bulkReason, List<Attachment> attachments) {
    this(person, source, format, position, messageId, threadHint, inReplyTo, references, date, from, to, cc,
        subject, ownText, quotedText, labels, folder, bulkReason, attachments, ownText, "", List.of());
  }

  /** As read by a mail reader, before any limit applied. */
  public MailMessage(String person, String source, String format, long position, String messageId,
      String threadHint, String inReplyTo, List<String> references, Instant date, Party from, List<Party> to,
      List<Party> cc, String subject, String ownText, String quotedText, List<String> labels, String folder,
      String bulkReason, List<Attachment> attachments, String body, String signature) {
    this(person, source, format, position, messageId, threadHint, inReplyTo, references, date, from, to, cc,
        subject, ownText, quotedText, labels, folder, bulkReason, attachments, body, signature, List.of());
  }

  public MailMessage {
    references = references == null ? List.of() : List.copyOf(references);
    to = to == null ? List.of() : List.copyOf(to);
    cc = cc == null ? List.of() : List.copyOf(cc);
    labels = labels == null ? List.of() : List.copyOf(labels);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    subject = subject == null ? "" : subject;
    ownText = ownText == null ? "" : ownText;
    quotedText = quotedText == null ? "" : quotedText;
    folder = folder == null ? "" : folder;
    body = body == null ? ownText : body;
    signature = signature == null ? "" : signature;
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** A copy that also carries {@code more} notes (kept once each, in order). */
  public MailMessage withNotes(List<String> more) {
    if (more == null || more.isEmpty()) {
      return this;
    }
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(notes);
    all.addAll(more);
    return new MailMessage(person, source, format, position, messageId, threadHint, inReplyTo, references, date,
        from, to, cc, subject, ownText, quotedText, labels, folder, bulkReason, attachments, body, signature,
        List.copyOf(all));
  }

  public boolean isBulk() {
    return bulkReason != null;
  }
}
