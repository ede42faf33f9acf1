package dev.rapport.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseTest {
  @Test
  void eachPhraseFindsItsWordsAndNotItsNearMisses() {
    assertTrue(Phrase.DECLINE.in("Not really, sorry. I don't have contacts there."));
    assertFalse(Phrase.DECLINE.in("Sure, here are two names."));
    assertTrue(Phrase.OFFER.in("If you want, I can set up a call with Nadia."));
    assertFalse(Phrase.OFFER.in("I can't introduce you, sorry."));
    assertTrue(Phrase.ACCEPT.in("Thursday at 3pm works for me."));
    assertTrue(Phrase.WANTS_MORE.in("Do you have any other contacts at Stripe?"));
    assertTrue(Phrase.BELITTLES.in("He is no longer at the agency."));
    assertTrue(Phrase.BELITTLES.in("That role seems pretty junior for me."));
    assertTrue(Phrase.INVITATION_TO_MEET.in("Want to grab coffee Tuesday?"));
    assertFalse(Phrase.INVITATION_TO_MEET.in("Good luck with the application!"));
    assertTrue(Phrase.ASKS_TO_CONNECT.in("I'd like to join your LinkedIn network."));
    assertTrue(Phrase.STOCK_INVITATION_NOTE.in("I'd like to add you to my professional network on LinkedIn."));
    assertFalse(Phrase.STOCK_INVITATION_NOTE.in("Loved your talk on graph databases at PyCon."));
    assertTrue(Phrase.PITCH.in("I have 5 years of experience and my portfolio is at example.org."));
    assertTrue(Phrase.WHO_I_AM.in("I’m a final-year student at Tolland."));
    assertFalse(Phrase.WHO_I_AM.in("Are you hiring interns?"));
  }

  @Test
  void phrasesAreFoundWhateverTheCaseAndNeverInNothing() {
    assertEquals(EnumSet.of(Phrase.DECLINE), Phrase.foundIn("UNFORTUNATELY NOT."));
    assertEquals(Set.of(), Phrase.foundIn(null));
    assertFalse(Phrase.DECLINE.in(null));
  }

  @Test
  void labelsAreTheLowerCaseNames() {
    assertEquals("asks_to_connect", Phrase.ASKS_TO_CONNECT.label());
    assertEquals("who_i_am", Phrase.WHO_I_AM.label());
  }

  @Test
  void resumeAttachmentsAreRecognisedByName() {
    assertTrue(Phrase.namesResume("Resume_2025.pdf"));
    assertTrue(Phrase.namesResume("ana-cv.docx"));
    assertTrue(Phrase.namesResume("Curriculum Vitae.pdf"));
    assertFalse(Phrase.namesResume("cvs-receipt.pdf"));
    assertFalse(Phrase.namesResume(null));
  }
}
