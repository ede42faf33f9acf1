package dev.rapport.generate;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one conversation as a script: who says what, when. Threading (Message-ID, In-Reply-To, References,
 * {@code Re:} subjects), addressing, signatures and quoted replies are added the way mail clients add them.
 *
 * <pre>{@code
 * archive.email("Coffee?", dana).owner(t, words.checkIn(dana)).contact(t.plusHours(3), words.contactWarmReply(dana)).send();
 * }</pre>
 */
final class ThreadScript {
  private final Archive archive;
  private final Conversation.Channel channel;
  private final String subject;
  private final List<Person> contacts;
  private final Set<Person> cc = new LinkedHashSet<>();
  private final List<Mail> mails = new ArrayList<>();
  private final long threadNumber;
  private Mail.Attachment nextAttachment;
  private boolean nextHtml;

  ThreadScript(Archive archive, Conversation.Channel channel, String subject, List<Person> contacts) {
    if (contacts.isEmpty()) {
      throw new IllegalArgumentException("a conversation needs at least one contact: " + subject);
    }
    this.archive = archive;
    this.channel = channel;
    this.subject = subject;
    this.contacts = List.copyOf(contacts);
    this.threadNumber = archive.newThreadNumber();
  }

  /** The owner writes to whoever wrote last (or the first contact), everyone else in the thread in copy. */
  ThreadScript owner(ZonedDateTime at, String text) {
    return add(archive.owner(), at, text);
  }

  /** The first contact writes to the owner. */
  ThreadScript contact(ZonedDateTime at, String text) {
    return add(contacts.get(0), at, text);
  }

  ThreadScript from(Person sender, ZonedDateTime at, String text) {
    return add(sender, at, text);
  }

  /** From now on the thread includes this person in copy, as when a contact loops in someone for an introduction. */
  ThreadScript cc(Person person) {
    cc.add(person);
    return this;
  }

  /** From now on the thread no longer copies this person ("moving you to bcc"). */
  ThreadScript uncc(Person person) {
    cc.remove(person);
    return this;
  }

  /** The next message carries this attachment. */
  ThreadScript attach(Mail.Attachment attachment) {
    this.nextAttachment = attachment;
    return this;
  }

  /** The next message also has an HTML part, as webmail sends it. */
  ThreadScript html() {
    this.nextHtml = true;
    return this;
  }

  boolean isEmpty() {
    return mails.isEmpty();
  }

  ZonedDateTime lastDate() {
    return mails.get(mails.size() - 1).date();
  }

  private ThreadScript add(Person sender, ZonedDateTime at, String text) {
    Person owner = archive.owner();
    List<Person> everyone = new ArrayList<>();
    everyone.add(owner);
    everyone.addAll(contacts);
    everyone.addAll(cc);
    everyone.remove(sender);
    Person to;
    if (!mails.isEmpty() && !mails.get(mails.size() - 1).from().equals(sender)) {
      to = mails.get(mails.size() - 1).from();
    } else {
      to = sender.equals(owner) ? contacts.get(0) : owner;
    }
    everyone.remove(to);
    List<Person> toList = new ArrayList<>();
    toList.add(to);
    List<Person> ccList = new ArrayList<>();
    if (channel == Conversation.Channel.LINKEDIN) {
      toList.addAll(everyone);
    } else {
      ccList.addAll(everyone);
    }

    String body = text;
    List<String> references = new ArrayList<>();
    String shownSubject = channel == Conversation.Channel.LINKEDIN ? subject : subject;
    if (channel == Conversation.Channel.EMAIL) {
      String sig = archive.signature(sender);
      if (!sig.isEmpty()) {
        body = body + "\n\n" + sig;
      }
      if (!mails.isEmpty()) {
        Mail previous = mails.get(mails.size() - 1);
        shownSubject = subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
        for (Mail m : mails.subList(Math.max(0, mails.size() - 10), mails.size())) {
          references.add(m.messageId());
        }
        if (archive.quotes(sender)) {
          body = body + "\n\n" + archive.quoteHeader(sender, previous) + "\n" + quote(Mime.wrap(previous.text()));
        }
      }
    }
    ZonedDateTime local = at.withZoneSameInstant(sender.zone());
    mails.add(new Mail(archive.newMessageId(sender), references, sender, toList, ccList, local, shownSubject, body,
        nextHtml, nextAttachment, sender.equals(owner), List.of(), "", Set.of()));
    nextHtml = false;
    nextAttachment = null;
    return this;
  }

  /** Quotes a message the way clients do, dropping what was already quoted twice so threads do not snowball. */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(">>")) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(line.startsWith(">") ? ">" + line : line.isEmpty() ? ">" : "> " + line);
    }
    return sb.toString();
  }

  Conversation build() {
    return new Conversation(channel, threadNumber, subject, mails);
  }

  /** Writes the conversation to the archive; a script without messages writes nothing. */
  void send() throws IOException {
    if (!mails.isEmpty()) {
      archive.send(build());
    }
  }
}
