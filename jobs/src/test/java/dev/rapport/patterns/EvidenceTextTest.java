package dev.rapport.patterns;

import static dev.rapport.patterns.PersonIndexTest.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ingest.linkedin.Invitation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTextTest {
  @Test
  void aContactsWordsAreNeverQuotedWhateverIsAsked() {
    PersonBuilder b = new PersonBuilder("o");
    String theirs = b.addReceived("ann", "2025-03-01", "Could you send me your CV?", Sig.ask().at(0, "ask"));
    PersonData d = b.build();
    assertEquals("", EvidenceText.excerpt(msg(d, theirs), "ask"));
    assertEquals("", EvidenceText.excerpt(msg(d, theirs), null));
    assertEquals("", EvidenceText.quoting("ann", msg(d, theirs), "ask", "why").excerpt());
    assertEquals("", EvidenceText.around("ann", msg(d, theirs), 0, 10, "why").excerpt());
    assertEquals("", EvidenceText.silence("ann", msg(d, theirs), "why").excerpt());
    Invitation received = new Invitation("o", "Ann", "o", Instant.EPOCH, "Please join my network!", false, null, null);
    assertEquals("", EvidenceText.invitation("ann", received, "why").excerpt());
  }

  @Test
  void theOwnersLabelledSentenceIsQuotedElseTheOpening() {
    PersonBuilder b = new PersonBuilder("o");
    String mine = b.send("ann", "2025-03-01", "Hi Ann. Could you refer me to Stripe? Thanks.",
        Sig.ask().at(1, "ask").at(2, "gratitude"));
    PersonData d = b.build();
    Evidence e = EvidenceText.quoting("ann", msg(d, mine), "ask", "asked");
    assertEquals("Could you refer me to Stripe?", e.excerpt());
    assertEquals(PersonBuilder.at("2025-03-01"), e.date());
    assertEquals(msg(d, mine).threadKey(), e.thread());
    assertEquals("Thanks.", EvidenceText.excerpt(msg(d, mine), "gratitude"));
    assertEquals("Hi Ann. Could you refer me to Stripe? Thanks.", EvidenceText.excerpt(msg(d, mine), "sharing"));
    assertEquals("me to", EvidenceText.around("ann", msg(d, mine), 24, 29, "why").excerpt());
    Invitation sent = new Invitation("o", "o", "Ann", Instant.EPOCH, "Loved your talk.", true, null, null);
    assertEquals("Loved your talk.", EvidenceText.invitation("ann", sent, "why").excerpt());
  }

  @Test
  void excerptsAreFlattenedAndClipped() {
    assertEquals("a b c", EvidenceText.clip("  a\n\n b\t c "));
    String clipped = EvidenceText.clip("word ".repeat(100));
    assertEquals(EvidenceText.EXCERPT_CHARS, clipped.length());
    assertTrue(clipped.endsWith("…"), clipped);
    String exact = "x".repeat(EvidenceText.EXCERPT_CHARS);
    assertEquals(exact, EvidenceText.clip(exact));
  }

  @Test
  void daysAreIsoDatesInUtc() {
    assertEquals("2025-03-01", EvidenceText.day(Instant.parse("2025-03-01T23:59:00Z")));
    assertEquals("an unknown date", EvidenceText.day(null));
  }

  @Test
  void evidenceWithoutAMessageHasNoExcerptAndTopKeepsTheFirst() {
    Evidence e = EvidenceText.at("ann", Instant.EPOCH, "connected and never wrote");
    assertEquals("", e.excerpt());
    assertEquals(null, e.thread());
    List<Evidence> three = List.of(e, e, e);
    assertEquals(2, EvidenceText.top(three, 2).size());
    assertEquals(3, EvidenceText.top(three, 8).size());
  }
}
