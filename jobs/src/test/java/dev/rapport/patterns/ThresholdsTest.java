package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
  @Test
  void defaultsAreThoseOfPatternsMd() {
    Thresholds t = Thresholds.defaults();
    assertEquals(182, t.dormancyDays());
    assertEquals(7, t.thanksDays());
    assertEquals(14, t.politeFollowUpDays());
    assertEquals(30, t.newConnectionDays());
    assertEquals(5, t.genericMinContacts());
    assertEquals(180, t.neglectDays());
    assertEquals(3, t.slowReplyDays());
    assertEquals(7, t.slowAfterOfferDays());
    assertEquals(0.5, t.askProbability());
    for (PatternId p : PatternId.values()) {
      assertTrue(t.reportAt(p) > 0 && t.reportAt(p) <= 1, p.id());
    }
  }

  @Test
  void overridesReplaceValuesByTheirSnakeCaseNames() {
    Thresholds t = Thresholds.defaults().withOverrides(Map.of("neglect_days", "120", "ask_probability", "0.6",
        "report_slow_reply", "0.5"));
    assertEquals(120, t.neglectDays());
    assertEquals(0.6, t.askProbability());
    assertEquals(0.5, t.reportAt(PatternId.SLOW_REPLY));
    assertEquals(7, t.thanksDays(), "untouched values keep their defaults");
    assertSame(t, t.withOverrides(Map.of()));
  }

  @Test
  void anUnknownKeyIsRejectedNamingKeyAndValue() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Thresholds.defaults().withOverrides(Map.of("thank_days", "5")));
    assertTrue(e.getMessage().contains("thank_days") && e.getMessage().contains("5"), e.getMessage());
  }

  @Test
  void aBadValueIsRejectedNamingKeyAndValue() {
    var notNumber = assertThrows(IllegalArgumentException.class,
        () -> Thresholds.defaults().withOverrides(Map.of("thanks_days", "a week")));
    assertTrue(notNumber.getMessage().contains("thanks_days") && notNumber.getMessage().contains("a week"),
        notNumber.getMessage());
    var fraction = assertThrows(IllegalArgumentException.class,
        () -> Thresholds.defaults().withOverrides(Map.of("thanks_days", "7.5")));
    assertTrue(fraction.getMessage().contains("7.5"), fraction.getMessage());
    var range = assertThrows(IllegalArgumentException.class,
        () -> Thresholds.defaults().withOverrides(Map.of("ask_probability", "1.5")));
    assertTrue(range.getMessage().contains("ask_probability") && range.getMessage().contains("1.5"),
        range.getMessage());
  }

  @Test
  void describeListsEveryValueSortedAndEachIsDocumented() {
    Map<String, Object> d = Thresholds.defaults().describe();
    assertEquals(Thresholds.all().size(), d.size());
    var keys = new ArrayList<>(d.keySet());
    var sorted = new ArrayList<>(keys);
    sorted.sort(null);
    assertEquals(sorted, keys);
    assertEquals(d.keySet(), Thresholds.documentation().keySet());
    assertEquals(14, d.get("polite_follow_up_days"));
  }

  /**
   * The defaults before the declarations replaced the record, pinned: outputs must not move with the refactor. Keys
   * added since (each with its reason) follow the released ones.
   */
  @Test
  void everyDefaultIsTheValueReleasedBefore() {
    Map<String, Object> expected = new TreeMap<>();
    Object[] pairs = {"ask_probability", 0.5, "breadth_min_contacts", 8, "breadth_window_days", 365,
        "cohort_min_people", 5, "conversation_gap_days", 30, "dormancy_days", 182, "fast_reply_hours", 24,
        "generic_min_contacts", 5, "gratitude_probability", 0.5, "invitation_run_days", 14, "invitation_run_size", 10,
        "max_recipients", 5, "min_repeats", 2, "near_duplicate_bands", 16, "near_duplicate_hashes", 64,
        "near_duplicate_min_jaccard", 0.6, "neglect_days", 180, "new_connection_days", 30, "polite_follow_up_days", 14,
        "report_ask_after_help", 0.5, "report_cold_ask", 0.5, "report_generic_outreach", 0.5,
        "report_need_only_contact", 0.5, "report_neglected_network", 0.5, "report_no_follow_up", 0.5,
        "report_self_promotion", 0.5, "report_slow_reply", 0.25, "report_status_chasing", 0.5,
        "self_focus_default_median", 0.55, "self_focus_margin", 0.15, "self_focus_message", 0.75,
        "self_focus_min_first_person", 4, "senior_default_network_share", 0.15, "senior_min_targets", 5,
        "slow_after_offer_days", 7, "slow_reply_days", 3, "strength_min_cases", 3, "strength_min_rate", 0.8,
        "template_min_words", 12, "thanks_days", 7,
        // added with the politeness model's use in cold asks (issue 11): the lowest quartile of Wikipedia requests
        "blunt_politeness", -0.44,
        // added with bulk by sender behaviour (issue 11): one sender, many owners
        "mass_mail_min_people", 3,
        // constants in the detectors until they were declared, with the values they had
        "coverage_gap_days", 90, "senior_min_network_titles", 5};
    for (int i = 0; i < pairs.length; i += 2) {
      expected.put((String) pairs[i], pairs[i + 1]);
    }
    assertEquals(expected, Thresholds.defaults().describe());
  }

  /** Each accessor the detectors call reads its own declaration: thanksDays() is thanks_days, and so on. */
  @Test
  void eachAccessorReadsTheDeclarationOfItsName() throws Exception {
    Set<String> keys = new TreeSet<>();
    for (Method m : Thresholds.class.getDeclaredMethods()) {
      boolean accessor = Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0 && (m.getReturnType() == int.class || m.getReturnType() == double.class);
      if (!accessor || m.getName().equals("hashCode")) {
        continue;
      }
      String key = m.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
      Threshold<?> declared = Thresholds.all().stream().filter(t -> t.key().equals(key)).findFirst()
          .orElseThrow(() -> new AssertionError(m.getName() + "() has no declaration " + key));
      // a value unlike every default, so that reading the wrong slot shows
      String probe = m.getReturnType() == int.class ? "97" : "0.97";
      if (key.equals("near_duplicate_hashes") || key.equals("near_duplicate_bands")) {
        probe = key.equals("near_duplicate_hashes") ? "96" : "32";
      }
      Thresholds t = Thresholds.defaults().withOverrides(Map.of(key, probe));
      assertEquals(Double.parseDouble(probe), ((Number) m.invoke(t)).doubleValue(), key);
      assertEquals(declared.defaultValue().doubleValue(), ((Number) m.invoke(Thresholds.defaults())).doubleValue(),
          key);
      keys.add(key);
    }
    assertEquals(Thresholds.defaults().describe().keySet(), keys, "one accessor per declaration");
  }

  @Test
  void everyDeclarationSaysWhatItMeansWhereItComesFromAndWhatItAllows() {
    for (Threshold<?> t : Thresholds.all()) {
      assertTrue(t.doc().length() > 20 && t.source().length() > 5 && !t.range().isBlank(), t.key());
      assertTrue(t.type().equals("whole number") || t.type().equals("number"), t.key());
      assertTrue(Thresholds.documentation().get(t.key()).contains(t.doc()), t.key());
    }
  }

  @Test
  void theThreadWindowAndTheGroupMailLimitAreThresholds() {
    Thresholds t = Thresholds.defaults().withOverrides(Map.of("max_recipients", "10", "conversation_gap_days", "45"));
    assertEquals(10, t.maxRecipients());
    assertEquals(45, t.conversationGapDays());
    assertEquals(Map.of("conversation_gap_days", 45, "max_recipients", 10), t.changed());
    assertEquals(Map.of(), Thresholds.defaults().changed());
  }

  @Test
  void aTypoIsAnsweredWithTheKeyItMeant() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Thresholds.defaults().withOverrides(Map.of("max_recipient", "10")));
    assertTrue(e.getMessage().contains("did you mean 'max_recipients'"), e.getMessage());
  }

  @Test
  void bandsMustDivideHashes() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Thresholds.defaults().withOverrides(Map.of("near_duplicate_bands", "10")));
    assertTrue(e.getMessage().contains("near_duplicate_bands") && e.getMessage().contains("10"), e.getMessage());
    assertEquals(32, Thresholds.defaults().withOverrides(Map.of("near_duplicate_hashes", "128",
        "near_duplicate_bands", "32")).nearDuplicateBands());
  }

  @Test
  void typedOverridesAreCheckedLikeText() {
    assertEquals(9, Thresholds.defaults().with(Thresholds.MAX_RECIPIENTS, 9).maxRecipients());
    var e = assertThrows(IllegalArgumentException.class,
        () -> Thresholds.defaults().with(Thresholds.MIN_REPEATS, 0));
    assertTrue(e.getMessage().contains("min_repeats") && e.getMessage().contains("at least 1"), e.getMessage());
  }

  @Test
  void survivesJavaSerialisationAsSparkBroadcastsIt() throws Exception {
    Thresholds t = Thresholds.defaults().withOverrides(Map.of("neglect_days", "90"));
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(t);
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Thresholds back = (Thresholds) in.readObject();
      assertEquals(t, back);
      assertEquals(90, back.neglectDays());
    }
  }
}
