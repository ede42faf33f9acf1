package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.identity.Contact;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactLabelsTest {

  @Test
  void pseudonymsFollowFirstUseOrderAndCarryOnlyARoleWord() {
    Map<String, String> l = ContactLabels.assign(
        List.of(Fixtures.SAM_KEY, Fixtures.DANA_KEY, Fixtures.SAM_KEY, Fixtures.LEE_KEY, "unknown@x.example"),
        Fixtures.contacts(), false);
    assertEquals(List.of(Fixtures.SAM_KEY, Fixtures.DANA_KEY, Fixtures.LEE_KEY, "unknown@x.example"),
        List.copyOf(l.keySet()));
    assertEquals("Contact 1 · recruiter", l.get(Fixtures.SAM_KEY));
    assertEquals("Contact 2 · director", l.get(Fixtures.DANA_KEY));
    assertEquals("Contact 3", l.get(Fixtures.LEE_KEY));
    assertEquals("Contact 4", l.get("unknown@x.example"));
  }

  @Test
  void titlesNeverLeakAnEmployerOrAName() {
    Contact c = Fixtures.contact("k", "Ada Lovelace", "Head of Talent, Analytical Engines Ltd");
    String label = ContactLabels.assign(List.of("k"), Map.of("k", c), false).get("k");
    assertEquals("Contact 1 · head", label);
    assertFalse(label.contains("Analytical"));
  }

  @Test
  void seniorContactsWithoutARecognisedTitleWordAreMarkedSenior() {
    Contact c = Fixtures.contact("k", "X", "Chairwoman of the Board");
    assertEquals("Contact 1 · senior", ContactLabels.assign(List.of("k"), Map.of("k", c), false).get("k"));
  }

  @Test
  void realNamesUseTheDisplayNameAndStayUnique() {
    Map<String, Contact> c = Map.of(
        "a", Fixtures.contact("a", "Sam Lee", null),
        "b", Fixtures.contact("b", "Sam Lee", null),
        "c", Fixtures.contact("c", "  ", "Engineer"));
    Map<String, String> l = ContactLabels.assign(List.of("a", "b", "c"), c, true);
    assertEquals("Sam Lee", l.get("a"));
    assertEquals("Sam Lee (2)", l.get("b"));
    assertEquals("Contact 3 · engineer", l.get("c"), "no display name falls back to the pseudonym");
  }

  @Test
  void sameInputGivesSameLabels() {
    List<String> keys = List.of(Fixtures.DANA_KEY, Fixtures.LEE_KEY, Fixtures.SAM_KEY);
    assertEquals(ContactLabels.assign(keys, Fixtures.contacts(), false),
        ContactLabels.assign(keys, Fixtures.contacts(), false));
  }

  @Test
  void blankKeysAndNullListsAreRejectedWithWhatCameIn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ContactLabels.assign(Arrays.asList("a", " "), Map.of(), false));
    assertEquals("contact key #2 must not be blank, got ' '", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ContactLabels.assign(null, Map.of(), false));
  }
}
