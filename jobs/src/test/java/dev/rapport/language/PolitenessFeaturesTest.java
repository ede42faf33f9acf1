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

  @Test
  void wordingFeaturesNameNoTopic() {
    Set<String> f = f("Could you send the spreadsheet? It would help!");
    assertTrue(f.containsAll(Set.of("b:<s>_could", "t:could_you_send", "t:send_the_N", "b:N_?", "b:!_</s>",
        "st:first:could", "st2:first:could_you", "st:later:it", "st:any:it", "end:first:?", "end:later:!",
        "p:?", "p:!", "q:1", "ns:2", "x:excl")), f.toString());
    assertTrue(f.stream().noneMatch(x -> x.contains("spreadsheet")), "a noun became a feature: " + f);
  }

  @Test
  void shapeFeaturesSeeLengthCaseAndEmphasis() {
    Set<String> f = f("why?? WHY would anyone do that :)");
    assertTrue(f.containsAll(Set.of("x:lowerstart", "x:caps", "x:smiley", "q:2", "p:??")), f.toString());
    assertTrue(f("Thanks.").contains("len:1"));
    assertFalse(f("Thanks.").contains("x:excl"));
  }
}
