package dev.rapport.generate;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mail that is not networking: newsletters, job alerts, notifications, mailing lists, account mail and messages to
 * large groups. Written full of questions and "please" on purpose, so a detector that forgets to set bulk mail aside
 * finds asks everywhere.
 */
final class BulkMail {
  enum Kind { JOB_ALERT, NEWSLETTER, SOCIAL, MAILING_LIST, RECRUITER, UNIVERSITY, EVENT, ACCOUNT, GROUP }

  private static final ZoneId UTC = ZoneId.of("UTC");
  private final Archive archive;
  private final Cast cast;
  private final Phrasebook words;
  private final Person owner;
  private int quirkEvery;
  private int bulkWritten;
  private int quirksWritten;

  BulkMail(Archive archive, Cast cast) {
    this.archive = archive;
    this.cast = cast;
    this.words = archive.words();
    this.owner = archive.owner();
  }

  private static Person sender(String name, String email) {
    return new Person(name, "", email, "", "", "", "", UTC);
  }

  private static Mail.Header h(String name, String value) {
    return new Mail.Header(name, value);
  }

  private List<Mail.Header> listHeaders(String listId, String domain, boolean precedence) {
    List<Mail.Header> headers = new ArrayList<>();
    headers.add(h("List-Id", listId));
    String token = Long.toHexString(archive.rng().nextLong() & 0xffffffffffL);
    headers.add(h("List-Unsubscribe", "<https://" + domain + "/unsubscribe/" + token + ">, <mailto:unsubscribe@" + domain
        + "?subject=unsubscribe>"));
    headers.add(h("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    if (precedence) {
      headers.add(h("Precedence", "bulk"));
    }
    return headers;
  }

  /** From now on, every {@code n}th bulk message breaks one rule of RFC 5322 or MIME, each kind of break in turn. */
  void quirkEvery(int n) {
    this.quirkEvery = n;
  }


  /** One bulk message (one conversation) of the given kind, arriving at {@code at}. */
  Conversation make(Kind kind, ZonedDateTime at) {
    String first = owner.first();
    String role = words.role();
    String t = words.topic();
    Person from;
    List<Person> to = List.of(owner);
    List<Person> cc = List.of();
    String subject;
    String text;
    String category;
    List<Mail.Header> headers;
    switch (kind) {
      case JOB_ALERT -> {
        from = sender("JobNest Alerts", "alerts-noreply@jobnest.example");
        int n = 5 + archive.rng().nextInt(30);
        subject = n + " new " + role + " jobs for you — are you ready to apply?";
        StringBuilder jobs = new StringBuilder();
        for (int i = 0; i < 3; i++) {
          jobs.append("* ").append(capitalise(role)).append(" — ").append(cast.pick(Cast.COMPANIES))
              .append(" — Apply now: https://jobnest.example/j/").append(1000 + archive.rng().nextInt(90000)).append('\n');
        }
        text = "Hi " + first + ",\n\nAre you ready for your next move? Here are new roles matching your search for \""
            + role + "\":\n\n" + jobs + "\nCan we help you stand out? Please complete your profile to get better"
            + " matches. Would you like daily alerts instead?\n\nPlease do not reply to this email.";
        category = "Category Updates";
        headers = listHeaders("<alerts.jobnest.example>", "jobnest.example", false);
      }
      case NEWSLETTER -> {
        from = sender("The Weekly Analyst", "newsletter@weeklyanalyst.example");
        subject = words.any("Can AI write your résumé? + 5 reads this week", "Is " + t + " overrated?",
            "Are you making these interview mistakes?", "What should you learn next? Our picks on " + t);
        text = "Hello " + first + "!\n\nThis week: is " + t + " the skill of the year? Could your next job be remote? "
            + "We asked ten hiring managers what they look for — can you guess the top answer?\n\n"
            + "Please share this issue with a friend who'd enjoy it. Would you recommend us? Reply and tell us why, "
            + "and please consider upgrading to a paid subscription.\n\nRead online: https://weeklyanalyst.example/issues/"
            + (100 + archive.rng().nextInt(300));
        category = words.any("Category Promotions", "Category Updates");
        headers = listHeaders("The Weekly Analyst <weekly.weeklyanalyst.example>", "weeklyanalyst.example", true);
      }
      case SOCIAL -> {
        from = sender("Linkport", "notifications-noreply@linkport.example");
        Person viewer = cast.stranger(Cast.Level.PEER);
        subject = viewer.name() + " and " + (2 + archive.rng().nextInt(9)) + " others viewed your profile";
        text = first + ", want to see who's looking at your profile? " + viewer.name() + " (" + viewer.title() + " at "
            + viewer.company() + ") viewed your profile.\n\nCould you be a fit for these jobs? Please confirm your email "
            + "address to keep receiving updates. Do you know " + viewer.first() + "? Say hello!\n\n"
            + "You are receiving Linkport notification emails. Unsubscribe: https://linkport.example/settings";
        category = "Category Social";
        headers = List.of(h("Auto-Submitted", "auto-generated"),
            h("List-Unsubscribe", "<https://linkport.example/unsub?t=" + Long.toHexString(archive.rng().nextLong() & 0xffffffL) + ">"));
      }
      case MAILING_LIST -> {
        Person poster = cast.stranger(Cast.Level.PEER);
        from = poster;
        to = List.of(sender("Alumni careers list", "alumni-careers@lists.northbrook-university.example"));
        subject = "[alumni-careers] " + words.any("Can anyone refer me to " + cast.pick(Cast.COMPANIES) + "?",
            "Does anyone know a good " + t + " course?", "Please help: looking for a " + role + " internship",
            "Who is hiring " + role + "s this summer?");
        text = "Hi all,\n\n" + words.any("Does anyone have a contact at " + cast.pick(Cast.COMPANIES)
            + "? Could you please introduce me? ", "Can anyone recommend resources on " + t + "? ",
            "Would anyone be willing to review my résumé? ") + "Please reply off-list. Would really appreciate any help!"
            + "\n\nThanks,\n" + poster.first() + "\n\n--\nalumni-careers mailing list\n"
            + "https://lists.northbrook-university.example/listinfo/alumni-careers";
        category = "Category Forums";
        headers = new ArrayList<>(List.of(
            h("List-Id", "Alumni careers <alumni-careers.lists.northbrook-university.example>"),
            h("List-Post", "<mailto:alumni-careers@lists.northbrook-university.example>"),
            h("List-Unsubscribe", "<mailto:alumni-careers-leave@lists.northbrook-university.example>"),
            h("Precedence", "list")));
      }
      case RECRUITER -> {
        from = sender("Talent Team at StaffRight", "jobs@staffright.example");
        subject = words.any("Urgent: " + role + " openings — are you available?", "Quick question, " + first + "?",
            "Are you open to new opportunities?");
        text = "Hi " + first + ",\n\nAre you open to new opportunities? We have several urgent " + role + " openings "
            + "with top clients. Could you please send your updated CV and your availability for a call this week? "
            + "Please reply with your expected salary. Can you also refer friends who might be interested?\n\n"
            + "Kind regards,\nThe StaffRight Talent Team\n\nTo stop receiving these emails, please click "
            + "https://staffright.example/optout";
        category = "Category Promotions";
        headers = listHeaders("<candidates.staffright.example>", "staffright.example", true);
      }
      case UNIVERSITY -> {
        from = sender("Career Services", "noreply@careers.northbrook-university.example");
        subject = words.any("Will you join us at " + words.event() + "?", "Please RSVP: employer info sessions",
            "Have you booked your résumé review?");
        text = "Dear student,\n\nWill you join us at " + words.event() + "? Please RSVP by Friday. Have you updated "
            + "your profile? Could you take two minutes to answer our survey? Please bring printed résumés.\n\n"
            + "Questions? Please contact the front desk.\n\nCareer Services";
        category = "Category Updates";
        headers = List.of(h("Precedence", "bulk"), h("List-Unsubscribe",
            "<mailto:leave-careers@northbrook-university.example>"));
      }
      case EVENT -> {
        from = sender("Eventide", "no-reply@eventide.example");
        String e = words.event();
        subject = "Can you make it? " + capitalise(e) + " is next week";
        text = "Hi " + first + ",\n\nCan you make it to " + e + "? Please confirm your spot — seats are limited. "
            + "Would you like to add it to your calendar? Please let us know if you can no longer attend.\n\n"
            + "Manage your tickets: https://eventide.example/tickets";
        category = "Category Promotions";
        headers = listHeaders("<events.eventide.example>", "eventide.example", true);
      }
      case ACCOUNT -> {
        from = sender("CloudNote", "no-reply@accounts.cloudnote.example");
        subject = words.any("Please verify your email address", "Did you request a password reset?",
            "Action needed: confirm your account");
        text = "Hi " + first + ",\n\nPlease verify your email address by clicking the link below. Did you request "
            + "this change? If not, please reset your password right away. Need help? Please visit our help centre.\n\n"
            + "https://cloudnote.example/verify?c=" + Long.toHexString(archive.rng().nextLong() & 0xffffffffL);
        category = "Category Updates";
        headers = List.of(h("Auto-Submitted", "auto-generated"));
      }
      case GROUP -> {
        // A personal sender writing to a whole class: not networking either, because of the crowd.
        from = cast.classmate(owner.school());
        List<Person> all = new ArrayList<>();
        all.add(owner);
        for (int i = 0; i < 14; i++) {
          all.add(cast.classmate(owner.school()));
        }
        to = all;
        subject = words.any("Study group: can everyone fill in the poll?", "Capstone teams — please reply by Friday",
            "Reunion planning: who's in?");
        text = "Hi everyone,\n\nCan everyone please fill in the poll by Friday? Would Tuesday or Thursday work better? "
            + "Please reply-all with your preference, and could someone volunteer to book the room?\n\nThanks!\n"
            + from.first();
        category = "";
        headers = List.of();
      }
      default -> throw new IllegalArgumentException("unknown bulk kind " + kind);
    }
    Set<Mail.Quirk> quirks = Set.of();
    if (quirkEvery > 0 && ++bulkWritten % quirkEvery == 0) {
      Mail.Quirk[] all = Mail.Quirk.values();
      quirks = Set.of(all[quirksWritten++ % all.length]);
    }
    Mail m = new Mail(archive.newMessageId(from), List.of(), from, to, cc, at.withZoneSameInstant(from.zone()),
        subject, text, kind != Kind.GROUP && kind != Kind.MAILING_LIST, null, false, headers, category, quirks);
    return new Conversation(Conversation.Channel.EMAIL, archive.newThreadNumber(), subject, List.of(m));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
