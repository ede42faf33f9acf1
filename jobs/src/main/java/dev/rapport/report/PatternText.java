package dev.rapport.report;

import dev.rapport.patterns.Evidence;
import dev.rapport.patterns.Finding;
import dev.rapport.patterns.PatternId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Plain words for each pattern and a next step built from the finding's own evidence, so that the advice says
 * to whom and by when rather than repeating a rule.
 */
final class PatternText {
  private PatternText() {}

  static String title(PatternId p) {
    return switch (p) {
      case NEED_ONLY_CONTACT -> "Getting in touch only when you need something";
      case NO_FOLLOW_UP -> "Letting contacts drop after they help";
      case ASK_AFTER_HELP -> "Answering help with another ask";
      case COLD_ASK -> "Asking strangers without an introduction";
      case GENERIC_OUTREACH -> "Sending the same message to many people";
      case SELF_PROMOTION -> "Talking about yourself more than about them";
      case STATUS_CHASING -> "Writing only to senior people";
      case NEGLECTED_NETWORK -> "Forgetting the people you already know";
      case SLOW_REPLY -> "Leaving people waiting for a reply";
    };
  }

  static String why(PatternId p) {
    return switch (p) {
      case NEED_ONLY_CONTACT -> "People help those who stay in touch; an ask out of silence feels transactional.";
      case NO_FOLLOW_UP -> "A thank-you and a short update are what turn one favour into a relationship.";
      case ASK_AFTER_HELP -> "Asking for more before saying thanks makes the help feel unappreciated.";
      case COLD_ASK -> "A stranger answers when they know who you are and why you chose them.";
      case GENERIC_OUTREACH -> "Copy-and-paste messages are easy to spot and easy to ignore.";
      case SELF_PROMOTION -> "Conversations where you ask about the other person get more replies.";
      case STATUS_CHASING -> "Peers and people a few years ahead answer more often and help more.";
      case NEGLECTED_NETWORK -> "Old ties are the ones most likely to help, and they fade when ignored.";
      case SLOW_REPLY -> "Most email replies come within a day; days of silence read as lack of interest.";
    };
  }

  /** A concrete next step for this case, naming contacts by label and deadlines from the evidence dates. */
  static String nextStep(Finding f, View v) {
    List<Evidence> ev = f.evidence().stream().filter(Objects::nonNull).toList();
    Evidence latest = ev.stream().filter(e -> e.date() != null).max(Comparator.comparing(Evidence::date))
        .orElse(ev.isEmpty() ? null : ev.get(0));
    String who = latest == null ? "this contact" : v.label(latest.contactKey());
    Instant at = latest == null ? null : latest.date();
    String when = Text.day(at);
    return switch (f.pattern()) {
      case NO_FOLLOW_UP -> "In the conversation with " + who + " on " + when + ", a short thank-you by "
          + by(at, 2) + " and an update on what you did with the help by " + by(at, 7)
          + " would have kept it going (for an ask of yours left unanswered: one polite reminder by " + by(at, 14)
          + "). For example: \u201cThank you for your help \u2014 I followed your advice and \u2026 I\u2019ll let you"
          + " know how it goes.\u201d";
      case SLOW_REPLY -> "Your reply to " + who + " (" + when + ") came late. Next time answer within a day of"
          + " their message; if you need time, send \u201cThank you \u2014 I\u2019ll get back to you by Friday\u201d"
          + " the same day and keep that promise. Leave out excuses about waiting for other opportunities.";
      case NEED_ONLY_CONTACT -> "Before you next ask " + who + " for something (your ask on " + when
          + " came without any earlier touch), write once without asking: share an article they would like,"
          + " congratulate them on news, or tell them how their earlier advice helped. Do it a week or more before"
          + " you need anything.";
      case ASK_AFTER_HELP -> "After " + who + " helped, the next message (" + when + ") should have started with"
          + " thanks and what you did with the help, and only then, if at all, a new request: \u201cThank you \u2014"
          + " I wrote to the person you suggested and we speak on Tuesday.\u201d";
      case COLD_ASK -> "Your first message to " + who + " on " + when + " opened with the ask. Start instead with"
          + " who you are, how you found them and why them, then ask for one small, specific thing:"
          + " \u201cHello, I\u2019m \u2026 and I work on \u2026; I read your post on \u2026 Would you have 15 minutes"
          + " in the next two weeks?\u201d";
      case GENERIC_OUTREACH -> "The same text went to " + labels(ev, v) + ". Add one line to each message that"
          + " only that person could receive \u2014 their work, a shared school or event, something they wrote \u2014"
          + " and fill or remove every template placeholder before sending.";
      case SELF_PROMOTION -> "In your message to " + who + " on " + when + ", ask at least one question about"
          + " them and offer something useful before describing yourself; attach a r\u00e9sum\u00e9 only when asked.";
      case STATUS_CHASING -> "Your outreach goes mostly to senior people (for example " + who + " on " + when
          + "). For every message to a senior person, write to a peer or someone a few years ahead of you too.";
      case NEGLECTED_NETWORK -> "You have let the tie with " + who + " go quiet (see " + when + "). A message"
          + " without an ask \u2014 \u201cIt\u2019s been a while; I remembered our talk about \u2026 How is it"
          + " going?\u201d \u2014 sent this week revives it.";
    };
  }

  private static String by(Instant t, int days) {
    return t == null ? days + (days == 1 ? " day" : " days") + " later" : Text.day(t.plus(Duration.ofDays(days)));
  }

  private static String labels(List<Evidence> ev, View v) {
    Set<String> l = new LinkedHashSet<>();
    for (Evidence e : ev) {
      l.add(v.label(e.contactKey()));
    }
    List<String> shown = l.stream().limit(5).toList();
    String s = String.join(", ", shown);
    return l.size() > shown.size() ? s + " and " + Text.plural(l.size() - shown.size(), "other", "others") : s;
  }
}
