package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void roundingIsHalfUpToFourDecimalsWithAtLeastOneDecimal() {
    assertEquals("0.1235", Text.round4(0.123456).toPlainString());
    assertEquals("0.1235", Text.round4(0.12345).toPlainString());
    assertEquals("0.0", Text.round4(0.00001).toPlainString());
    assertEquals("1.0", Text.round4(1).toPlainString());
    assertEquals("0.8", Text.round4(0.8).toPlainString());
    assertEquals("12.0", Text.round4(12).toPlainString());
    assertEquals("0.8000", Text.fixed4(0.8));
    assertEquals("0.0000", Text.fixed4(0.00001));
  }

  @Test
  void isoDatesAreUtcSecondsWithZ() {
    assertEquals("2026-01-20T22:05:00Z", Text.iso(Instant.parse("2026-01-20T22:05:00.987654Z")));
    assertEquals(null, Text.iso(null));
    assertEquals("20 January 2026", Text.day(Instant.parse("2026-01-20T22:05:00Z")));
  }

  @Test
  void excerptsCollapseWhitespaceAndCutByCodePoints() {
    assertEquals("a b c", Text.excerpt("  a\n\n b\t c ", 50));
    assertEquals("abcd…", Text.excerpt("abcdefghij", 5));
    assertEquals("🎉🎉🎉🎉…", Text.excerpt("🎉".repeat(10), 5));
    assertEquals("", Text.excerpt(null, 5));
  }

  @Test
  void emailMaskingFindsAddressesAndStaysLinearOnHugeText() {
    assertEquals("mail [address] or [address].", Text.maskEmails("mail a.b+c@x-y.example.org or Zoë@dömain.de."));
    assertEquals("no at sign here", Text.maskEmails("no at sign here"));
    String huge = "a".repeat(300_000) + " b@c";
    assertEquals(huge, assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Text.maskEmails(huge)));
  }
}
