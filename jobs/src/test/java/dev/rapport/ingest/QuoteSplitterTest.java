package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ingest.QuoteSplitter.LinePattern;
import dev.rapport.testing.Corpora;
import java.util.ArrayList;
import java.util.List;
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

  /** The header patterns, tried on lines without their indentation, as split() tries them. */
  private static List<LinePattern> headerPatterns() {
    List<LinePattern> all = new ArrayList<>(QuoteSplitter.REPLY_HEADERS);
    all.add(QuoteSplitter.ON_DATE);
    all.add(QuoteSplitter.OUTLOOK_FROM);
    return all;
  }

  /** Whether the guard lets through every line the pattern matches; counts the lines it spares the pattern. */
  private static void assertGuardKeeps(LinePattern p, String line, int[] spared) {
    boolean matches = p.pattern().matcher(line).matches();
    boolean may = p.mayMatch().test(line);
    assertTrue(may || !matches, () -> "the guard of " + p.pattern() + " skips a line it matches: \"" + line + "\"");
    if (!may) {
      spared[0]++;
    }
    spared[1]++;
  }

  @Test
  void guardsSkipNoLineTheirPatternMatchesInEnronMail() {
    int[] spared = new int[2];
    int lines = 0;
    for (String body : Corpora.enronBodies(3)) {
      for (String line : body.split("\n", -1)) {
        lines++;
        String stripped = line.stripLeading();
        if (!stripped.isEmpty()) {
          headerPatterns().forEach(p -> assertGuardKeeps(p, stripped, spared));
        }
        assertGuardKeeps(QuoteSplitter.SIGNATURE, line, spared);
        assertGuardKeeps(QuoteSplitter.MOBILE, line, spared);
      }
    }
    assertTrue(lines > 100_000, "expected the lines of a third of the Lay and Skilling mail, got " + lines);
    // the point of the guards: most lines never reach a pattern
    assertTrue(spared[0] > 0.9 * spared[1], "guards spared only " + spared[0] + " of " + spared[1] + " pattern runs");
  }

  @Test
  void guardsLetThroughEveryKindOfHeaderInAnyCaseAndIndentation() {
    List<String> headers = List.of("-----Original Message-----", "  ----- ORIGINAL MESSAGE -----",
        "---------- Forwarded message ---------", "\t----- forwarded BY Rosalee Fleming/Corp/Enron on 06/20/2000",
        "Begin Forwarded Message:", " ON Mon, 3 Feb 2025, Bo Chen <bo@example.org> WROTE:",
        "Le 3 mars 2025, Ann Lee a écrit :", "AM 3. März 2025 schrieb Bo Chen:", "\"Bo Chen\" <bo@x.org> on 10/12/2000",
        "Rosalee Fleming@ECT", "on Monday, 3 February", "*FROM:* Bo Chen", "From: Bo Chen <bo@example.org>");
    for (String h : headers) {
      String stripped = h.stripLeading();
      List<LinePattern> matching = headerPatterns().stream().filter(p -> p.pattern().matcher(stripped).matches())
          .toList();
      assertTrue(!matching.isEmpty(), "no header pattern matches \"" + h + "\"");
      matching.forEach(p -> assertTrue(p.matches(stripped), () -> p.pattern() + " guarded away \"" + h + "\""));
    }
    for (String sig : List.of("-- ", "--", "--\t", " SENT FROM MY IPHONE", "\tSent from my Galaxy")) {
      assertTrue(QuoteSplitter.SIGNATURE.matches(sig) || QuoteSplitter.MOBILE.matches(sig), "\"" + sig + "\"");
    }
  }
}
