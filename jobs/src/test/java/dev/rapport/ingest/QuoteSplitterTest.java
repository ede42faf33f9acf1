package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteSplitterTest {
  @Test
  void outlookOriginalMessageStartsTheQuote() {
    var s = QuoteSplitter.split("Sounds good.\n\n -----Original Message-----\nFrom: Bo\nSent: Monday\nAsk me anything");
    assertEquals("Sounds good.", s.own());
    assertTrue(s.quoted().startsWith("-----Original Message-----"));
  }

  @Test
  void lotusForwardedByStartsTheQuote() {
    var s = QuoteSplitter.split("FYI\n---------------------- Forwarded by Rosalee Fleming/Corp/Enron on 06/20/2000 ----\nOld text");
    assertEquals("FYI", s.own());
  }

  @Test
  void outlookHeaderBlockWithoutSeparatorStartsTheQuote() {
    var s = QuoteSplitter.split("Yes, Thursday works.\n\nFrom: Bo Chen <bo@example.org>\nSent: Monday, March 3\nTo: Ann\nSubject: Coffee\n\nThursday?");
    assertEquals("Yes, Thursday works.", s.own());
  }

  @Test
  void wroteLineSplitAcrossTwoLinesStartsTheQuote() {
    var s = QuoteSplitter.split("Thank you!\nOn Mon, 3 Feb 2025 at 10:00, Bo Chen\n<bo@example.org> wrote:\n> intro");
    assertEquals("Thank you!", s.own());
  }

  @Test
  void signatureAfterDashDashIsSeparated() {
    var s = QuoteSplitter.split("See you then.\n-- \nAnn Lee\nStudent, Example University");
    assertEquals("See you then.", s.own());
    assertEquals("-- \nAnn Lee\nStudent, Example University", s.signature());
  }

  @Test
  void interleavedQuotedLinesGoToQuotedOthersStayOwn() {
    var s = QuoteSplitter.split("> Can you make Tuesday?\nYes.\n> And bring the deck?\nWill do.");
    assertEquals("Yes.\nWill do.", s.own());
    assertEquals("> Can you make Tuesday?\n> And bring the deck?", s.quoted());
  }

  @Test
  void sentFromMyPhoneIsASignature() {
    var s = QuoteSplitter.split("On my way\nSent from my iPhone");
    assertEquals("On my way", s.own());
  }
}
