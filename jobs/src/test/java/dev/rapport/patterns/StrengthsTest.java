package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StrengthsTest {
  private static Map<String, Strength> measure(PersonData p) {
    return Strengths.measure(p, Thresholds.defaults()).stream()
        .collect(Collectors.toMap(Strength::signal, s -> s));
  }

  @Test
  void aHealthyNetworkerIsToldWhatTheyDoWell() {
    Map<String, Strength> s = measure(Stories.healthy());
    assertEquals(Set.of("thanks_given", "check_ins", "reply_speed", "give_ask_balance"), s.keySet());
    Strength thanks = s.get("thanks_given");
    assertTrue(thanks.summary().contains("5 of the 5"), thanks.summary());
    assertEquals(3, thanks.evidence().size());
    assertEquals("Thank you so much! Tuesday at 3 works for me.", thanks.evidence().get(0).excerpt());
    assertTrue(s.get("reply_speed").summary().contains("5 hours"), s.get("reply_speed").summary());
  }

  @Test
  void strengthsAreNotInventedForThoseWhoLackThem() {
    assertFalse(measure(Stories.helpReceived(false)).containsKey("thanks_given"));
    assertFalse(measure(Stories.offersAnswered(9 * 24)).containsKey("reply_speed"));
    assertEquals(List.of(), Strengths.measure(new PersonBuilder("empty").build(), Thresholds.defaults()));
  }

  @Test
  void politeFollowUpsAndOffersCount() {
    PersonBuilder p = new PersonBuilder("kay").asOf(Stories.END);
    for (int i = 0; i < 3; i++) {
      String day = PersonBuilder.plus("2025-03-01", 20 * i);
      String a = p.send("c" + i, day, Stories.personalAsk(i), Stories.contextAsk());
      p.sendReply(a, PersonBuilder.plus(day, 7), "Just bringing this back up, and happy to help with your hiring"
          + " event in return.", Sig.plain().offer().at(0, "offer_of_help"));
    }
    Map<String, Strength> s = measure(p.build());
    assertTrue(s.containsKey("follow_ups_kept"), s.keySet().toString());
    assertTrue(s.get("follow_ups_kept").summary().contains("3 of 3"), s.get("follow_ups_kept").summary());
    assertTrue(s.containsKey("help_offered"), s.keySet().toString());
  }
}
