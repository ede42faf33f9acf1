package dev.rapport.patterns;

import dev.rapport.identity.Contact;
import dev.rapport.identity.ContactResolver;
import dev.rapport.language.Phrase;
import dev.rapport.language.Signals;
import dev.rapport.patterns.PersonData.Msg;
import dev.rapport.patterns.PersonData.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which of a person's exchanges are professional networking, the only ones the detectors judge (patterns.md,
 * "Networking, not all mail"). Most of a real mailbox is day-to-day work, family and services: judged by networking
 * norms it gives findings no counselor would accept ("Please process for payment." is not a cold ask).
 *
 * <p>The decision is made per thread, on what both sides wrote, and then per contact:
 * <ol>
 *   <li>A LinkedIn conversation is networking: the platform is for it.</li>
 *   <li>A thread with career or relationship talk is networking, between colleagues too: a job search, a career
 *       move, an introduction or referral, advice on a career ({@link Phrase#CAREER_TALK}); catching up, staying in
 *       touch, getting together ({@link Phrase#CATCHING_UP}); congratulations; a pitch of oneself
 *       ({@link Phrase#PITCH}); a first message that says who the
 *       writer is or why they write; the owner checking in (a greeting and a question about the reader).</li>
 *   <li>Otherwise a thread that coordinates work or coursework ({@link Phrase#TASK_REQUEST}, or the vocabulary of
 *       work naming two different things, {@link Phrase#WORK_VOCABULARY}) is left out as work, and one about family
 *       life ({@link Phrase#FAMILY}) as personal.</li>
 *   <li>What is left counts only with a networking contact: a LinkedIn connection, or someone with whom threads of
 *       rule 1 or 2 are at least as many as work threads. Small talk and scheduling with a mentor are part of the
 *       relationship; the same words with someone the owner mostly works with are not networking.</li>
 * </ol>
 * No rule reads an address's domain: a student's classmates and professors share the student's university domain
 * and are the heart of their network, while a company's colleagues share it and mostly coordinate work.
 *
 * <p>Invitation notes are not threads and are always in scope: an invitation is networking.
 */
final class NetworkingScope {
  private final Map<String, Scope> decided;
  private final Map<String, Long> leftOut;
  private final Set<String> networkingContacts;

  private NetworkingScope(Map<String, Scope> decided, Map<String, Long> leftOut, Set<String> networkingContacts) {
    this.decided = decided;
    this.leftOut = leftOut;
    this.networkingContacts = networkingContacts;
  }

  /**
   * The scope of {@code messages} (one person's, any order) given the person's contacts. Messages whose scope is
   * already decided keep it; the {@link Scope#UNDECIDED} ones are decided here.
   */
  static NetworkingScope of(List<Msg> messages, Map<String, Contact> contacts) {
    Map<String, List<Msg>> threads = new LinkedHashMap<>();
    for (Msg m : messages) {
      if (m.scope() == Scope.UNDECIDED) {
        threads.computeIfAbsent(m.threadKey() == null ? m.messageId() : m.threadKey(), k -> new ArrayList<>()).add(m);
      }
    }
    Set<String> networking = new HashSet<>();
    if (contacts != null) {
      for (Contact c : contacts.values()) {
        if (c.sources().contains(ContactResolver.LINKEDIN_CONNECTIONS) || c.connectedOn() != null) {
          networking.add(c.key());
        }
      }
    }
    for (Msg m : messages) {
      if (m.scope() == Scope.NETWORKING) {
        networking.addAll(m.counterparts());
      }
    }
    Map<String, Scope> threadScope = new TreeMap<>();
    Map<String, int[]> threadsByContact = new HashMap<>();
    for (var e : threads.entrySet()) {
      Scope k = scopeOf(e.getValue());
      threadScope.put(e.getKey(), k);
      Set<String> who = new HashSet<>();
      e.getValue().forEach(m -> who.addAll(m.counterparts()));
      for (String c : who) {
        int[] n = threadsByContact.computeIfAbsent(c, x -> new int[2]);
        n[0] += k == Scope.NETWORKING ? 1 : 0;
        n[1] += k == Scope.WORK ? 1 : 0;
      }
    }
    // a contact is a networking contact when the relationship is mostly networking: one friendly thread with a
    // colleague the owner mostly works with does not make their scheduling and errands networking
    threadsByContact.forEach((c, n) -> {
      if (n[0] > 0 && n[0] >= n[1]) {
        networking.add(c);
      }
    });
    Map<String, Scope> decided = new HashMap<>();
    Map<String, Long> leftOut = new TreeMap<>();
    for (Msg m : messages) {
      Scope k = m.scope();
      if (k == Scope.UNDECIDED) {
        k = threadScope.get(m.threadKey() == null ? m.messageId() : m.threadKey());
        if (k == Scope.UNDECIDED) {
          k = m.counterparts().stream().anyMatch(networking::contains) ? Scope.NETWORKING : Scope.OTHER;
        }
      }
      decided.put(m.messageId(), k);
      if (k.leftOutReason() != null) {
        leftOut.merge(k.leftOutReason(), 1L, Long::sum);
      }
    }
    return new NetworkingScope(decided, Collections.unmodifiableMap(leftOut),
        Collections.unmodifiableSet(networking));
  }

  /** The message is part of the owner's networking and may feed the detectors. */
  boolean keeps(Msg m) {
    return decided.get(m.messageId()) == Scope.NETWORKING;
  }

  /** Messages left out, by reason ({@link Scope#leftOutReason()}); reasons with none are absent. */
  Map<String, Long> leftOut() {
    return leftOut;
  }

  /** Contacts with a networking thread or a LinkedIn connection. */
  boolean networkingContact(String contactKey) {
    return networkingContacts.contains(contactKey);
  }

  /** NETWORKING, WORK, PERSONAL, or UNDECIDED when the thread itself does not say. */
  private static Scope scopeOf(List<Msg> thread) {
    boolean task = false;
    boolean family = false;
    for (Msg m : thread) {
      if ("linkedin".equals(m.source()) || "linkedin-invitation".equals(m.source())) {
        return Scope.NETWORKING;
      }
      Signals s = Judgements.sig(m);
      // a pitch (credentials, a résumé, a booking link) is networking however one-sided: self_promotion judges it
      if (s.says(Phrase.CAREER_TALK) || s.says(Phrase.CATCHING_UP) || s.congratulations() || s.says(Phrase.PITCH)
          || ((s.selfIntroduction() || s.reasonForWriting()) && !m.reply())
          || (m.sent() && s.greeting() && s.questionsAboutReader() > 0)) {
        return Scope.NETWORKING;
      }
      task |= s.says(Phrase.TASK_REQUEST) || s.says(Phrase.WORK_VOCABULARY);
      family |= s.says(Phrase.FAMILY);
    }
    return task ? Scope.WORK : family ? Scope.PERSONAL : Scope.UNDECIDED;
  }
}
