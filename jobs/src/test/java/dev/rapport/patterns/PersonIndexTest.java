package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.identity.Contact;
import dev.rapport.patterns.PersonData.Msg;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonIndexTest {
  private static final Thresholds T = Thresholds.defaults();

  static Msg msg(PersonData d, String id) {
    return d.messages().stream().filter(m -> m.messageId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void messagesWithoutDateOrCounterpartOrToAGroupAreLeftOut() {
    Instant t = Instant.parse("2025-03-01T10:00:00Z");
    List<Msg> msgs = List.of(
        new Msg("undated", "t", null, true, List.of("ann"), 1, null, "Hi", null, null, List.of(), "email"),
        new Msg("nobody", "t", t, true, List.of(), 0, null, "Hi", null, null, List.of(), "email"),
        new Msg("group", "t", t, true, List.of("a", "b", "c", "d", "e", "f"), T.maxRecipients() + 1, null, "Hi all",
            null, null, List.of(), "email"),
        new Msg("late", "t", t.plusSeconds(60), false, List.of("ann"), 1, null, "Hi", null, null, List.of(), "email"),
        new Msg("early", "t", t, true, List.of("ann"), 1, null, "Hi", null, null, List.of(), "email"));
    PersonIndex p = PersonIndex.of(new PersonData("x", Set.of(), null, msgs, null, null, null, null, null, null), T);
    assertEquals(List.of("early", "late"), p.msgs.stream().map(Msg::messageId).toList(), "kept, oldest first");
    assertEquals(List.of("ann"), List.copyOf(p.byContact().keySet()));
    assertEquals(t.plusSeconds(60), p.asOf, "without an asOf the period ends with the last message");
    assertNull(p.contact("ann"), "no contacts known is not a failure");
    assertEquals(Optional.empty(), p.contactOf(null, null, "Ann"));
  }

  @Test
  void theOwnerStartsAThreadByOpeningItOrBreakingALongSilenceInIt() {
    PersonBuilder b = new PersonBuilder("o").asOf(Stories.END);
    String opens = b.send("ann", "2025-01-01", "Hi Ann, how are you?", Sig.plain());
    String answer = b.receiveReply(opens, "2025-01-02", Sig.plain());
    String reply = b.sendReply(answer, "2025-01-03", "Great to hear.", Sig.plain());
    String revives = b.sendReply(reply, PersonBuilder.plus("2025-01-03", T.conversationGapDays() + 1),
        "Hi again, it has been a while.", Sig.plain());
    String theirs = b.receive("ben", "2025-02-01", Sig.plain());
    String answersBen = b.sendReply(theirs, "2025-02-02", "Sure.", Sig.plain());
    PersonData d = b.build();
    PersonIndex p = PersonIndex.of(d, T);
    assertTrue(p.ownerStarted(msg(d, opens)));
    assertFalse(p.ownerStarted(msg(d, reply)));
    assertTrue(p.ownerStarted(msg(d, revives)), "more than conversation_gap_days after the thread's last message");
    assertFalse(p.ownerStarted(msg(d, answersBen)));
    assertFalse(p.ownerStarted(msg(d, answer)), "only the owner's messages start anything");
    assertSame(msg(d, opens), p.opener(msg(d, reply)));
    assertSame(msg(d, theirs), p.opener(msg(d, answersBen)));
  }

  @Test
  void lookupsAroundAMessage() {
    PersonBuilder b = new PersonBuilder("o").asOf("2025-03-31");
    String ask = b.send("ann", "2025-03-01", "Could you help?", Sig.ask());
    String help = b.receiveReply(ask, "2025-03-02", Sig.plain().sharing());
    String thanks = b.sendReply(help, "2025-03-05", "Thank you!", Sig.thanks());
    String news = b.receive("ann", "2025-03-10", Sig.plain());
    b.receive("ben", "2025-03-20", Sig.plain());
    PersonData d = b.build();
    PersonIndex p = PersonIndex.of(d, T);
    Instant day2 = PersonBuilder.at("2025-03-02");
    assertSame(msg(d, ask), p.previousInThread(msg(d, help)), "by reply id");
    assertNull(p.previousInThread(msg(d, ask)));
    assertSame(msg(d, thanks), p.nextSent("ann", day2));
    assertSame(msg(d, thanks), p.nextSentInThread("ann", msg(d, help)));
    assertNull(p.nextSentInThread("ann", msg(d, news)), "its own thread has no answer");
    assertSame(msg(d, news), p.nextReceived("ann", PersonBuilder.at("2025-03-02")));
    assertNull(p.nextSent("ann", PersonBuilder.at("2025-03-05")), "strictly after");
    assertSame(msg(d, ask), p.lastBefore("ann", day2));
    assertNull(p.lastBefore("ann", PersonBuilder.at("2025-03-01")));
    assertTrue(p.firstEver("ann", msg(d, ask)));
    assertFalse(p.firstEver("ann", msg(d, thanks)));
    assertEquals(List.of(), p.with("nobody"));
    assertEquals(List.of("ann"), p.twoWay(null));
    assertEquals(List.of(), p.twoWay(PersonBuilder.at("2025-03-06")), "only ann's news since then, one way");
    assertTrue(p.daysPassed(PersonBuilder.at("2025-03-01"), 30));
    assertFalse(p.daysPassed(PersonBuilder.at("2025-03-02"), 30), "asOf is 2025-03-31 09:00");
  }

  @Test
  void withinAndDaysAreInclusiveAndToTheMinute() {
    Instant from = Instant.parse("2025-03-01T00:00:00Z");
    assertTrue(PersonIndex.within(from, from.plusSeconds(86_400 * 7), 7));
    assertFalse(PersonIndex.within(from, from.plusSeconds(86_400 * 7 + 60), 7));
    assertFalse(PersonIndex.within(from, from.minusSeconds(60), 7));
    assertFalse(PersonIndex.within(from, null, 7));
    assertEquals(1.5, PersonIndex.days(from, from.plusSeconds(36 * 3600)));
  }

  @Test
  void invitationsAndConnectionsAreResolvedToContactsByTheIdentityRule() {
    Contact ann = new Contact("linkedin:ann-lee", "Ann Lee", List.of("linkedin:ann-lee", "ann@acme.example"),
        List.of("linkedin-connections"), "Director", null, null, null, null);
    PersonData d = new PersonData("o", Set.of(), null, List.of(), Map.of(ann.key(), ann), List.of(), List.of(),
        List.of(), List.of(), null);
    PersonIndex p = PersonIndex.of(d, T);
    assertEquals(Optional.of("linkedin:ann-lee"),
        p.contactOf("https://www.linkedin.com/in/Ann-Lee/?trk=x", null, null));
    assertEquals(Optional.of("linkedin:ann-lee"), p.contactOf(null, "ANN@acme.example", null));
    assertEquals(Optional.of("linkedin:ann-lee"), p.contactOf(null, null, "ann  LEE"), "by display name");
    assertEquals(Optional.empty(), p.contactOf(null, null, "Bo Chen"));
  }

  @Test
  void requiresDataAndThresholds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonIndex.of(null, T));
    assertTrue(e.getMessage().startsWith("person data and thresholds are required"), e.getMessage());
  }
}
