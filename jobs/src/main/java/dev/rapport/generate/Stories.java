package dev.rapport.generate;

import static dev.rapport.generate.Archive.MailFormat.MAILDIR;
import static dev.rapport.generate.Archive.MailFormat.NONE;
import static dev.rapport.generate.Archive.MailFormat.TAKEOUT;
import static dev.rapport.generate.Archive.MailFormat.THUNDERBIRD;
import static dev.rapport.generate.Phrasebook.Ask.ADVICE;
import static dev.rapport.generate.Phrasebook.Ask.CHAT;
import static dev.rapport.generate.Phrasebook.Ask.INTRO;
import static dev.rapport.generate.Phrasebook.Ask.REFERRAL;
import static dev.rapport.generate.Scene.Answer.HELPS;
import static dev.rapport.generate.Scene.Answer.SILENT;
import static dev.rapport.generate.Scene.Answer.SILENT_THEN_HELPS_AFTER_FOLLOW_UP;
import static dev.rapport.generate.Scene.Opening.COLD;
import static dev.rapport.generate.Scene.Opening.KNOWN_CONTACT;
import static dev.rapport.generate.Scene.Opening.NEW_CONTACT;
import static dev.rapport.generate.Scene.Opening.NO_WARMUP;
import static dev.rapport.generate.Scene.Reaction.ASKS_MORE;
import static dev.rapport.generate.Scene.Reaction.NOTHING;
import static dev.rapport.generate.Scene.Reaction.THANKS;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled story cohort of data-samples: people who each show one or two habits of patterns.md clearly, as a
 * repeated habit and with margin over the thresholds, and behave healthily in everything else; two healthy people;
 * one whose mailbox is mostly bulk mail. All activity lies in 2024-01-01 .. 2025-06-30.
 */
final class Stories {
  private Stories() {}

  static List<Persona> all() {
    return List.of(avery(), blake(), casey(), devon(), emery(), finley(), harper(), jordan(), kai(), morgan(), sage(),
        taylor(), riley(), noel());
  }

  /** Friends the owner keeps up with in both directions, connected on LinkedIn when the archive has it. */
  private static List<Person> friends(Scene s, int n, String from, String to, int rounds) throws IOException {
    List<Person> friends = connectedFriends(s, n);
    for (Person f : friends) {
      s.friendship(f, from, to, rounds);
    }
    return friends;
  }

  private static List<Person> connectedFriends(Scene s, int n) throws IOException {
    List<Person> friends = new ArrayList<>();
    ZonedDateTime[] connected = s.spread("2024-01-02", "2024-01-31", n);
    for (int i = 0; i < n; i++) {
      Person f = s.friend();
      friends.add(f);
      if (s.archive.hasLinkedIn()) {
        // every other friend shows their email, so the same person is found in the mail and in Connections.csv
        s.connect(f, connected[i], i % 2 == 0, "", i % 2 == 0, true);
      }
    }
    return friends;
  }

  /**
   * A new contact asked the healthy way, then kept warm with a giving touch a few weeks later, so that the contact
   * does not hear from the owner only when the owner needs something.
   */
  private static void askThenKeepInTouch(Scene s, Person c, Phrasebook.Ask kind, ZonedDateTime at, Scene.Opening opening,
      Scene.Answer answer, boolean resume) throws IOException {
    s.ask(c, kind, at, opening, answer, THANKS, resume);
    s.ownerTouch(c, s.daysLater(at, 30, 45));
  }

  private static ZonedDateTime on(Scene s, String day) {
    return s.on(day);
  }

  static Persona avery() {
    return new Persona("avery-need-only", List.of("need_only_contact"),
        "Revives five old contacts after 8-14 months of silence with a referral, intro or job ask and no warm-up,"
            + " twice for two of them; never checks in, shares or congratulates them; polite and thankful otherwise.",
        "Avery", "Quinlan", "Northbrook University", "Student", "economics", "financial analyst", TAKEOUT, false, s -> {
          List<Person> friends = friends(s, 3, "2024-01-08", "2025-06-20", 5);
          s.ask(friends.get(0), ADVICE, on(s, "2024-10-02"), KNOWN_CONTACT, HELPS, THANKS, false);
          List<Person> old = List.of(s.mid(), s.mid(), s.senior(), s.peer(), s.mid());
          String[] lastTalk = {"2024-01-15", "2024-02-06", "2024-02-20", "2024-03-12", "2024-03-28"};
          String[] askOn = {"2024-11-18", "2025-01-13", "2025-02-10", "2025-03-24", "2025-04-14"};
          Phrasebook.Ask[] kinds = {REFERRAL, INTRO, REFERRAL, CHAT, ADVICE};
          for (int i = 0; i < old.size(); i++) {
            s.contactTouch(old.get(i), on(s, lastTalk[i]));
          }
          for (int i = 0; i < old.size(); i++) {
            s.ask(old.get(i), kinds[i], on(s, askOn[i]), NO_WARMUP, HELPS, THANKS, i % 2 == 0);
          }
          s.ask(old.get(0), REFERRAL, on(s, "2025-06-02"), NO_WARMUP, HELPS, THANKS, true);
          s.ask(old.get(1), CHAT, on(s, "2025-06-16"), NO_WARMUP, HELPS, THANKS, false);
          s.bulk(16, "2024-01-03", "2025-06-28");
        });
  }

  static Persona blake() {
    return new Persona("blake-no-follow-up", List.of("no_follow_up"),
        "Lets help drop in 2025: a referral link, advice, an introduction and an offer to meet never thanked or"
            + " answered, two invitations to meet ignored, six new LinkedIn connections never messaged, and own asks"
            + " left unanswered without a follow-up.",
        "Blake", "Oyelowo", "Lakeshore State University", "Student", "marketing", "marketing coordinator", MAILDIR, true,
        s -> {
          List<Person> friends = friends(s, 6, "2024-01-20", "2025-01-31", 5);
          s.ask(friends.get(0), REFERRAL, on(s, "2025-03-04"), KNOWN_CONTACT, HELPS, NOTHING, true);
          s.ask(friends.get(1), ADVICE, on(s, "2025-03-19"), KNOWN_CONTACT, HELPS, NOTHING, false);
          s.ask(friends.get(2), INTRO, on(s, "2025-04-08"), KNOWN_CONTACT, HELPS, NOTHING, false);
          s.ask(friends.get(3), CHAT, on(s, "2025-04-29"), KNOWN_CONTACT, HELPS, NOTHING, false);
          s.ask(friends.get(4), REFERRAL, on(s, "2025-02-11"), KNOWN_CONTACT, SILENT, THANKS, false);
          s.ask(friends.get(5), INTRO, on(s, "2025-02-25"), KNOWN_CONTACT, SILENT, THANKS, false);
          s.ask(s.mid(), CHAT, on(s, "2025-03-11"), NEW_CONTACT, SILENT, THANKS, false);
          s.unanswered(friends.get(4), on(s, "2025-05-06"), "Coffee?", s.words.inviteMeet(friends.get(4), s.words.when()));
          s.unanswered(friends.get(5), on(s, "2025-05-20"), "Lunch next week",
              s.words.inviteMeet(friends.get(5), s.words.when()));
          ZonedDateTime[] connected = s.spread("2025-03-01", "2025-05-25", 6);
          for (int i = 0; i < 6; i++) {
            Person c = i % 3 == 0 ? s.mid() : s.peer();
            s.connect(c, connected[i], i % 2 == 0, i % 2 == 0 ? s.words.seniorInvitationNote(c) : "", false, false);
          }
          s.bulk(14, "2024-01-05", "2025-06-25");
        });
  }

  static Persona casey() {
    return new Persona("casey-ask-after-help", List.of("ask_after_help"),
        "Five times answers help (an introduction, a posting, advice, an offer to meet) with a new ask and no thanks,"
            + " often belittling it (\"in a different department\", \"pretty general\"); otherwise keeps in touch.",
        "Casey", "Delacroix-Hart", "Eastfield College", "Student", "communications", "communications associate", TAKEOUT,
        false, s -> {
          List<Person> friends = friends(s, 6, "2024-01-10", "2025-06-15", 5);
          String[] when = {"2024-05-14", "2024-08-20", "2024-11-05", "2025-02-18", "2025-04-22", "2024-09-10"};
          // keeping in touch: Casey's own check-in, share or congratulations some weeks before each ask
          for (int i = 0; i < when.length; i++) {
            s.ownerTouch(friends.get(i), on(s, java.time.LocalDate.parse(when[i]).minusDays(45).toString()));
          }
          Phrasebook.Ask[] kinds = {INTRO, REFERRAL, ADVICE, CHAT, INTRO};
          for (int i = 0; i < kinds.length; i++) {
            s.ask(friends.get(i), kinds[i], on(s, when[i]), KNOWN_CONTACT, HELPS, ASKS_MORE, false);
          }
          s.ask(friends.get(5), ADVICE, on(s, when[5]), KNOWN_CONTACT, HELPS, THANKS, false);
          s.bulk(15, "2024-01-04", "2025-06-27");
        });
  }

  static Persona devon() {
    return new Persona("devon-cold-ask", List.of("cold_ask"),
        "Writes to seven strangers at other companies with the ask as the first sentence, no greeting, no"
            + " introduction, no reason; thanks, follows up politely and keeps in touch afterwards, as with friends.",
        "Devon", "Achterberg", "Westmoor Institute of Technology", "Student", "software engineering",
        "software engineer", THUNDERBIRD, false, s -> {
          List<Person> friends = friends(s, 4, "2024-01-09", "2025-06-18", 5);
          s.ask(friends.get(0), ADVICE, on(s, "2024-06-11"), KNOWN_CONTACT, HELPS, THANKS, false);
          List<Person> strangers = List.of(s.mid(), s.peer(), s.mid(), s.senior(), s.mid(), s.peer(), s.mid());
          ZonedDateTime[] when = s.spread("2024-09-02", "2025-05-20", strangers.size());
          Scene.Answer[] answers = {HELPS, SILENT_THEN_HELPS_AFTER_FOLLOW_UP, HELPS, SILENT_THEN_HELPS_AFTER_FOLLOW_UP,
              HELPS, HELPS, SILENT_THEN_HELPS_AFTER_FOLLOW_UP};
          Phrasebook.Ask[] kinds = {REFERRAL, INTRO, ADVICE, REFERRAL, CHAT, ADVICE, REFERRAL};
          for (int i = 0; i < strangers.size(); i++) {
            askThenKeepInTouch(s, strangers.get(i), kinds[i], when[i], COLD, answers[i], i % 2 == 0);
          }
          s.bulk(15, "2024-01-06", "2025-06-26");
        });
  }

  static Persona emery() {
    return new Persona("emery-generic", List.of("generic_outreach"),
        "LinkedIn only: ten connection invitations with an empty or boilerplate note in three weeks, then the same"
            + " templated message to all eight who accepted (two with an unfilled %FIRSTNAME%, one with [Company]),"
            + " and the same templated follow-up to those who did not answer.",
        "Emery", "Lindgren", "Riverside Polytechnic", "Student", "product management", "product manager", NONE, true,
        s -> {
          friends(s, 3, "2024-02-01", "2025-06-15", 5);
          List<Person> targets = List.of(s.peer(), s.mid(), s.peer(), s.mid(), s.peer(), s.peer(), s.mid(), s.mid(),
              s.peer(), s.senior());
          ZonedDateTime[] invited = s.spread("2025-02-03", "2025-02-24", targets.size());
          for (int i = 0; i < targets.size(); i++) {
            Person c = targets.get(i);
            String note = i % 3 == 0 ? "" : i % 3 == 1 ? "I'd like to add you to my professional network on LinkedIn."
                : "Hi, I'd like to join your LinkedIn network.";
            if (i >= 8) {
              s.pendingInvitation(c, invited[i], note);
              continue;
            }
            s.connect(c, invited[i], true, note, false, false);
            String first = i == 1 || i == 5 ? "%FIRSTNAME%" : c.first();
            String company = i == 3 ? "[Company]" : c.company();
            ZonedDateTime sent = s.daysLater(invited[i], 2, 3);
            ThreadScript t = s.archive.linkedIn(c).owner(sent, s.words.template(first, company));
            if (i % 2 == 0) {
              String when = s.words.when();
              ZonedDateTime offer = s.hoursLater(sent, 5, 40);
              ZonedDateTime accept = s.hoursLater(offer, 1, 5);
              t.contact(offer, s.words.offerMeet(c, when)).owner(accept, s.words.acceptMeeting(c, when))
                  .owner(s.daysLater(accept, 3, 5), s.words.thanks(c, Phrasebook.Help.MEET, null));
            } else {
              t.owner(s.daysLater(sent, 8, 9), s.words.templateFollowUp(first));
            }
            t.send();
          }
        });
  }

  static Persona finley() {
    return new Persona("finley-self-promo", List.of("self_promotion"),
        "Email and LinkedIn: messages to old and new contacts are all about Finley's achievements, with the résumé"
            + " attached and a link to book a call, never a question about the reader or an offer to help.",
        "Finley", "Ashgrove", "Northbrook University", "MBA Candidate", "business analytics", "business analyst", TAKEOUT,
        true, s -> {
          // Friends are answered promptly, but Finley never starts a touch that gives something.
          for (Person f : connectedFriends(s, 2)) {
            ZonedDateTime[] at = s.spread("2024-02-01", "2025-06-10", 3);
            s.contactAsks(f, at[0]);
            s.meetInvite(f, at[1]);
            s.contactAsks(f, at[2]);
          }
          String booking = "https://calendar.example.com/finley-ashgrove/30min";
          List<Person> known = List.of(s.mid(), s.peer(), s.mid(), s.senior());
          ZonedDateTime[] connected = s.spread("2024-02-01", "2024-03-15", known.size());
          ZonedDateTime[] theyAsk = s.spread("2024-07-01", "2024-08-20", known.size());
          for (int i = 0; i < known.size(); i++) {
            s.connect(known.get(i), connected[i], false, "", true, true);
            // they stay in touch, so the pitches below come to live relationships, not after a long silence
            s.contactAsks(known.get(i), theyAsk[i]);
          }
          ZonedDateTime[] pitches = s.spread("2024-09-03", "2025-01-20", known.size());
          for (int i = 0; i < known.size(); i++) {
            Person c = known.get(i);
            ThreadScript t = s.archive.email(s.words.any("Exciting news", "An update from me", "My next chapter",
                "Quick update — Finley"), c);
            if (i != 1) {
              t.attach(s.resume());
            }
            t.owner(pitches[i], s.words.selfPromotion(c, booking, false));
            if (i % 2 == 0) {
              t.contact(s.hoursLater(pitches[i], 4, 40), s.words.contactAcknowledge(c));
            }
            t.send();
          }
          s.archive.email("More news", known.get(0)).attach(s.resume())
              .owner(on(s, "2025-02-18"), s.words.selfPromotion(known.get(0), booking, false)).send();
          s.archive.email("Following my progress?", known.get(2))
              .owner(on(s, "2025-03-11"), s.words.selfPromotion(known.get(2), booking, false)).send();
          ZonedDateTime[] invited = s.spread("2024-10-07", "2025-04-25", 4);
          for (int i = 0; i < 4; i++) {
            Person c = i == 3 ? s.senior() : s.mid();
            s.connect(c, invited[i], true, "", false, false);
            ZonedDateTime pitch = s.daysLater(invited[i], 1, 3);
            ThreadScript t = s.archive.linkedIn(c).owner(pitch, s.words.selfPromotion(c, booking, true));
            if (i % 2 == 1) {
              t.contact(s.hoursLater(pitch, 3, 40), s.words.contactAcknowledge(c));
            }
            t.send();
          }
          s.bulk(12, "2024-01-05", "2025-06-22");
        });
  }

  static Persona harper() {
    return new Persona("harper-status", List.of("status_chasing"),
        "Of 33 connections 29 are peers and managers, most of whom invited Harper; Harper's own invitations and first"
            + " emails go to founders, CEOs, VPs, partners and directors (17 of 20), each with a warm, specific note.",
        "Harper", "Nakashima", "Lakeshore State University", "Student", "data science", "data scientist", MAILDIR, true,
        s -> {
          friends(s, 2, "2024-02-01", "2025-06-15", 5);
          ZonedDateTime[] peersAt = s.spread("2024-02-05", "2025-05-10", 25);
          for (int i = 0; i < 25; i++) {
            Person c = i % 8 == 7 ? s.mid() : s.peer();
            s.connect(c, peersAt[i], false, i % 3 == 0 ? "" : "Great meeting you, " + s.me.first() + "!", false, true);
          }
          ZonedDateTime[] seniorsAt = s.spread("2024-06-03", "2025-05-28", 14);
          for (int i = 0; i < 14; i++) {
            Person c = s.senior();
            if (i % 4 == 1) {
              s.connect(c, seniorsAt[i], true, s.words.seniorInvitationNote(c), false, true);
            } else {
              s.pendingInvitation(c, seniorsAt[i], s.words.seniorInvitationNote(c));
            }
          }
          ZonedDateTime[] peersInvited = s.spread("2024-09-01", "2025-02-01", 2);
          for (ZonedDateTime t : peersInvited) {
            Person c = s.peer();
            s.connect(c, t, true, s.words.seniorInvitationNote(c), false, true);
          }
          askThenKeepInTouch(s, s.senior(), CHAT, on(s, "2024-10-15"), NEW_CONTACT, HELPS, false);
          askThenKeepInTouch(s, s.senior(), ADVICE, on(s, "2025-01-21"), NEW_CONTACT, HELPS, false);
          askThenKeepInTouch(s, s.senior(), CHAT, on(s, "2025-03-18"), NEW_CONTACT, SILENT_THEN_HELPS_AFTER_FOLLOW_UP,
              false);
          s.bulk(12, "2024-01-04", "2025-06-24");
        });
  }

  static Persona jordan() {
    return new Persona("jordan-slow-reply", List.of("slow_reply"),
        "Takes 8 to 21 days to accept six offers of help (an introduction, a résumé review, a word with recruiting),"
            + " each time \"sorry for the delay\" or \"waiting to hear back about another opportunity\"; answers two"
            + " questions 9 and 13 days late; thanks promptly once helped.",
        "Jordan", "Ferreira", "St. Aldric College", "Junior Associate", "urban planning", "planning analyst", THUNDERBIRD,
        false, s -> {
          List<Person> friends = friends(s, 4, "2024-01-12", "2025-06-20", 5);
          List<Person> helpers = List.of(friends.get(0), friends.get(1), friends.get(2), s.mid(), s.mid(), s.senior());
          ZonedDateTime[] offers = s.spread("2024-05-06", "2025-05-01", helpers.size());
          for (int i = 3; i < helpers.size(); i++) {
            // an earlier exchange, recent enough that the check-in below is no revival of a dormant tie
            s.contactTouch(helpers.get(i), offers[i].minusDays(60 + s.rng.nextInt(30)));
          }
          int[] late = {9, 12, 8, 16, 11, 21};
          for (int i = 0; i < helpers.size(); i++) {
            s.lateAcceptedOffer(helpers.get(i), offers[i], late[i]);
          }
          s.lateAnswer(friends.get(3), on(s, "2024-07-16"), 9);
          s.lateAnswer(helpers.get(4), on(s, "2025-02-04"), 13);
          s.bulk(12, "2024-01-05", "2025-06-26");
        });
  }

  static Persona kai() {
    return new Persona("kai-neglected", List.of("neglected_network"),
        "Stops answering four old two-way ties (school friends, a former manager) after April 2024 although each keeps"
            + " writing three or four times until June 2025, while courting ten brand-new contacts promptly and warmly.",
        "Kai", "Mbeki-Larsen", "Westmoor Institute of Technology", "Junior Associate", "environmental science",
        "sustainability analyst", MAILDIR, true, s -> {
          List<Person> old = List.of(s.friend(), s.friend(), s.mid(), s.friend());
          ZonedDateTime[] connected = s.spread("2024-01-03", "2024-01-20", old.size());
          for (int i = 0; i < old.size(); i++) {
            s.connect(old.get(i), connected[i], i % 2 == 1, "", i % 2 == 0, true);
          }
          String[] give = {"2024-01-29", "2024-02-08", "2024-02-19", "2024-03-04"};
          String[] theirs = {"2024-03-18", "2024-03-27", "2024-04-09", "2024-04-17"};
          for (int i = 0; i < old.size(); i++) {
            s.ownerTouch(old.get(i), on(s, give[i]));
            s.contactTouch(old.get(i), on(s, theirs[i]));
          }
          for (int i = 0; i < old.size(); i++) {
            int nudges = 3 + i % 2;
            ZonedDateTime[] when = s.spread("2024-07-" + (10 + i * 4), "2025-06-25", nudges);
            for (int n = 0; n < nudges; n++) {
              s.unanswered(old.get(i), when[n], s.words.any("Hello!", "Long time", "Thinking of you", "Hi Kai",
                  "Checking in"), s.words.unansweredNudge(old.get(i), n));
            }
          }
          ZonedDateTime[] newAt = s.spread("2024-09-02", "2025-06-10", 7);
          for (int i = 0; i < 7; i++) {
            Person c = i % 3 == 0 ? s.mid() : s.peer();
            s.connect(c, newAt[i], true, s.words.seniorInvitationNote(c), false, true);
            if (i % 2 == 0) {
              s.ownerTouch(c, s.daysLater(newAt[i], 20, 30));
            }
          }
          askThenKeepInTouch(s, s.mid(), CHAT, on(s, "2024-10-22"), NEW_CONTACT, HELPS, false);
          askThenKeepInTouch(s, s.peer(), ADVICE, on(s, "2025-01-28"), NEW_CONTACT, HELPS, false);
          askThenKeepInTouch(s, s.mid(), INTRO, on(s, "2025-04-08"), NEW_CONTACT, HELPS, false);
          s.bulk(10, "2024-01-08", "2025-06-25");
        });
  }

  static Persona morgan() {
    return new Persona("morgan-cold-status", List.of("cold_ask", "status_chasing"),
        "Invites ten founders, CEOs and partners with notes that are nothing but the ask, then opens with the ask to"
            + " those who accept and to four more executives by email, while the network is nearly all peers;"
            + " thanks and follows up politely.",
        "Morgan", "Castellano-Reyes", "Riverside Polytechnic", "Student", "finance", "investment analyst", TAKEOUT, true,
        s -> {
          friends(s, 2, "2024-01-20", "2025-06-15", 5);
          ZonedDateTime[] peersAt = s.spread("2024-02-01", "2025-04-20", 16);
          for (int i = 0; i < 16; i++) {
            Person c = i % 6 == 5 ? s.mid() : s.peer();
            s.connect(c, peersAt[i], false, "", false, true);
          }
          ZonedDateTime[] invites = s.spread("2024-09-09", "2025-05-19", 10);
          for (int i = 0; i < 10; i++) {
            Person c = s.senior();
            if (i % 3 == 0) {
              s.connect(c, invites[i], true, s.words.coldInvitationNote(c), false, false);
              ZonedDateTime ask = s.daysLater(invites[i], 1, 2);
              s.askOnLinkedIn(c, REFERRAL, ask, COLD, i == 3 ? HELPS : SILENT_THEN_HELPS_AFTER_FOLLOW_UP, THANKS);
              s.ownerTouch(c, s.daysLater(ask, 30, 40));
            } else {
              s.pendingInvitation(c, invites[i], s.words.coldInvitationNote(c));
            }
          }
          String[] emails = {"2024-10-08", "2024-12-03", "2025-02-11", "2025-04-15"};
          for (int i = 0; i < emails.length; i++) {
            askThenKeepInTouch(s, s.senior(), i % 2 == 0 ? REFERRAL : INTRO, on(s, emails[i]), COLD,
                i % 2 == 0 ? HELPS : SILENT_THEN_HELPS_AFTER_FOLLOW_UP, i % 2 == 0);
          }
          s.bulk(12, "2024-01-05", "2025-06-25");
        });
  }

  static Persona sage() {
    return new Persona("sage-need-only-ask-after", List.of("need_only_contact", "ask_after_help"),
        "Silent for 7-13 months with five old contacts, then writes only to ask (referral, intro, advice, a call), and"
            + " answers each contact's help with a further ask and no thanks; twice again months later.",
        "Sage", "Whitcombe", "Eastfield College", "Student", "healthcare administration", "healthcare operations analyst",
        THUNDERBIRD, false, s -> {
          friends(s, 3, "2024-01-10", "2025-06-20", 5);
          List<Person> old = List.of(s.mid(), s.peer(), s.mid(), s.senior(), s.mid());
          String[] lastTalk = {"2024-01-22", "2024-02-12", "2024-02-27", "2024-03-14", "2024-03-25"};
          String[] askOn = {"2024-10-21", "2024-12-09", "2025-01-27", "2025-03-10", "2025-04-07"};
          Phrasebook.Ask[] kinds = {INTRO, REFERRAL, ADVICE, CHAT, REFERRAL};
          for (int i = 0; i < old.size(); i++) {
            s.contactTouch(old.get(i), on(s, lastTalk[i]));
          }
          for (int i = 0; i < old.size(); i++) {
            s.ask(old.get(i), kinds[i], on(s, askOn[i]), NO_WARMUP, HELPS, ASKS_MORE, i % 2 == 1);
          }
          s.ask(old.get(0), REFERRAL, on(s, "2025-05-19"), NO_WARMUP, HELPS, ASKS_MORE, true);
          s.ask(old.get(1), ADVICE, on(s, "2025-06-16"), NO_WARMUP, HELPS, ASKS_MORE, false);
          s.bulk(12, "2024-01-04", "2025-06-27");
        });
  }

  static Persona taylor() {
    return new Persona("taylor-healthy", List.of(),
        "Healthy: regular check-ins, shares and congratulations both ways, asks with context and gratitude, thanks"
            + " within hours, follows up once after a week, greets every new connection; email and LinkedIn.",
        "Taylor", "Brennan-Okoye", "Northbrook University", "Student", "human-computer interaction", "UX researcher",
        TAKEOUT, true, s -> {
          List<Person> friends = friends(s, 6, "2024-01-15", "2025-06-20", 5);
          s.ask(friends.get(0), INTRO, on(s, "2024-04-09"), KNOWN_CONTACT, HELPS, THANKS, false);
          s.ask(friends.get(1), REFERRAL, on(s, "2024-11-12"), KNOWN_CONTACT, HELPS, THANKS, true);
          askThenKeepInTouch(s, s.mid(), CHAT, on(s, "2024-07-16"), NEW_CONTACT, SILENT_THEN_HELPS_AFTER_FOLLOW_UP, false);
          askThenKeepInTouch(s, s.peer(), ADVICE, on(s, "2025-02-04"), NEW_CONTACT, HELPS, false);
          s.lateAcceptedOffer(friends.get(2), on(s, "2025-03-11"), 0);
          // an unsent draft: exported with an empty conversation id and folder, never a message sent
          s.archive.draft(friends.get(3), on(s, "2025-06-12"), "Hi " + friends.get(3).first() + ", quick idea for");
          ZonedDateTime[] at = s.spread("2024-05-01", "2025-05-30", 4);
          for (int i = 0; i < 4; i++) {
            Person c = i % 2 == 0 ? s.peer() : s.mid();
            s.connect(c, at[i], i < 2, i < 2 ? s.words.seniorInvitationNote(c) : "", false, true);
          }
          s.bulk(14, "2024-01-04", "2025-06-27");
        });
  }

  static Persona riley() {
    return new Persona("riley-healthy", List.of(),
        "Healthy, email only: keeps up with five friends both ways, reaches new contacts with an introduction and a"
            + " reason, thanks the same day, follows up politely, answers questions within hours.",
        "Riley", "Santangelo", "St. Aldric College", "Student", "supply chain", "supply chain analyst", MAILDIR, false,
        s -> {
          List<Person> friends = friends(s, 5, "2024-01-10", "2025-06-22", 6);
          s.ask(friends.get(0), REFERRAL, on(s, "2024-03-19"), KNOWN_CONTACT, HELPS, THANKS, true);
          s.ask(friends.get(1), INTRO, on(s, "2024-09-24"), KNOWN_CONTACT, HELPS, THANKS, false);
          askThenKeepInTouch(s, s.mid(), ADVICE, on(s, "2024-06-04"), NEW_CONTACT, HELPS, false);
          askThenKeepInTouch(s, s.mid(), CHAT, on(s, "2025-01-14"), NEW_CONTACT, SILENT_THEN_HELPS_AFTER_FOLLOW_UP, false);
          s.lateAcceptedOffer(friends.get(3), on(s, "2025-04-08"), 0);
          s.bulk(14, "2024-01-06", "2025-06-26");
        });
  }

  static Persona noel() {
    return new Persona("noel-newsletters", List.of(),
        "Mailbox mostly bulk: job alerts, newsletters, notifications, a mailing list, recruiter blasts and group mail,"
            + " all full of questions and \"please\"; a few healthy exchanges with three friends.",
        "Noel", "Abernathy", "Lakeshore State University", "Student", "journalism", "reporter", TAKEOUT, false, s -> {
          friends(s, 3, "2024-02-01", "2025-06-01", 5);
          s.bulk(75, "2024-01-02", "2025-06-29");
        });
  }
}
