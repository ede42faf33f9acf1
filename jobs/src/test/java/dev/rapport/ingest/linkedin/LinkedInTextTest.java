package dev.rapport.ingest.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkedInTextTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void messageDateFormsWithAndWithoutZone() {
    Instant expected = Instant.parse("2022-09-08T18:08:14Z");
    for (String s : List.of("2022-09-08 18:08:14 UTC", "2022-09-08T18:08:14Z", "2022-09-08 18:08:14 +0000",
        "2022-09-08 18:08:14 +00:00", "2022-09-08 18:08:14 GMT", " 2022-09-08  18:08:14 UTC ",
        "2022-09-08 20:08:14 +0200")) {
      assertEquals(expected, LinkedInText.instant(s, PARIS), s);
    }
    assertEquals(Instant.parse("2022-09-08T16:08:14Z"), LinkedInText.instant("2022-09-08 18:08:14", PARIS),
        "no zone in the cell: the given zone");
    assertEquals(Instant.parse("2022-08-26T20:56:00Z"), LinkedInText.instant("8/26/22, 8:56 PM", ZoneOffset.UTC));
    assertEquals(Instant.parse("2022-08-26T08:56:00Z"), LinkedInText.instant("8/26/2022, 8:56 am", ZoneOffset.UTC));
    assertThrows(DateTimeParseException.class, () -> LinkedInText.instant("26.08.2022 20:56", ZoneOffset.UTC));
  }

  @Test
  void connectionDateForms() {
    assertEquals(LocalDate.of(2022, 9, 9), LinkedInText.localDate("09 Sep 2022"));
    assertEquals(LocalDate.of(2022, 9, 9), LinkedInText.localDate("9 September 2022"));
    assertEquals(LocalDate.of(2022, 9, 9), LinkedInText.localDate("2022-09-09"));
    assertEquals(LocalDate.of(2018, 1, 8), LinkedInText.localDate("1/8/18, 6:14 PM"));
    assertEquals(LocalDate.of(2018, 1, 8), LinkedInText.localDate("1/8/18"));
  }

  @Test
  void namesInAToCell() {
    assertEquals(List.of("Rafael Okonkwo, FICS (UK)", "Jun Park"),
        LinkedInText.names("Rafael Okonkwo, FICS (UK), Jun Park"));
    assertEquals(List.of("Ann Lee, PhD", "Bo Chen, MBA, CFA"), LinkedInText.names("Ann Lee, PhD, Bo Chen, MBA, CFA"));
    assertEquals(List.of("Ann Lee", "Bo Chen"), LinkedInText.names("Ann Lee,Bo Chen"));
    assertEquals(List.of(), LinkedInText.names(""));
  }
}
