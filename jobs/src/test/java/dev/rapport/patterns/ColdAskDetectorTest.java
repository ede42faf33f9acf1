package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColdAskDetectorTest {
  private final Detector detector = new ColdAskDetector();

  @Test
  void bareAsksToStrangersAreCold() {
    Finding f = Check.found(Check.assess(detector, Stories.firstAsks(false)), 1.0, 1.0);
    assertEquals(3, f.evidence().size());
    Check.hasEvidence(f, "dana", "2025-03-01", "Can you refer me to a role at your company?");
    Check.hasEvidence(f, "fay", "2025-03-15", "Can you refer me to a role at your company?");
  }

  @Test
  void introductionAndReasonBeforeTheAskAreNotCold() {
    Check.notFound(Check.assess(detector, Stories.firstAsks(true)), 0.0);
  }

  @Test
  void aGreetingAloneIsNoContext() {
    PersonBuilder p = new PersonBuilder("gil").asOf(Stories.END);
    p.send("dana", "2025-03-01", "Hi Dana. Can you refer me?", Sig.ask().greeting().at(0, "greeting").at(1, "ask"));
    p.send("eli", "2025-03-02", "Hello Eli. Can you refer me?", Sig.ask().greeting().at(0, "greeting").at(1, "ask"));
    Finding f = Check.found(Check.assess(detector, p.build()), 0.8, 0.8);
    Check.hasEvidence(f, "eli", "2025-03-02", "Can you refer me?");
  }

  @Test
  void anAskToSomeoneWhoWroteFirstIsNotCold() {
    PersonBuilder p = new PersonBuilder("hal").asOf(Stories.END);
    for (String c : new String[] {"dana", "eli", "fay"}) {
      String q = p.receive(c, "2025-03-01", Sig.plain().offer());
      p.sendReply(q, "2025-03-02", "Can you refer me?", Sig.ask().asksFirst());
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }

  @Test
  void anEarlierExchangeOfAnyKindIsContext() {
    PersonBuilder p = new PersonBuilder("ida").asOf(Stories.END);
    for (String c : new String[] {"dana", "eli", "fay"}) {
      String q = p.receive(c, "2024-05-01", Sig.plain().question());
      p.sendReply(q, "2024-05-02", "Yes, the slides are in the shared folder.", Sig.plain());
      p.send(c, "2025-03-01", "Can you refer me?", Sig.ask().asksFirst());
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }

  /** Issue 11: advice speaks to the person: a professional is not told to introduce themselves as a student. */
  @Test
  void theAdvicesExampleFitsAStudentOrAProfessional() {
    PersonBuilder pro = new PersonBuilder("pia");
    PersonBuilder student = new PersonBuilder("stu");
    for (String c : new String[] {"dana", "eli", "fay"}) {
      pro.send(c, "2025-03-01", "Can you refer me?", Sig.ask().asksFirst());
      student.send(c, "2025-03-01", "I'm a final-year student at State. Can you refer me?", Sig.ask());
    }
    String forPro = Check.found(Check.assess(detector, pro.asOf(Stories.END).build()), 0.5, 1.0).advice();
    String forStudent = Check.found(Check.assess(detector, student.asOf(Stories.END).build()), 0.5, 1.0).advice();
    assertTrue(forPro.contains("I lead") && !forPro.contains("student"), forPro);
    assertTrue(forStudent.contains("student at"), forStudent);
  }

  /** Blind-rated Enron evidence: "It was good to meet you on Thursday; I'd like to go on talking" is no bare ask. */
  @Test
  void anAskThatSaysWhyTheWriterWritesIsNotABareOpening() {
    PersonBuilder p = new PersonBuilder("rik").asOf(Stories.END);
    for (String c : new String[] {"lyn", "max", "ned"}) {
      p.send(c, "2025-03-01", "It was good to meet you on Thursday, and I'd like to continue our discussion.",
          Sig.ask().asksFirst().at(0, "ask", "reason_for_writing"));
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }

  /** Issue 11: a LinkedIn connection with no note and no message is not a conversation. */
  @Test
  void aConnectionAloneIsNoContext() {
    PersonBuilder p = new PersonBuilder("ivo").asOf(Stories.END);
    for (String c : new String[] {"dana", "eli", "fay"}) {
      p.contactFirstExchanged(c, "2024-05-01");
      p.invitation(c, "2024-05-01", "");
      p.send(c, "2025-03-01", "Can you refer me?", Sig.ask().asksFirst());
    }
    Finding f = Check.found(Check.assess(detector, p.build()), 1.0, 1.0);
    Check.hasEvidence(f, "eli", "2025-03-01", "Can you refer me?");
  }

  @Test
  void sayingWhoYouAreBeforeTheAskIsContextEvenWhenTheLanguageStageMissedIt() {
    PersonBuilder p = new PersonBuilder("ivo").asOf(Stories.END);
    for (String c : new String[] {"dana", "eli", "fay"}) {
      p.send(c, "2025-03-01", "I am a data scientist with three years of experience. Would you have time for a call?",
          Sig.ask().asksFirst().at(1, "ask"));
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }

  @Test
  void invitationNotesThatOpenWithAnAskToStrangersAreCold() {
    PersonBuilder p = new PersonBuilder("jo").asOf(Stories.END);
    for (String c : new String[] {"dana", "eli", "fay"}) {
      p.invitationNote(c, "2025-03-01", "Can you refer me to a role on your team?", Sig.ask().asksFirst().at(0, "ask"));
    }
    Finding f = Check.found(Check.assess(detector, p.build()), 1.0, 1.0);
    assertEquals(3, f.evidence().size());
    Check.hasEvidence(f, "eli", "2025-03-01", "Can you refer me to a role on your team?");
    assertTrue(f.evidence().get(0).why().startsWith("invitation note"), f.evidence().get(0).why());
  }

  @Test
  void anInvitationNoteWithContextOrWithoutAnAskIsNotCold() {
    PersonBuilder p = new PersonBuilder("kit").asOf(Stories.END);
    for (String c : new String[] {"dana", "eli", "fay"}) {
      // who I am and why you, then the ask: a good first note
      p.invitationNote(c, "2025-03-01", "I'm Kit, a student at State; Prof. Lee suggested you. Could we talk?",
          Sig.ask().intro().reason().at(0, "self_introduction", "reason_for_writing").at(1, "ask"));
    }
    for (String c : new String[] {"gus", "hem", "ike"}) {
      // a note with no ask is the context for the ask that follows it
      p.invitationNote(c, "2025-03-01", "Enjoyed your talk at the data meetup.", Sig.plain().reason());
      p.send(c, "2025-03-09", "Can you refer me?", Sig.ask().asksFirst());
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }

  @Test
  void aStockNoteAskingOnlyToConnectIsNotAColdAsk() {
    PersonBuilder p = new PersonBuilder("max").asOf(Stories.END);
    for (String c : new String[] {"dana", "eli", "fay"}) {
      String note = "Hi, I'd like to join your LinkedIn network.";
      p.invitationNote(c, "2025-03-01", note, Sig.ask().greeting().at(0, "greeting", "ask"));
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);

    // asking to connect and then for a referral is a cold ask all the same
    PersonBuilder q = new PersonBuilder("ned").asOf(Stories.END);
    for (String c : new String[] {"dana", "eli", "fay"}) {
      String note = "I'd like to connect. Can you refer me to your team?";
      q.invitationNote(c, "2025-03-01", note, Sig.ask().asksFirst().at(0, "ask").at(1, "ask"));
    }
    Check.found(Check.assess(detector, q.build()), 1.0, 1.0);
  }

  @Test
  void aNoteSentAfterTheFirstMessageIsNotTheOpening() {
    PersonBuilder p = new PersonBuilder("lou").asOf(Stories.END);
    for (String c : new String[] {"dana", "eli", "fay"}) {
      p.send(c, "2025-03-01", "Hi, I'm Lou, a student at State; Prof. Lee suggested you. Could we talk?",
          Sig.ask().greeting().intro().reason().at(0, "greeting", "self_introduction", "reason_for_writing")
              .at(1, "ask"));
      p.invitationNote(c, "2025-03-05", "Can you refer me?", Sig.ask().asksFirst().at(0, "ask"));
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }
}
