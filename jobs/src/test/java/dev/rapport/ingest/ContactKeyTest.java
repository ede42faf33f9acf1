package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactKeyTest {
  @Test
  void profileSlugs() {
    assertEquals("ann-lee-12ab", ContactKey.profileSlug("https://www.linkedin.com/in/ann-lee-12ab/?trk=x#y"));
    assertEquals("ann-lee-12ab", ContactKey.profileSlug("http://uk.linkedin.com/in/ann-lee-12ab/details"));
    assertEquals("ann-lee-12ab", ContactKey.profileSlug("linkedin.com/in/ann-lee-12ab"));
    assertEquals("company/acme", ContactKey.profileSlug("https://www.linkedin.com/company/acme/"));
    assertEquals("ACoAAB1x2y", ContactKey.profileSlug("https://www.linkedin.com/in/ACoAAB1x2y"));
    assertEquals("50%off", ContactKey.profileSlug("https://www.linkedin.com/in/50%off"), "a stray % is kept");
    assertNull(ContactKey.profileSlug("  "));
  }

  @Test
  void factoriesSpellKeysTheWayPartyKeysAreSpelled() {
    assertEquals("ann@example.org", ContactKey.address(" Ann@Example.ORG ").value());
    assertEquals("linkedin:acoaab1x2y", ContactKey.profile("ACoAAB1x2y").value());
    assertEquals("name:lee ann", ContactKey.name("  Lee,  Ann ").value());
    assertEquals(Party.email("Ann@Example.org", "Ann").key(), ContactKey.address("Ann@Example.org").value());
    assertEquals(Party.linkedIn("Ann-Lee", "Ann").key(), ContactKey.profile("Ann-Lee").value());
    assertEquals(Party.named("Ann Lee").key(), ContactKey.name("Ann Lee").value());
  }

  @Test
  void aProfileUrlIsReadWithTheOneSlugRule() {
    assertEquals(Optional.of(ContactKey.profile("zoë-müller")),
        ContactKey.profileUrl("https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller/?originalSubdomain=de"));
    assertEquals(Optional.empty(), ContactKey.profileUrl(null));
    assertEquals(Optional.empty(), ContactKey.profileUrl(" "));
  }

  @Test
  void parsingGivesBackWhatWasBuilt() {
    for (ContactKey k : List.of(ContactKey.address("ann@example.org"), ContactKey.profile("ann-lee"),
        ContactKey.name("Ann Lee"), ContactKey.name("!!"))) {
      assertEquals(k, ContactKey.parse(k.value()));
      assertEquals(k.value(), k.toString());
    }
    assertEquals(ContactKey.Kind.NAME, ContactKey.parse("name:").kind());
    assertEquals("", ContactKey.parse("name:").id());
  }

  @Test
  void onlyAnAddressKeyWithSomethingBeforeTheAtIsAnAddress() {
    assertTrue(ContactKey.parse("ann@example.org").isAddress());
    assertFalse(ContactKey.parse("@example.org").isAddress());
    assertFalse(ContactKey.parse("name:ann@example.org").isAddress());
    assertFalse(ContactKey.parse("linkedin:ann@x").isAddress());
    assertTrue(Party.email("ann@example.org", "").isEmail());
  }

  @Test
  void missingPartsAreRejectedWithWhatCameIn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContactKey.address(null));
    assertEquals("an address key needs an address, got null", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ContactKey.profile(null));
    assertThrows(IllegalArgumentException.class, () -> ContactKey.parse(null));
  }
}
