package dev.rapport.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PolitenessFeaturesTest {

  static Set<String> f(String text) {
    return PolitenessFeatures.of(NlpPipeline.shared().annotate(text));
  }

  @Test
  void findsTheStrategiesOfThePaper() {
    assertTrue(f("Could you please look at this?").containsAll(Set.of("s:counterfactual_modal", "s:please",
        "s:question")));
    assertTrue(f("Please fix the table.").contains("s:please_start"));
    assertFalse(f("Please fix the table.").contains("s:please"));
    assertTrue(f("Can you check it?").contains("s:indicative_modal"));
    assertTrue(f("Thanks for your help. Great work on the intro!").containsAll(Set.of("s:gratitude",
        "s:deference")));
    assertTrue(f("Hi there, sorry to bother you.").containsAll(Set.of("s:greeting", "s:apologizing")));
    assertTrue(f("By the way, I think it might be wrong.").containsAll(Set.of("s:indirect_btw", "s:hedges")));
    assertTrue(f("So what is your source? In fact it is wrong.").containsAll(Set.of("s:direct_start",
        "s:factuality")));
    assertTrue(f("Why did you delete it?").containsAll(Set.of("s:direct_question", "s:why_you")));
    assertTrue(f("I was wondering if you could help us.").containsAll(Set.of("s:first_person_start",
        "s:subjunctive", "s:first_person_plural", "s:second_person")));
  }
}
