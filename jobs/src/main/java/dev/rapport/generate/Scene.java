package dev.rapport.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The episodes an archive is made of — a check-in and its answer, an ask and what follows, a new connection —
 * written in one call each, with the timing that makes them healthy unless told otherwise.
 *
 * <p>Healthy defaults follow the measurements of patterns.md: replies within hours, thanks within a day, a polite
 * follow-up after a week of silence, new connections greeted within days.
 */
final class Scene {
  /** How an owner's request starts. */
  enum Opening { KNOWN_CONTACT, NEW_CONTACT, NO_WARMUP, COLD }

  /** What the contact does with the request. */
  enum Answer { HELPS, SILENT, SILENT_THEN_HELPS_AFTER_FOLLOW_UP }

  /** What the owner does once helped. */
  enum Reaction { THANKS, NOTHING, ASKS_MORE }

  final Archive archive;
  final Cast cast;
  final Phrasebook words;
  final SplittableRandom rng;
  final Person me;
  private final BulkMail bulk;
  private final Set<Person> connections = new HashSet<>();

  Scene(Archive archive, Cast cast) {
    this.archive = archive;
    this.cast = cast;
    this.words = archive.words();
    this.rng = archive.rng();
    this.me = archive.owner();
    this.bulk = new BulkMail(archive, cast);
  }

  // ---------------------------------------------------------------- time

  /** A moment on the given day during the owner's waking hours. */
  ZonedDateTime on(String isoDate) {
    return on(LocalDate.parse(isoDate));
  }

  ZonedDateTime on(LocalDate day) {
    return day.atTime(8 + rng.nextInt(12), rng.nextInt(60), rng.nextInt(60)).atZone(me.zone());
  }

  ZonedDateTime hoursLater(ZonedDateTime t, int min, int max) {
    return t.plusMinutes(min * 60L + rng.nextInt(Math.max(1, (max - min) * 60)));
  }

  ZonedDateTime daysLater(ZonedDateTime t, int min, int max) {
    return t.plusDays(min + rng.nextInt(Math.max(1, max - min + 1))).plusMinutes(10 + rng.nextInt(240));
  }

  /** {@code count} moments spread over [from, to), in order, each with some jitter. */
  ZonedDateTime[] spread(String from, String to, int count) {
    LocalDate a = LocalDate.parse(from);
    long days = LocalDate.parse(to).toEpochDay() - a.toEpochDay();
    ZonedDateTime[] out = new ZonedDateTime[count];
    for (int i = 0; i < count; i++) {
      long slot = days * i / count;
      // jitter within a third of a slot, so consecutive moments are never much more than a slot apart
      long width = Math.max(1, days / count / 3);
      out[i] = on(a.plusDays(slot + rng.nextLong(width)));
    }
    return out;
  }

  // ---------------------------------------------------------------- people

  Person peer() {
    return cast.contact(Cast.Level.PEER);
  }

  Person mid() {
    return cast.contact(Cast.Level.MID);
  }

  Person senior() {
    return cast.contact(Cast.Level.SENIOR);
  }

  /** Someone the owner studied with, at a company now, writing from a personal address. */
  Person friend() {
    Person p = cast.contact(rng.nextInt(3) == 0 ? Cast.Level.MID : Cast.Level.PEER);
    return p.withEmail(Person.fold(p.first()) + "." + Person.fold(p.last()) + "@example.org");
  }

  // ---------------------------------------------------------------- channels

  private ThreadScript open(Person c, String subject) {
    if (archive.hasEmail() && (!archive.hasLinkedIn() || !connections.contains(c) || rng.nextInt(3) != 0)) {
      ThreadScript s = archive.email(subject, c);
      return rng.nextInt(4) == 0 ? s.html() : s;
    }
    return archive.linkedIn(c);
  }

  private String subject(String... options) {
    return words.any(options);
  }

  // ---------------------------------------------------------------- giving and maintaining

  /** The owner starts a touch that gives or maintains; the contact answers within a day. */
  void ownerTouch(Person c, ZonedDateTime t) throws IOException {
    int kind = rng.nextInt(4);
    String text = switch (kind) {
      case 0 -> words.checkIn(c);
      case 1 -> words.share(c);
      case 2 -> words.congratulate(c);
      default -> words.offerHelp(c);
    };
    String subj = switch (kind) {
      case 0 -> subject("Checking in", "Hello from " + me.school(), "Quick hello", "Long time!", "How are things?");
      case 1 -> subject("Thought of you", "An article you might like", "Worth a read", "Saw this and thought of you");
      case 2 -> subject("Congrats!", "Congratulations 🎉", "Great news!", "Félicitations!");
      default -> subject("Happy to help", "An idea for your team", "Can I help with the search?");
    };
    ThreadScript s = open(c, subj).owner(t, text);
    ZonedDateTime reply = hoursLater(t, 1, 20);
    String answer = words.contactWarmReply(c);
    s.contact(reply, answer);
    if (answer.contains("?")) {
      s.owner(hoursLater(reply, 1, 6), words.shortAnswer(c));
    }
    s.send();
  }

  /** The contact checks in; the owner answers within hours. */
  void contactTouch(Person c, ZonedDateTime t) throws IOException {
    open(c, subject("Catching up", "Hi!", "How's it going?", "Long time no see"))
        .contact(t, words.contactCheckIn(c))
        .owner(hoursLater(t, 1, 6), words.checkInReply(c))
        .send();
  }

  /** The contact asks a favour; the owner answers within hours and is thanked. */
  void contactAsks(Person c, ZonedDateTime t) throws IOException {
    ZonedDateTime answer = hoursLater(t, 1, 5);
    int which = rng.nextInt(4);
    open(c, subject("Quick favour", "A question for you", "Can I ask you something?"))
        .contact(t, words.contactAsks(c, which))
        .owner(answer, words.answer(c, which))
        .contact(hoursLater(answer, 1, 8), words.contactThanks(c))
        .send();
  }

  /** The contact invites the owner to meet; the owner accepts within hours. */
  void meetInvite(Person c, ZonedDateTime t) throws IOException {
    String when = words.when();
    open(c, subject("Coffee?", "Catch up soon?", "Lunch next week", "Café next week?"))
        .contact(t, words.inviteMeet(c, when))
        .owner(hoursLater(t, 1, 5), words.acceptMeeting(c, when))
        .send();
  }

  /** A steady relationship: touches both ways, a meeting, a favour, spread across the period. */
  void friendship(Person c, String from, String to, int rounds) throws IOException {
    ZonedDateTime[] times = spread(from, to, rounds);
    for (int i = 0; i < rounds; i++) {
      switch ((i + rng.nextInt(2)) % 4) {
        case 0 -> ownerTouch(c, times[i]);
        case 1 -> contactTouch(c, times[i]);
        case 2 -> meetInvite(c, times[i]);
        default -> contactAsks(c, times[i]);
      }
    }
  }

  // ---------------------------------------------------------------- asking

  /** A message from a contact that the owner never answers. */
  void unanswered(Person c, ZonedDateTime t, String subject, String text) throws IOException {
    open(c, subject).contact(t, text).send();
  }

  /** As {@link #ask}, on LinkedIn whatever else the archive holds. */
  void askOnLinkedIn(Person c, Phrasebook.Ask kind, ZonedDateTime t, Opening opening, Answer answer,
      Reaction reaction) throws IOException {
    ask(archive.linkedIn(c), c, kind, t, opening, answer, reaction, false);
  }

  /** The owner asks {@code c}; see {@link Opening}, {@link Answer} and {@link Reaction} for the variations. */
  void ask(Person c, Phrasebook.Ask kind, ZonedDateTime t, Opening opening, Answer answer, Reaction reaction,
      boolean resume) throws IOException {
    String subj = switch (kind) {
      case REFERRAL -> subject("Referral for the " + words.role() + " role?", "Question about " + c.company(),
          "Résumé for the " + words.role() + " opening", "Job at " + c.company());
      case INTRO -> subject("Intro request", "Could you connect me?", "Introduction to your team?",
          "Question about " + c.company());
      case ADVICE -> subject("Advice on " + words.field() + " roles?", "Your advice", "Résumé feedback?",
          "Career question");
      case CHAT -> subject("Quick chat?", "20 minutes sometime?", "Coffee chat", "Informational interview?");
    };
    ask(open(c, subj), c, kind, t, opening, answer, reaction, resume);
  }

  private void ask(ThreadScript s, Person c, Phrasebook.Ask kind, ZonedDateTime t, Opening opening, Answer answer,
      Reaction reaction, boolean resume) throws IOException {
    String text = switch (opening) {
      case KNOWN_CONTACT -> words.askWithContext(c, kind, true, null);
      case NEW_CONTACT -> words.askWithContext(c, kind, false, rng.nextBoolean() ? friendOfFriend() : null);
      case NO_WARMUP -> words.askWithoutWarmup(c, kind);
      case COLD -> words.coldAsk(c);
    };
    if (resume) {
      s.attach(resume());
    }
    s.owner(t, text);
    ZonedDateTime last = t;
    if (answer == Answer.SILENT) {
      s.send();
      return;
    }
    if (answer == Answer.SILENT_THEN_HELPS_AFTER_FOLLOW_UP) {
      last = daysLater(t, 6, 10);
      s.owner(last, words.followUp(c));
    }
    help(s, c, kind, daysLater(last, 0, 1), reaction);
  }

  private Person friendOfFriend() {
    return cast.contact(Cast.Level.PEER);
  }

  /** The contact helps in the way the ask called for; the owner reacts. */
  private void help(ThreadScript s, Person c, Phrasebook.Ask kind, ZonedDateTime t, Reaction reaction)
      throws IOException {
    ZonedDateTime r = hoursLater(t, 1, 6);
    switch (kind) {
      case INTRO -> {
        Person third = mid();
        s.cc(third).contact(t, words.helpIntro(c, third));
        if (reaction == Reaction.THANKS) {
          ZonedDateTime hello = hoursLater(t, 2, 20);
          s.from(third, hello, words.introducedHello(c, third));
          ZonedDateTime reply = hoursLater(hello, 1, 6);
          // the reply thanks the introducer in copy, within hours: the in-thread thanks people actually send
          s.owner(reply, words.meetIntroduced(c, third));
          s.from(third, hoursLater(reply, 2, 20), words.youreWelcome(third));
          s.send();
          return;
        }
        if (reaction == Reaction.ASKS_MORE) {
          s.uncc(third).owner(r, words.askAfterHelp(c, Phrasebook.Help.INTRO, third))
              .contact(hoursLater(r, 4, 30), "I'll see what I can do.\n\n" + c.first());
        } else {
          s.from(third, hoursLater(t, 2, 20), words.introducedHello(c, third));
        }
      }
      case REFERRAL -> {
        s.contact(t, words.helpLink(c));
        react(s, c, Phrasebook.Help.LINK, r, reaction);
      }
      case ADVICE -> {
        s.contact(t, words.helpAdvice(c));
        react(s, c, Phrasebook.Help.ADVICE, r, reaction);
      }
      case CHAT -> {
        String when = words.when();
        s.contact(t, words.offerMeet(c, when));
        if (reaction == Reaction.THANKS) {
          s.owner(r, words.acceptMeeting(c, when));
          s.owner(daysLater(r, 3, 5), words.thanks(c, Phrasebook.Help.MEET, null));
          s.contact(hoursLater(s.lastDate(), 2, 20), words.youreWelcome(c));
        } else {
          react(s, c, Phrasebook.Help.MEET, r, reaction);
        }
      }
    }
    s.send();
  }

  private void react(ThreadScript s, Person c, Phrasebook.Help help, ZonedDateTime r, Reaction reaction) {
    switch (reaction) {
      case THANKS -> {
        s.owner(r, words.thanks(c, help, null));
        if (rng.nextBoolean()) {
          s.contact(hoursLater(r, 2, 30), words.youreWelcome(c));
        }
      }
      case ASKS_MORE -> s.owner(r, words.askAfterHelp(c, help, null))
          .contact(hoursLater(r, 4, 30), words.any("I'll see what I can do.", "Let me think about it.",
              "Not sure I can do more than that, sorry.") + "\n\n" + c.first());
      case NOTHING -> { }
    }
  }

  /** A contact offers help; the owner takes it up {@code lateDays} later, with an excuse, then thanks promptly. */
  void lateAcceptedOffer(Person c, ZonedDateTime t, int lateDays) throws IOException {
    Person third = mid();
    ThreadScript s = open(c, subject("Update on my search", "News from me", "Job search update", "Checking in"));
    s.owner(t, words.checkIn(c));
    ZonedDateTime offer = hoursLater(t, 3, 30);
    s.contact(offer, words.offerHelpFromContact(c, third));
    ZonedDateTime late = lateDays == 0 ? hoursLater(offer, 1, 6) : offer.plusDays(lateDays).plusMinutes(rng.nextInt(300));
    s.owner(late, lateDays == 0 ? words.acceptOffer(c, third) : words.lateAcceptance(c, third));
    ZonedDateTime help = hoursLater(late, 3, 30);
    s.contact(help, rng.nextBoolean() ? words.helpLink(c) : words.helpAdvice(c));
    s.owner(hoursLater(help, 1, 8), words.thanks(c, Phrasebook.Help.ADVICE, null));
    s.send();
  }

  /** A question the owner answers {@code lateDays} later, apologising for the delay. */
  void lateAnswer(Person c, ZonedDateTime t, int lateDays) throws IOException {
    ZonedDateTime late = t.plusDays(lateDays).plusMinutes(rng.nextInt(300));
    int which = rng.nextInt(4);
    String answer = words.answer(c, which);
    int comma = answer.indexOf("\n\n");
    answer = answer.substring(0, comma + 2) + words.any("Sorry for the delay! ", "Apologies for the slow reply. ",
        "Sorry, I was waiting to hear back about another opportunity before replying. ") + answer.substring(comma + 2);
    open(c, subject("Quick favour", "A question for you", "Can I ask you something?"))
        .contact(t, words.contactAsks(c, which))
        .owner(late, answer).send();
  }

  // ---------------------------------------------------------------- LinkedIn

  /**
   * A new LinkedIn connection: the invitation (from the owner when {@code outgoing}), the acceptance a day or two
   * later, and — when {@code greet} — the owner's first message within a week and the contact's reply.
   */
  void connect(Person c, ZonedDateTime invitedAt, boolean outgoing, String note, boolean showEmail, boolean greet)
      throws IOException {
    if (outgoing) {
      archive.invite(me, c, invitedAt, note);
    } else {
      archive.invite(c, me, invitedAt, note);
    }
    ZonedDateTime accepted = hoursLater(invitedAt, 2, 40);
    archive.connect(c, accepted.toLocalDate(), showEmail);
    connections.add(c);
    if (greet && outgoing) {
      ZonedDateTime hello = daysLater(accepted, 1, 6);
      ZonedDateTime reply = hoursLater(hello, 2, 30);
      String answer = words.contactWarmReply(c);
      ThreadScript s = archive.linkedIn(c).owner(hello, words.welcomeConnection(c)).contact(reply, answer);
      if (answer.contains("?")) {
        s.owner(hoursLater(reply, 1, 6), words.shortAnswer(c));
      }
      s.send();
    } else if (greet) {
      // whoever invited writes first; the owner answers within hours
      ZonedDateTime hello = daysLater(accepted, 0, 3);
      archive.linkedIn(c).contact(hello, words.connectionHello(c)).owner(hoursLater(hello, 1, 8),
          words.connectionReply(c)).send();
    }
  }

  /** An invitation the other side has not accepted (yet). */
  void pendingInvitation(Person c, ZonedDateTime at, String note) {
    archive.invite(me, c, at, note);
  }

  boolean isConnection(Person c) {
    return connections.contains(c);
  }

  // ---------------------------------------------------------------- bulk

  /** {@code count} bulk messages spread over the period, every kind in turn. */
  void bulk(int count, String from, String to) throws IOException {
    if (!archive.hasEmail()) {
      return;
    }
    ZonedDateTime[] times = spread(from, to, count);
    BulkMail.Kind[] kinds = BulkMail.Kind.values();
    for (int i = 0; i < count; i++) {
      archive.send(bulk.make(kinds[(i + rng.nextInt(3)) % kinds.length], times[i]));
    }
  }

  BulkMail bulkMail() {
    return bulk;
  }

  /** A tiny but well-formed PDF standing in for a résumé. */
  Mail.Attachment resume() {
    String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + "% Synthetic résumé of " + me.name() + " for Rapport test data\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n";
    return new Mail.Attachment(Person.fold(me.first()) + "_" + Person.fold(me.last()) + "_resume.pdf",
        "application/pdf", pdf.getBytes(StandardCharsets.UTF_8));
  }


}
