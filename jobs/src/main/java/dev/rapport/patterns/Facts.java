package dev.rapport.patterns;

import dev.rapport.identity.Contact;
import dev.rapport.ingest.Party;
import dev.rapport.language.Phrase;
import dev.rapport.language.Signals;
import dev.rapport.patterns.PersonData.Msg;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One person's messages indexed the ways every detector needs: by contact, by id, by thread, with the message-level
 * judgements (asks, thanks, gives, help received, needs an answer) made in one place so detectors agree on them.
 *
 * <p>Package-private: detectors share it, nothing else should depend on it. Messages without a date, without a
 * counterpart or addressed to more than {@link Thresholds#maxRecipients()} people are left out here.
 */
final class Facts {
  static final int EXCERPT_CHARS = 200;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  final PersonData data;
  final Thresholds t;
  final Instant asOf;
  final List<Msg> msgs;
  final Map<String, Msg> byId = new HashMap<>();
  final Map<String, List<Msg>> byContact = new TreeMap<>();
  final Map<String, List<Msg>> byThread = new HashMap<>();
  private final Set<String> ownerStarted = new HashSet<>();

  private Facts(PersonData data, Thresholds t) {
    this.data = data;
    this.t = t;
    List<Msg> kept = new ArrayList<>();
    for (Msg m : data.messages() == null ? List.<Msg>of() : data.messages()) {
      if (m.date() == null || m.counterparts() == null || m.counterparts().isEmpty()
          || m.recipientCount() > t.maxRecipients()) {
        continue;
      }
      kept.add(m);
    }
    kept.sort((a, b) -> a.date().compareTo(b.date()));
    this.msgs = Collections.unmodifiableList(kept);
    for (Msg m : kept) {
      byId.put(m.messageId(), m);
      for (String c : m.counterparts()) {
        byContact.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
      }
      List<Msg> thread = byThread.computeIfAbsent(m.threadKey() == null ? m.messageId() : m.threadKey(),
          k -> new ArrayList<>());
      // A message starts something when it answers nothing and nothing came before it in its thread, or when it
      // breaks a long silence in a thread that never ends (LinkedIn keeps one conversation per pair). A reply to a
      // message outside the archive answers something, so it starts nothing.
      if (m.sent() && m.replyTo() == null && thread.isEmpty()) {
        ownerStarted.add(m.messageId());
      } else if (m.sent() && !thread.isEmpty()
          && days(thread.get(thread.size() - 1).date(), m.date()) > t.conversationGapDays()) {
        ownerStarted.add(m.messageId());
      }
      thread.add(m);
    }
    Instant last = kept.isEmpty() ? null : kept.get(kept.size() - 1).date();
    this.asOf = data.asOf() != null ? data.asOf() : last != null ? last : Instant.EPOCH;
  }

  /** The last index built on this thread: the nine detectors, strengths and metrics all ask for the same person. */
  private static final ThreadLocal<Facts> LAST = new ThreadLocal<>();

  /**
   * The index for {@code data} under {@code t}, built once per person and thread: the detectors, strengths and
   * metrics of one person share it instead of rebuilding it about eleven times. Facts is never modified after it is
   * built, so sharing it cannot change a result.
   */
  static Facts of(PersonData data, Thresholds t) {
    if (data == null || t == null) {
      throw new IllegalArgumentException("person data and thresholds are required, got " + data + " and " + t);
    }
    Facts last = LAST.get();
    if (last != null && last.data == data && last.t == t) {
      return last;
    }
    Facts built = new Facts(data, t);
    LAST.set(built);
    return built;
  }

  List<Msg> with(String contact) {
    return byContact.getOrDefault(contact, List.of());
  }

  /** The owner wrote it and it opened a thread: the owner reached out rather than answered. */
  boolean ownerStarted(Msg m) {
    return ownerStarted.contains(m.messageId());
  }

  boolean asks(Msg m) {
    return sig(m).ask() >= t.askProbability();
  }

  /**
   * An ask for the owner's own sake: it asks, and neither gives nor asks about the reader. "How have you been? Let
   * me know if you are in town" is a check-in even if the ask model fires on its second sentence.
   */
  boolean asksForSelf(Msg m) {
    return asks(m) && !gives(m) && sig(m).questionsAboutReader() == 0;
  }

  /** When the contact first exchanged with the owner in any source, as the identity stage saw it; null if unknown. */
  Instant firstExchange(String contactKey) {
    Contact c = contact(contactKey);
    return c == null ? null : c.firstExchange();
  }

  boolean thanks(Msg m) {
    return sig(m).gratitude() >= t.gratitudeProbability();
  }

  /** A contact's message offers help: the language stage's offer label, or offer words it did not label. */
  boolean offers(Msg m) {
    return !m.sent() && (sig(m).offerOfHelp() || sig(m).says(Phrase.OFFER));
  }

  /** Gives something to the reader: an offer, something useful, congratulations. */
  static boolean gives(Msg m) {
    Signals s = sig(m);
    return s.offerOfHelp() || s.sharing() || s.congratulations();
  }

  /**
   * A contact's message that needs an answer: a question, an offer, or a request that is not merely the closing
   * line of their answer to the owner ("Let me know how the search goes!").
   */
  boolean needsAnswer(Msg m) {
    if (m.sent()) {
      return false;
    }
    Signals s = sig(m);
    if (s.questions() > 0 || offers(m)) {
      return true;
    }
    Msg prev = previousInThread(m);
    return s.ask() >= t.askProbability() && (prev == null || !prev.sent());
  }

  /**
   * A contact's message that helps the owner: an offer (to meet, to introduce), something shared (a link, an
   * introduction), or an answer to one of the owner's asks that does not just ask back.
   */
  boolean helps(Msg m) {
    if (m.sent()) {
      return false;
    }
    Signals s = sig(m);
    // "Sorry, who is this?" answers an ask with a question of its own: the contact needs something, gives nothing.
    // "Not really, sorry" and "I can't share that" answer an ask by declining it: nothing was given either.
    return offers(m) || s.sharing() || (answersOwnerAsk(m) && s.questions() == 0 && !declines(m));
  }

  /** The writer says no to what was asked ("I'd rather not", "I don't have contacts there"). */
  static boolean declines(Msg m) {
    return sig(m).says(Phrase.DECLINE);
  }

  /**
   * The received message answers an ask the owner made for their own sake in a thread the owner started. Answers to
   * "how was the hackathon?" or to "want to meet at 2?" in the contact's own thread are conversation, not help.
   */
  boolean answersOwnerAsk(Msg m) {
    Msg prev = previousInThread(m);
    if (prev == null || !prev.sent() || !asksForSelf(prev) || prev.date().isAfter(m.date())) {
      return false;
    }
    List<Msg> thread = byThread.get(prev.threadKey() == null ? prev.messageId() : prev.threadKey());
    Msg opener = thread == null || thread.isEmpty() ? prev : thread.get(0);
    return opener.sent();
  }

  Msg previousInThread(Msg m) {
    if (m.replyTo() != null && byId.containsKey(m.replyTo())) {
      return byId.get(m.replyTo());
    }
    List<Msg> thread = byThread.get(m.threadKey() == null ? m.messageId() : m.threadKey());
    if (thread == null) {
      return null;
    }
    int i = thread.indexOf(m);
    return i > 0 ? thread.get(i - 1) : null;
  }

  /** The owner's first message to {@code contact} strictly after {@code after}, or null. */
  Msg nextSent(String contact, Instant after) {
    for (Msg m : with(contact)) {
      if (m.sent() && m.date().isAfter(after)) {
        return m;
      }
    }
    return null;
  }

  /** The contact's first message strictly after {@code after}, or null. */
  Msg nextReceived(String contact, Instant after) {
    for (Msg m : with(contact)) {
      if (!m.sent() && m.date().isAfter(after)) {
        return m;
      }
    }
    return null;
  }

  /** The last message of either side with {@code contact} strictly before {@code before}, or null. */
  Msg lastBefore(String contact, Instant before) {
    Msg last = null;
    for (Msg m : with(contact)) {
      if (!m.date().isBefore(before)) {
        break;
      }
      last = m;
    }
    return last;
  }

  /** The owner's messages to contacts with whom there was no exchange at all before. */
  boolean firstEver(String contact, Msg m) {
    List<Msg> all = with(contact);
    return !all.isEmpty() && all.get(0) == m;
  }

  boolean daysPassed(Instant from, int days) {
    return !from.plus(Duration.ofDays(days)).isAfter(asOf);
  }

  static boolean within(Instant from, Instant to, int days) {
    return to != null && !to.isBefore(from) && !to.isAfter(from.plus(Duration.ofDays(days)));
  }

  static double days(Instant from, Instant to) {
    return Duration.between(from, to).toMinutes() / 1440.0;
  }

  static String day(Instant i) {
    return i == null ? "an unknown date" : DAY.format(i);
  }

  static Signals sig(Msg m) {
    return m.signals() == null ? Signals.none() : m.signals();
  }

  Contact contact(String key) {
    return data.contacts() == null ? null : data.contacts().get(key);
  }

  /**
   * Finds the contact key for a LinkedIn profile URL or a name (invitations and connections carry no key).
   * Returns null when no contact matches.
   */
  String resolve(String profileUrl, String email, String name) {
    if (data.contacts() == null) {
      return null;
    }
    Set<String> wanted = new HashSet<>();
    if (profileUrl != null && !profileUrl.isBlank()) {
      String slug = profileUrl.replaceAll("/+$", "");
      slug = slug.substring(slug.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      wanted.add("linkedin:" + slug);
    }
    if (email != null && !email.isBlank()) {
      wanted.add(email.trim().toLowerCase(Locale.ROOT));
    }
    String normName = name == null ? "" : Party.normaliseName(name);
    if (!normName.isEmpty()) {
      wanted.add("name:" + normName);
    }
    for (Contact c : data.contacts().values()) {
      if (wanted.contains(c.key())) {
        return c.key();
      }
      for (String a : c.aliases()) {
        if (wanted.contains(a)) {
          return c.key();
        }
      }
    }
    if (!normName.isEmpty()) {
      for (Contact c : data.contacts().values()) {
        if (normName.equals(Party.normaliseName(c.displayName()))) {
          return c.key();
        }
      }
    }
    return null;
  }

  /**
   * One turn of a conversation: the contact's message(s) that one message of the owner's answered
   * ({@code reply}, null while unanswered). {@code needing} is the first of them that needed an answer, null when
   * none did; {@code offered} is true when one of them offered help.
   */
  record Turn(String contact, Msg first, Msg needing, boolean offered, Msg reply) {}

  /**
   * The contact's messages grouped by the owner's message that answered them: the owner's message that replies to
   * it by id (dates across mail clients and zones can put a reply minutes before what it answers), else the owner's
   * next message in the same thread, else the owner's next message to the contact anywhere.
   */
  List<Turn> turns() {
    List<Turn> out = new ArrayList<>();
    Map<String, Msg> replyById = new HashMap<>();
    for (Msg m : msgs) {
      if (m.sent() && m.replyTo() != null) {
        replyById.putIfAbsent(m.replyTo(), m);
      }
    }
    for (var e : byContact.entrySet()) {
      Map<Msg, List<Msg>> byReply = new java.util.LinkedHashMap<>();
      List<Msg> unanswered = new ArrayList<>();
      for (Msg m : e.getValue()) {
        if (m.sent()) {
          continue;
        }
        Msg reply = replyById.get(m.messageId());
        if (reply == null || !reply.counterparts().contains(e.getKey())) {
          reply = nextSentInThread(e.getKey(), m);
        }
        if (reply == null) {
          reply = nextSent(e.getKey(), m.date());
        }
        (reply == null ? unanswered : byReply.computeIfAbsent(reply, k -> new ArrayList<>())).add(m);
      }
      for (var r : byReply.entrySet()) {
        out.add(turn(e.getKey(), r.getValue(), r.getKey()));
      }
      if (!unanswered.isEmpty()) {
        out.add(turn(e.getKey(), unanswered, null));
      }
    }
    return out;
  }

  private Turn turn(String contact, List<Msg> received, Msg reply) {
    Msg needing = null;
    boolean offered = false;
    for (Msg m : received) {
      if (needsAnswer(m)) {
        needing = needing == null ? m : needing;
        offered |= offers(m);
      }
    }
    return new Turn(contact, received.get(0), needing, offered, reply);
  }

  private Msg nextSentInThread(String contact, Msg m) {
    List<Msg> thread = byThread.get(m.threadKey() == null ? m.messageId() : m.threadKey());
    if (thread == null) {
      return null;
    }
    for (Msg x : thread) {
      if (x.sent() && x.date().isAfter(m.date()) && x.counterparts().contains(contact)) {
        return x;
      }
    }
    return null;
  }

  /**
   * Help the owner received and what the owner did next: the first helping message of each run of the contact's
   * messages, once {@code thanks_days} have passed, with the owner's next message to that contact (or null).
   */
  record HelpMoment(String contact, Msg help, Msg next) {
    boolean followedUpWithin(int days) {
      return next != null && within(help.date(), next.date(), days);
    }
  }

  List<HelpMoment> helpMoments() {
    List<HelpMoment> out = new ArrayList<>();
    for (var e : byContact.entrySet()) {
      Msg previous = null;
      for (Msg m : e.getValue()) {
        if (!m.sent() && helps(m) && (previous == null || previous.sent() || !helps(previous))
            && daysPassed(m.date(), t.thanksDays())) {
          out.add(new HelpMoment(e.getKey(), m, nextSent(e.getKey(), m.date())));
        }
        previous = m;
      }
    }
    return out;
  }

  /**
   * The owner's thread-opening asks to {@code contact}-s that got no answer within {@code polite_follow_up_days},
   * follow-ups excluded, with whether the owner followed up politely in that time.
   */
  record UnansweredAsk(String contact, Msg ask, boolean chased) {}

  List<UnansweredAsk> unansweredAsks(boolean knownContactsOnly) {
    List<UnansweredAsk> out = new ArrayList<>();
    for (var e : byContact.entrySet()) {
      String c = e.getKey();
      Msg previous = null;
      for (Msg m : e.getValue()) {
        if (m.sent() && ownerStarted(m) && asksForSelf(m) && daysPassed(m.date(), t.politeFollowUpDays())
            && (previous != null || !knownContactsOnly) && !chasesOwnAsk(previous, m)) {
          Msg answer = nextReceived(c, m.date());
          if (answer == null || !within(m.date(), answer.date(), t.politeFollowUpDays())) {
            Msg chase = nextSent(c, m.date());
            out.add(new UnansweredAsk(c, m, chase != null && within(m.date(), chase.date(), t.politeFollowUpDays())));
          }
        }
        previous = m;
      }
    }
    return out;
  }

  /** An ask that chases an earlier ask of the owner's that the contact has not answered yet. */
  private boolean chasesOwnAsk(Msg previous, Msg ask) {
    return previous != null && previous.sent() && asksForSelf(previous)
        && within(previous.date(), ask.date(), 2 * t.politeFollowUpDays());
  }

  /** Two-way contacts: the owner wrote to them and they wrote to the owner. */
  List<String> twoWay(Instant since) {
    List<String> out = new ArrayList<>();
    for (var e : byContact.entrySet()) {
      boolean sent = false;
      boolean received = false;
      for (Msg m : e.getValue()) {
        if (since == null || !m.date().isBefore(since)) {
          sent |= m.sent();
          received |= !m.sent();
        }
      }
      if (sent && received) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  // ---- excerpts: only ever the owner's own words ----

  /** The owner's sentence that carries {@code label} (ask, gratitude, apology_for_delay…), else the opening. */
  static String excerpt(Msg m, String label) {
    if (!m.sent() || m.ownText() == null) {
      return "";
    }
    String text = m.ownText();
    Signals s = sig(m);
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

  static String clip(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS - 1).trim() + "…";
  }

  static Evidence evidence(String contact, Msg m, String label, String why) {
    return new Evidence(contact, m.threadKey(), m.date(), excerpt(m, label), why);
  }

  /** Evidence for the owner's silence: the moment an answer was due, with no excerpt. */
  static Evidence silence(String contact, Msg due, String why) {
    return new Evidence(contact, due.threadKey(), due.date(), "", why);
  }

  static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  static double round(double v) {
    return Math.round(clamp(v) * 1000) / 1000.0;
  }

  /**
   * The score as reported: below {@code min_repeats} problem cases it is capped under the reporting line (one case
   * reaches at most half of it with the default of two), so that a score at or above the line always comes with a
   * finding and cohort.csv never shows a high score for a single slip.
   */
  double habit(PatternId p, double score, int problemCases) {
    if (problemCases >= t.minRepeats()) {
      return round(score);
    }
    return round(Math.min(score, t.reportAt(p) * problemCases / t.minRepeats()));
  }

  /** A habit: at least {@code minRepeats} cases and a score at or above the pattern's reporting threshold. */
  boolean reportable(PatternId p, double score, int problemCases) {
    return problemCases >= t.minRepeats() && score >= t.reportAt(p);
  }

  /** The most telling pieces first, at most {@code max}: reports show a handful, not hundreds. */
  static List<Evidence> top(List<Evidence> all, int max) {
    return all.size() <= max ? List.copyOf(all) : List.copyOf(all.subList(0, max));
  }
}
