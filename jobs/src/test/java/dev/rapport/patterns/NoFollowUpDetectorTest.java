package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NoFollowUpDetectorTest {
  private final Detector detector = new NoFollowUpDetector();

  @Test
  void followUpIsMissingWhenHelpGoesUnthanked() {
    Finding f = Check.found(Check.assess(detector, Stories.helpReceived(false)), 1.0, 1.0);
    Check.hasEvidence(f, "ann", "2025-02-04", "");
    Check.hasEvidence(f, "cal", "2025-02-18", "");
    Check.hasEvidence(f, "dee", "2025-05-01", "");
    assertTrue(f.advice().contains("2025-02-04") && f.advice().contains("2025-02-11"), f.advice());
  }

  @Test
  void thanksWithinAWeekIsAFollowUp() {
    Check.notFound(Check.assess(detector, Stories.helpReceived(true)), 0.0);
  }

  @Test
  void unansweredAsksToPeopleTheyKnowNeedAPoliteFollowUpWithinTwoWeeks() {
    PersonBuilder silent = new PersonBuilder("dan").asOf(Stories.END);
    PersonBuilder chaser = new PersonBuilder("dora").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben", "cal"}) {
      String day = c.equals("ann") ? "2025-03-01" : c.equals("ben") ? "2025-04-01" : "2025-05-01";
      for (PersonBuilder p : new PersonBuilder[] {silent, chaser}) {
        String hello = p.receive(c, "2024-11-01", Sig.plain().question());
        p.sendReply(hello, "2024-11-01T12:00", "Yes, see you at the reunion!", Sig.plain());
      }
      silent.send(c, day, Stories.CONTEXT_ASK, Stories.contextAsk());
      String a = chaser.send(c, day, Stories.CONTEXT_ASK, Stories.contextAsk());
      chaser.sendReply(a, PersonBuilder.plus(day, 8), "Just bringing this back to the top of your inbox.",
          Sig.ask().at(0, "ask"));
    }
    Finding f = Check.found(Check.assess(detector, silent.build()), 1.0, 1.0);
    Check.hasEvidence(f, "ben", "2025-04-01", "Would you have 15 minutes for a call?");
    Check.notFound(Check.assess(detector, chaser.build()), 0.0);
  }

  @Test
  void strangersWhoNeverAnswerAreNoContactMade() {
    Check.notFound(Check.assess(detector, Stories.firstAsks(true)), 0.0);
  }

  @Test
  void newConnectionsNeverMessagedWithinAMonthAreDropped() {
    PersonBuilder p = new PersonBuilder("connie").asOf(Stories.END);
    String q = p.receive("old", "2025-01-02", Sig.plain());
    p.sendReply(q, "2025-01-03", "Thanks!", Sig.thanks());
    for (int i = 0; i < 4; i++) {
      p.contact("new" + i, "Analyst", PersonBuilder.plus("2025-02-01", 10 * i));
      p.invitation("new" + i, PersonBuilder.plus("2025-01-29", 10 * i), "");
    }
    p.send("new0", "2025-02-05", "Great to meet you at the meetup yesterday!", Sig.plain());
    Finding f = Check.found(Check.assess(detector, p.build()), 0.7, 0.8);
    assertEquals(3, f.evidence().size());
    Check.hasEvidence(f, "new1", "2025-02-11T00:00", "");
  }

  @Test
  void connectionsTheOwnerOnlyAcceptedAskNothingOfThem() {
    PersonBuilder p = new PersonBuilder("acel").asOf(Stories.END);
    String q = p.receive("old", "2025-01-02", Sig.plain());
    p.sendReply(q, "2025-01-03", "Thanks!", Sig.thanks());
    for (int i = 0; i < 4; i++) {
      p.contact("new" + i, "Recruiter", PersonBuilder.plus("2025-02-01", 10 * i));
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }

  @Test
  void aLongerThanksWindowExcusesLateThanks() {
    PersonBuilder p = new PersonBuilder("lou").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben"}) {
      String a = p.send(c, c.equals("ann") ? "2025-03-01" : "2025-04-01", Stories.CONTEXT_ASK, Stories.contextAsk());
      String h = p.receiveReply(a, c.equals("ann") ? "2025-03-02" : "2025-04-02", Sig.plain().sharing());
      p.sendReply(h, c.equals("ann") ? "2025-03-12" : "2025-04-12", "Thank you!", Sig.thanks());
    }
    PersonData data = p.build();
    Check.found(Check.assess(detector, data), 1.0, 1.0);
    Check.notFound(Check.assess(detector, data, Thresholds.defaults().withOverrides(Map.of("thanks_days", "14"))), 0);
  }

  @Test
  void offersAnsweredLateAreSlowRepliesNotDroppedOnes() {
    Check.notFound(Check.assess(detector, Stories.offersAnswered(12 * 24)), 0.0);
  }

  @Test
  void offersStillWithinTheMonthAreNotYetDropped() {
    PersonBuilder p = new PersonBuilder("neo").asOf("2025-03-20");
    PersonBuilder q = new PersonBuilder("neo").asOf("2025-04-20");
    for (PersonBuilder x : new PersonBuilder[] {p, q}) {
      // people the owner wrote to first: their offers are personal
      x.send("ann", "2025-03-01", "Great to meet you at the fair.", Sig.plain());
      x.send("ben", "2025-03-01", "Great to meet you at the fair.", Sig.plain());
    }
    p.receive("ann", "2025-03-05", Sig.plain().offer());
    p.receive("ben", "2025-03-06", Sig.plain().offer());
    Assessment a = Check.assess(detector, p.build());
    Check.notFound(a, 0.0);
    q.receive("ann", "2025-03-05", Sig.plain().offer());
    q.receive("ben", "2025-03-06", Sig.plain().offer());
    Finding f = Check.found(Check.assess(detector, q.build()), 1.0, 1.0);
    Check.hasEvidence(f, "ann", "2025-03-05", "");
  }

  @Test
  void aStrangersQuestionBackIsNotHelpToThank() {
    PersonBuilder p = new PersonBuilder("ugo").asOf(Stories.END);
    for (String c : new String[] {"dana", "eli", "fay"}) {
      String a = p.send(c, "2025-03-01", "Can you refer me?", Sig.ask());
      p.receiveReply(a, "2025-03-02", Sig.plain().question());
    }
    Check.notFound(Check.assess(detector, p.build()), 0.0);
  }

  @Test
  void invitationsToMeetFromNewPeopleNeedAnAnswerButOldTiesAreNeglectsBusiness() {
    PersonBuilder fresh = new PersonBuilder("vera").asOf(Stories.END);
    PersonBuilder old = new PersonBuilder("otto").asOf(Stories.END);
    for (String c : new String[] {"ann", "ben"}) {
      String hello = old.receive(c, "2023-05-01", Sig.plain().question());
      old.sendReply(hello, "2023-05-01T12:00", "Yes, see you there.", Sig.plain());
      // met at a fair two days before: the invitation is personal, and the owner's mail covers the weeks after it
      fresh.send(c, "2025-02-27", "Lovely to meet you at the fair today.", Sig.plain());
      for (PersonBuilder p : new PersonBuilder[] {fresh, old}) {
        p.addReceived(c, "2025-03-01", "Great to meet you! Want to grab coffee next week?", Sig.plain().question());
      }
    }
    Finding f = Check.found(Check.assess(detector, fresh.build()), 1.0, 1.0);
    Check.hasEvidence(f, "ben", "2025-03-01", "");
    Check.notFound(Check.assess(detector, old.build()), 0.0);
  }
}
