package dev.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void matchKeyIsFirstAndLastNameWithoutAccentsTitlesOrCredentials() {
    assertEquals("jose ruiz", PersonNames.matchKey("Dr. José  A. Ruiz, PhD"));
    assertEquals("jose ruiz", PersonNames.matchKey("Ruiz, Jose"));
    assertEquals("rafael okonkwo", PersonNames.matchKey("Rafael Okonkwo, FICS (UK)"));
    assertEquals("zoe lukasik", PersonNames.matchKey("Zoë Müller-Łukasik"), "middle parts of a name are left out");
    assertEquals("ann lee", PersonNames.matchKey("\"Ann Lee\""));
    assertEquals("ann lee", PersonNames.matchKey("Ann Lee (she/her)"));
  }

  @Test
  void oneWordOrAnAddressIsNotAFullName() {
    assertNull(PersonNames.matchKey("Ann"));
    assertNull(PersonNames.matchKey("ann.lee@example.org"));
    assertNull(PersonNames.matchKey("  "));
    assertNull(PersonNames.matchKey(null));
    assertNull(PersonNames.matchKey("Dr. Lee"));
  }

  @Test
  void localPartSpellsTheName() {
    assertTrue(PersonNames.localPartMatches("ann.lee@acme.example", "ann lee"));
    assertTrue(PersonNames.localPartMatches("alee@acme.example", "ann lee"));
    assertTrue(PersonNames.localPartMatches("lee_ann+jobs@acme.example", "ann lee"));
    assertFalse(PersonNames.localPartMatches("events@acme.example", "ann lee"));
    assertFalse(PersonNames.localPartMatches("ann@acme.example", "ann lee"));
  }

  @Test
  void companyMatchesItsDomainButNeverFreeMail() {
    assertTrue(PersonNames.companyMatchesDomain("Acme Corp", "ann@mail.acme.co.uk"));
    assertTrue(PersonNames.companyMatchesDomain("Northwind Traders", "p@northwind.example"));
    assertTrue(PersonNames.companyMatchesDomain("International Business Machines", "x@ibm.com"));
    assertFalse(PersonNames.companyMatchesDomain("Gmail", "x@gmail.com"));
    assertFalse(PersonNames.companyMatchesDomain("Acme Corp", "ann@contoso.example"));
    assertFalse(PersonNames.companyMatchesDomain(null, "ann@acme.example"));
  }

  @Test
  void nameFromAddressOnlyForFirstDotLast() {
    assertEquals("ann lee", PersonNames.nameFromAddress("ann.lee@acme.example"));
    assertNull(PersonNames.nameFromAddress("alee@acme.example"));
    assertNull(PersonNames.nameFromAddress("info@acme.example"));
  }
}
