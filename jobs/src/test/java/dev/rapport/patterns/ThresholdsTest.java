package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;
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
    assertEquals(Thresholds.class.getRecordComponents().length, d.size());
    var keys = new ArrayList<>(d.keySet());
    var sorted = new ArrayList<>(keys);
    sorted.sort(null);
    assertEquals(sorted, keys);
    assertEquals(d.keySet(), Thresholds.documentation().keySet());
    assertEquals(14, d.get("polite_follow_up_days"));
  }
}
