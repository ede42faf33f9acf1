package dev.rapport.patterns;

import static dev.rapport.patterns.PersonIndexTest.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementsTest {
  private static final Thresholds T = Thresholds.defaults();

  private static Judgements judge(PersonData d) {
    return new Judgements(PersonIndex.of(d, T));
  }

  @Test
  void anAskForOneselfNeitherGivesNorAsksAboutTheReader() {
    PersonBuilder b = new PersonBuilder("o");
    String plain = b.send("ann", "2025-03-01", "Could you refer me?", Sig.ask());
    String giving = b.send("ben", "2025-03-01", "Here is the article. Could you read it?", Sig.ask().sharing());
    String caring = b.send("cal", "2025-03-01", "How are you? Let me know if you are in town.",
        Sig.ask().aboutReader());
    PersonData d = b.build();
    Judgements j = judge(d);
    assertTrue(j.asksForSelf(msg(d, plain)));
    assertTrue(j.asks(msg(d, giving)) && !j.asksForSelf(msg(d, giving)));
    assertFalse(j.asksForSelf(msg(d, caring)));
    assertTrue(Judgements.gives(msg(d, giving)));
  }

  @Test
  void offersAreAContactsAndReadFromTheLabelOrTheOfferPhrase() {
    PersonBuilder b = new PersonBuilder("o");
    String labelled = b.receive("ann", "2025-03-01", Sig.plain().offer());
    String inWords = b.addReceived("ben", "2025-03-01", "If you want, I can set up a call with Nadia.", Sig.plain());
    String refused = b.addReceived("cal", "2025-03-01", "I can't introduce you, sorry.", Sig.plain());
    String mine = b.send("dee", "2025-03-01", "I can introduce you to Nadia.", Sig.plain().offer());
    PersonData d = b.build();
    Judgements j = judge(d);
    assertTrue(j.offers(msg(d, labelled)));
    assertTrue(j.offers(msg(d, inWords)));
    assertFalse(j.offers(msg(d, refused)));
    assertFalse(j.offers(msg(d, mine)), "the owner's own offer is not help received");
  }

  @Test
  void anAnswerToTheOwnersAskHelpsUnlessItDeclinesOrAsksBack() {
    PersonBuilder b = new PersonBuilder("o");
    String[] who = {"ann", "ben", "cal"};
    String[] answers = new String[3];
    for (int i = 0; i < who.length; i++) {
      String ask = b.send(who[i], "2025-03-01", "Could you refer me?", Sig.ask());
      answers[i] = switch (i) {
        case 0 -> b.receiveReplyWith(ask, "2025-03-02", "Done, I sent your name to the hiring manager.", Sig.plain());
        case 1 -> b.receiveReplyWith(ask, "2025-03-02", "Not really, sorry.", Sig.plain());
        default -> b.receiveReplyWith(ask, "2025-03-02", "Sorry, who is this?", Sig.plain().question());
      };
    }
    String theirThread = b.receive("dee", "2025-03-05", Sig.plain().question());
    String ownerAsksBack = b.sendReply(theirThread, "2025-03-06", "Want to meet at 2?", Sig.ask());
    String deeAnswers = b.receiveReply(ownerAsksBack, "2025-03-07", Sig.plain());
    PersonData d = b.build();
    Judgements j = judge(d);
    assertTrue(j.answersOwnerAsk(msg(d, answers[0])) && j.helps(msg(d, answers[0])));
    assertTrue(Judgements.declines(msg(d, answers[1])) && !j.helps(msg(d, answers[1])));
    assertFalse(j.helps(msg(d, answers[2])), "a question back gives nothing");
    assertFalse(j.answersOwnerAsk(msg(d, deeAnswers)), "an answer in the contact's own thread is conversation");
  }

  @Test
  void aClosingRequestAfterTheOwnersMessageNeedsNoAnswer() {
    PersonBuilder b = new PersonBuilder("o");
    String ask = b.send("ann", "2025-03-01", "Could you refer me?", Sig.ask());
    String closing = b.receiveReply(ask, "2025-03-02", Sig.ask());
    String question = b.receive("ben", "2025-03-02", Sig.plain().question());
    String request = b.receive("cal", "2025-03-02", Sig.ask());
    PersonData d = b.build();
    Judgements j = judge(d);
    assertFalse(j.needsAnswer(msg(d, closing)), "\"let me know how it goes\" closing their answer");
    assertTrue(j.needsAnswer(msg(d, question)));
    assertTrue(j.needsAnswer(msg(d, request)), "a request that opens a thread");
    assertFalse(j.needsAnswer(msg(d, ask)), "the owner's own messages need nothing from the owner");
  }

  @Test
  void turnsGroupTheContactsMessagesByTheOwnersReply() {
    PersonBuilder b = new PersonBuilder("o");
    String q1 = b.receive("ann", "2025-03-01", Sig.plain().question());
    String q2 = b.receiveReply(q1, "2025-03-02", Sig.plain().offer());
    String reply = b.sendReply(q2, "2025-03-04", "Yes please, Tuesday works.", Sig.plain());
    String later = b.receiveReply(reply, "2025-03-05", Sig.plain());
    PersonData d = b.build();
    List<Judgements.Turn> turns = judge(d).turns();
    assertEquals(2, turns.size(), turns.toString());
    Judgements.Turn answered = turns.get(0);
    assertSame(msg(d, q1), answered.first());
    assertSame(msg(d, q1), answered.needing());
    assertTrue(answered.offered());
    assertSame(msg(d, reply), answered.reply());
    Judgements.Turn open = turns.get(1);
    assertSame(msg(d, later), open.first());
    assertNull(open.needing(), "a plain answer needs nothing");
    assertNull(open.reply());
  }

  @Test
  void helpMomentsStartEachRunOfHelpAndWaitForThanksDays() {
    PersonBuilder b = new PersonBuilder("o").asOf("2025-03-20");
    String ask = b.send("ann", "2025-03-01", "Could you refer me?", Sig.ask());
    String help = b.receiveReply(ask, "2025-03-02", Sig.plain().sharing());
    b.receiveReply(help, "2025-03-03", Sig.plain().sharing());
    String thanks = b.sendReply(help, "2025-03-04", "Thank you!", Sig.thanks());
    String fresh = b.receive("ben", "2025-03-19", Sig.plain().sharing());
    PersonData d = b.build();
    List<Judgements.HelpMoment> moments = judge(d).helpMoments();
    assertEquals(1, moments.size(), "one run of help from ann; ben's is too recent to judge: " + moments);
    assertSame(msg(d, help), moments.get(0).help());
    assertSame(msg(d, thanks), moments.get(0).next());
    assertTrue(moments.get(0).followedUpWithin(T.thanksDays()));
    assertFalse(moments.stream().anyMatch(m -> m.help() == msg(d, fresh)));
  }

  @Test
  void unansweredAsksKnowWhetherTheOwnerChasedPolitely() {
    PersonBuilder b = new PersonBuilder("o").asOf(Stories.END);
    String known = b.receive("ann", "2025-01-01", Sig.plain());
    b.sendReply(known, "2025-01-02", "Thanks!", Sig.thanks());
    b.send("ann", "2025-03-01", "Could you refer me?", Sig.ask());
    b.send("ann", "2025-03-05", "Hi, bringing this back up, no pressure.", Sig.plain());
    b.send("ben", "2025-03-01", "Could you refer me?", Sig.ask());
    PersonData d = b.build();
    Judgements j = judge(d);
    List<Judgements.UnansweredAsk> all = j.unansweredAsks(false);
    assertEquals(List.of("ann", "ben"), all.stream().map(Judgements.UnansweredAsk::contact).toList());
    assertTrue(all.get(0).chased());
    assertFalse(all.get(1).chased());
    assertEquals(List.of("ann"), j.unansweredAsks(true).stream().map(Judgements.UnansweredAsk::contact).toList(),
        "a first message to a stranger is not contact made");
  }

  @Test
  void aScoreIsCappedUnderTheLineUntilItIsAHabit() {
    Judgements j = judge(new PersonBuilder("o").build());
    PatternId p = PatternId.SLOW_REPLY;
    double line = T.reportAt(p);
    assertEquals(Judgements.round(line / T.minRepeats()), j.habit(p, 1.0, 1), "one case reaches part of the line");
    assertFalse(j.reportable(p, j.habit(p, 1.0, 1), 1));
    assertEquals(1.0, j.habit(p, 1.0, T.minRepeats()));
    assertTrue(j.reportable(p, line, T.minRepeats()));
    assertFalse(j.reportable(p, line - 0.001, T.minRepeats()));
    assertEquals(0.333, Judgements.round(1 / 3.0));
    assertEquals(0.0, Judgements.round(Double.NaN));
    assertEquals(1.0, Judgements.clamp(7));
  }
}
