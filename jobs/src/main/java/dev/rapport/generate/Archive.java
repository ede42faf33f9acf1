package dev.rapport.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One person's synthetic archive being written: an email mailbox in one real format, a LinkedIn export, or both.
 *
 * <p>Conversations go to the files as soon as they are sent, so an archive of any size is written in constant memory
 * (only LinkedIn connections and invitations, one row per contact, wait for {@link #close()}).
 */
final class Archive implements Closeable {
  enum MailFormat { TAKEOUT, THUNDERBIRD, MAILDIR, EML, NONE }

  private static final DateTimeFormatter GMAIL_QUOTE_DATE =
      DateTimeFormatter.ofPattern("EEE, MMM d, yyyy 'at' h:mm a", Locale.US);
  private static final DateTimeFormatter THUNDERBIRD_QUOTE_DATE = DateTimeFormatter.ofPattern("M/d/yy h:mm a", Locale.US);

  private final Person owner;
  private final SplittableRandom rng;
  private final Phrasebook words;
  private final MailSink mail;
  private final LinkedInExport linkedIn;
  private final MailFormat format;
  private long messages;

  private Archive(Person owner, SplittableRandom rng, Phrasebook words, MailFormat format, MailSink mail,
      LinkedInExport linkedIn) {
    this.owner = owner;
    this.rng = rng;
    this.words = words;
    this.format = format;
    this.mail = mail;
    this.linkedIn = linkedIn;
  }

  static Archive open(Path personDir, Person owner, Phrasebook words, SplittableRandom rng, MailFormat format,
      boolean withLinkedIn, ZonedDateTime exportedAt) throws IOException {
    return open(personDir, owner, words, rng, format, MailFormat.NONE, withLinkedIn, exportedAt);
  }

  /**
   * An archive whose mail is also in a second format, as when a Gmail account is exported with Takeout and synced
   * by a desktop client too: the same messages, with the same Message-IDs, twice.
   */
  static Archive open(Path personDir, Person owner, Phrasebook words, SplittableRandom rng, MailFormat format,
      MailFormat copy, boolean withLinkedIn, ZonedDateTime exportedAt) throws IOException {
    if (format == MailFormat.NONE && !withLinkedIn) {
      throw new IllegalArgumentException("an archive needs a mail format or a LinkedIn export: " + personDir);
    }
    if (copy != MailFormat.NONE && (copy == format || format == MailFormat.NONE)) {
      throw new IllegalArgumentException("a copy needs a different mail format than " + format + ", got " + copy);
    }
    MailSink first = sink(personDir, format);
    MailSink second = sink(personDir, copy);
    MailSink sink = second == null ? first : new MailSink() {
      @Override
      public void write(Conversation c) throws IOException {
        first.write(c);
        second.write(c);
      }

      @Override
      public void close() throws IOException {
        try (first; second) {
          // both closed
        }
      }
    };
    LinkedInExport export = withLinkedIn
        ? new LinkedInExport(personDir, owner, owner.title() + " at " + owner.school() + " | " + words.field(), exportedAt)
        : null;
    return new Archive(owner, rng, words, format, sink, export);
  }

  private static MailSink sink(Path personDir, MailFormat format) throws IOException {
    return switch (format) {
      case TAKEOUT -> new TakeoutMbox(personDir);
      case THUNDERBIRD -> new ThunderbirdMbox(personDir);
      case MAILDIR -> new MaildirStore(personDir);
      case EML -> new EmlFolder(personDir);
      case NONE -> null;
    };
  }

  Person owner() {
    return owner;
  }

  Phrasebook words() {
    return words;
  }

  SplittableRandom rng() {
    return rng;
  }

  boolean hasEmail() {
    return mail != null;
  }

  boolean hasLinkedIn() {
    return linkedIn != null;
  }

  long messagesWritten() {
    return messages;
  }

  ThreadScript email(String subject, Person... contacts) {
    if (mail == null) {
      throw new IllegalStateException("this archive has no mailbox; use linkedIn() for " + owner.name());
    }
    return new ThreadScript(this, Conversation.Channel.EMAIL, subject, Arrays.asList(contacts));
  }

  ThreadScript linkedIn(Person contact) {
    return linkedIn(contact, "");
  }

  /** A LinkedIn conversation with a subject, as InMail has. */
  ThreadScript linkedIn(Person contact, String subject) {
    if (linkedIn == null) {
      throw new IllegalStateException("this archive has no LinkedIn export; use email() for " + owner.name());
    }
    return new ThreadScript(this, Conversation.Channel.LINKEDIN, subject, List.of(contact));
  }

  void send(Conversation c) throws IOException {
    if (c.channel() == Conversation.Channel.EMAIL) {
      mail.write(c);
    } else {
      linkedIn.write(c);
    }
    messages += c.mails().size();
  }

  void connect(Person contact, LocalDate on, boolean showEmail) {
    requireLinkedIn().connection(contact, on, showEmail);
  }

  void invite(Person from, Person to, ZonedDateTime at, String note) {
    requireLinkedIn().invitation(from, to, at, note);
  }

  void draft(Person to, ZonedDateTime at, String text) throws IOException {
    requireLinkedIn().draft(to, at, text);
  }

  private LinkedInExport requireLinkedIn() {
    if (linkedIn == null) {
      throw new IllegalStateException("no LinkedIn export in the archive of " + owner.name());
    }
    return linkedIn;
  }

  long newThreadNumber() {
    // Gmail thread ids of the 2020s are 19-digit numbers starting 17 or 18.
    return 1_700_000_000_000_000_000L + (rng.nextLong() & Long.MAX_VALUE) % 150_000_000_000_000_000L;
  }

  String newMessageId(Person from) {
    if (from.equals(owner) || from.email().endsWith("@example.com")) {
      return "<CA+" + token(40) + "@mail.example.com>";
    }
    return "<" + Long.toHexString(rng.nextLong() & Long.MAX_VALUE) + "." + (100000 + rng.nextInt(900000)) + "@"
        + from.email().substring(from.email().indexOf('@') + 1) + ">";
  }

  private String token(int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(rng.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** The signature block a sender appends, or empty when they sign with their name only. */
  String signature(Person p) {
    if (p.equals(owner)) {
      return "-- \n" + owner.name() + "\n" + owner.title() + " | " + owner.school() + "\n" + words.field();
    }
    long h = Mime.fnv(p.email());
    if ((h & 3) == 0 || p.title().isEmpty()) {
      return "";
    }
    String phone = String.format(Locale.ROOT, "+1 (555) 01%02d", (h >>> 4) % 100);
    return "-- \n" + p.name() + "\n" + p.title() + (p.company().isEmpty() ? "" : ", " + p.company())
        + ((h & 4) == 0 ? "\n" + phone : "");
  }

  /** The attribution line above a quoted reply, in the style of the sender's mail client. */
  String quoteHeader(Person sender, Mail quoted) {
    ZonedDateTime at = quoted.date().withZoneSameInstant(sender.zone());
    boolean thunderbird = format == MailFormat.THUNDERBIRD ? sender.equals(owner) : (Mime.fnv(sender.email()) & 8) == 0;
    return thunderbird
        ? "On " + THUNDERBIRD_QUOTE_DATE.format(at) + ", " + quoted.from().name() + " wrote:"
        : "On " + GMAIL_QUOTE_DATE.format(at) + " " + quoted.from().name() + " <" + quoted.from().email() + "> wrote:";
  }

  boolean quotes(Person sender) {
    return sender.equals(owner) || (Mime.fnv(sender.email()) & 16) != 0;
  }

  @Override
  public void close() throws IOException {
    try (MailSink m = mail; LinkedInExport l = linkedIn) {
      // both closed, in reverse order, even if one fails
    }
  }
}
