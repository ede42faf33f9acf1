package dev.rapport.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A background person for demos and scale tests: healthy episodes at random, plus — for about half of them — one
 * habit from patterns.md applied now and then. No expectations are recorded for these people; the stories are the
 * labelled data.
 *
 * <p>Episodes are written as they are drawn, so memory stays flat however many messages are asked for.
 */
final class RandomPersona {
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2025, 6, 20).toEpochDay() - FIRST_DAY.toEpochDay());

  enum Habit { NONE, COLD, NO_THANKS, ASKS_MORE, SLOW, NO_GREETING_FOR_CONNECTIONS }

  static final List<String[]> FIELDS = List.of(
      new String[] {"data analytics", "data analyst"}, new String[] {"product management", "product manager"},
      new String[] {"software engineering", "software engineer"}, new String[] {"marketing", "marketing coordinator"},
      new String[] {"finance", "financial analyst"}, new String[] {"UX research", "UX researcher"},
      new String[] {"supply chain", "supply chain analyst"}, new String[] {"public policy", "policy analyst"});

  private RandomPersona() {}

  /** What LinkedIn exports hold besides conversations: recruiter InMail in HTML, empty messages, unsent drafts. */
  private static void linkedInOddities(Scene scene, ZonedDateTime t) throws IOException {
    Archive archive = scene.archive;
    Person owner = archive.owner();
    switch (scene.rng.nextInt(3)) {
      case 0 -> {
        Person recruiter = scene.cast.contact(Cast.Level.MID).withJob("StaffRight", "Technical Recruiter");
        archive.linkedIn(recruiter, "Opportunity at a fast-growing company").html().contact(t,
            "Hi " + owner.first() + ",\n\nI came across your profile and think you'd be a great fit for a "
                + scene.words.role() + " role with one of our clients. Are you open to new opportunities? "
                + "Please let me know a good time for a quick call.\n\nBest,\n" + recruiter.first()).send();
      }
      case 1 -> {
        // a shared post or attachment exports as a message with empty content
        Person c = scene.peer();
        archive.linkedIn(c).contact(t, "").owner(scene.hoursLater(t, 1, 8),
            "Thanks for sharing, " + c.first() + "! Great read.").send();
      }
      default -> archive.draft(scene.peer(), t, "Hi, I wanted to ask whether");
    }
  }

  /** Writes one background person of about {@code messages} messages into {@code dir}; returns the count written. */
  static long write(java.nio.file.Path dir, int index, long seed, int messages) throws IOException {
    SplittableRandom rng = new SplittableRandom(seed);
    Cast cast = new Cast(rng);
    Person owner = cast.owner(cast.pick(Cast.FIRST), cast.pick(Cast.LAST), cast.pick(Cast.SCHOOLS),
        rng.nextBoolean() ? "Student" : "Junior Associate");
    String[] field = cast.pick(FIELDS);
    Phrasebook words = new Phrasebook(rng, owner, field[0], field[1]);
    // Formats in turn, so that any cohort of five or more has every one of them.
    Archive.MailFormat[] formats = {Archive.MailFormat.TAKEOUT, Archive.MailFormat.THUNDERBIRD,
        Archive.MailFormat.MAILDIR, Archive.MailFormat.EML, Archive.MailFormat.NONE};
    Archive.MailFormat format = formats[(index - 1) % formats.length];
    boolean linkedIn = format == Archive.MailFormat.NONE || index % 2 == 0;
    Habit habit = rng.nextBoolean() ? Habit.NONE : Habit.values()[1 + rng.nextInt(Habit.values().length - 1)];

    // Every other Takeout person (6, 16, 26…) has their Gmail twice: Takeout, and the same account synced into
    // Thunderbird — duplicates that readers must recognise by Message-ID.
    Archive.MailFormat copy = format == Archive.MailFormat.TAKEOUT && index % 2 == 0
        ? Archive.MailFormat.THUNDERBIRD : Archive.MailFormat.NONE;
    try (Archive archive = Archive.open(dir, owner, words, rng, format, copy, linkedIn, CohortGenerator.EXPORTED_AT)) {
      Scene scene = new Scene(archive, cast);
      scene.bulkMail().quirkEvery(10);
      int contactCount = Math.max(6, Math.min(300, messages / 15));
      List<Person> contacts = new ArrayList<>(contactCount);
      for (int i = 0; i < contactCount; i++) {
        int r = rng.nextInt(10);
        contacts.add(r < 6 ? scene.peer() : r < 9 ? scene.mid() : scene.senior());
      }
      List<Person> known = new ArrayList<>();
      int guard = 0;
      while (archive.messagesWritten() < messages && guard++ < messages * 4) {
        ZonedDateTime t = scene.on(FIRST_DAY.plusDays(rng.nextInt(DAYS)));
        Person c = contacts.get(rng.nextInt(contacts.size()));
        int roll = rng.nextInt(100);
        boolean applyHabit = habit != Habit.NONE && rng.nextInt(3) == 0;
        if (linkedIn && roll < 3) {
          linkedInOddities(scene, t);
        } else if (archive.hasEmail() && roll < 35) {
          scene.bulk(1, t.toLocalDate().toString(), t.toLocalDate().plusDays(1).toString());
        } else if (linkedIn && !scene.isConnection(c) && roll < 45) {
          boolean outgoing = rng.nextBoolean();
          scene.connect(c, t, outgoing, outgoing ? words.seniorInvitationNote(c) : "", rng.nextInt(5) == 0,
              !(applyHabit && habit == Habit.NO_GREETING_FOR_CONNECTIONS));
          known.add(c);
        } else if (roll < 60) {
          scene.ownerTouch(c, t);
          known.add(c);
        } else if (roll < 68) {
          scene.contactTouch(c, t);
        } else if (roll < 74) {
          scene.meetInvite(c, t);
        } else if (roll < 80) {
          if (applyHabit && habit == Habit.SLOW) {
            scene.lateAnswer(c, t, 5 + rng.nextInt(14));
          } else {
            scene.contactAsks(c, t);
          }
        } else if (roll < 95) {
          boolean isKnown = known.contains(c);
          Scene.Opening opening = applyHabit && habit == Habit.COLD && !isKnown ? Scene.Opening.COLD
              : isKnown ? Scene.Opening.KNOWN_CONTACT : Scene.Opening.NEW_CONTACT;
          Scene.Reaction reaction = applyHabit && habit == Habit.NO_THANKS ? Scene.Reaction.NOTHING
              : applyHabit && habit == Habit.ASKS_MORE ? Scene.Reaction.ASKS_MORE : Scene.Reaction.THANKS;
          Scene.Answer answer = rng.nextInt(5) == 0 ? Scene.Answer.SILENT_THEN_HELPS_AFTER_FOLLOW_UP : Scene.Answer.HELPS;
          Phrasebook.Ask kind = Phrasebook.Ask.values()[rng.nextInt(Phrasebook.Ask.values().length)];
          scene.ask(c, kind, t, opening, answer, reaction, rng.nextInt(4) == 0);
          known.add(c);
        } else if (applyHabit && habit == Habit.SLOW) {
          scene.lateAcceptedOffer(c, t, 7 + rng.nextInt(14));
        } else {
          scene.lateAcceptedOffer(c, t, 0);
        }
        if (known.size() > 4 * contactCount) {
          known.subList(0, known.size() - contactCount).clear();
        }
      }
      return archive.messagesWritten();
    }
  }
}
