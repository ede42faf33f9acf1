package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.PatternId;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CohortCsvTest {

  private static PersonReport named(String person) {
    PersonReport r = Fixtures.avery();
    return new PersonReport(person, r.ownerAddresses(), r.ownerNames(), r.counts(), r.assessments(), r.strengths(),
        r.contactLabels(), r.metrics());
  }

  @Test
  void headerListsCountsThenEveryPatternInEnumOrder() {
    String first = CohortCsv.render(List.of()).split("\n", -1)[0];
    assertEquals("person,messages,sent,received,contacts,threads,need_only_contact,no_follow_up,ask_after_help,"
        + "cold_ask,generic_outreach,self_promotion,status_chasing,neglected_network,slow_reply", first);
  }

  @Test
  void scoresHaveFourDecimalsAndNotAssessableIsAnEmptyCell() {
    String[] lines = CohortCsv.render(List.of(Fixtures.avery())).split("\n", -1);
    assertEquals("avery,120,50,70,14,30,0.1235,0.6000,0.0000,0.6000,0.0000,0.2500,,1.0000,0.8000", lines[1]);
    assertEquals("", lines[2], "file ends with one newline");
    assertEquals(3, lines.length);
  }

  @Test
  void rowsAreSortedByPersonWhateverTheInputOrder() {
    String a = CohortCsv.render(List.of(named("zoe"), named("adam"), named("Maya")));
    String b = CohortCsv.render(List.of(named("Maya"), named("zoe"), named("adam")));
    assertEquals(a, b);
    List<String> people = new ArrayList<>();
    for (String line : a.split("\n")) {
      people.add(line.substring(0, line.indexOf(',')));
    }
    assertEquals(List.of("person", "Maya", "adam", "zoe"), people);
  }

  @Test
  void hostileNamesAreQuotedAndReadBackIntact() throws Exception {
    String nasty = "Smith, \"Jo\"\nline two <script>";
    String csv = CohortCsv.render(List.of(named(nasty), named("plain")));
    List<CSVRecord> recs = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    assertEquals(2, recs.size());
    assertEquals(nasty, recs.get(0).get("person"), "'S' sorts before 'p' in code-unit order");
    assertEquals("plain", recs.get(1).get("person"));
    assertEquals(15, recs.get(0).size());
  }

  @Test
  void formulaLikeNamesCannotRunInASpreadsheet() throws Exception {
    String csv = CohortCsv.render(List.of(named("=HYPERLINK(\"http://evil.example\")"), named("@SUM(A1)")));
    List<CSVRecord> recs = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    assertEquals("'=HYPERLINK(\"http://evil.example\")", recs.get(0).get("person"));
    assertEquals("'@SUM(A1)", recs.get(1).get("person"));
  }

  @Test
  void aScoreOutsideTheRangeIsNotPrintedAsIfValid() {
    PersonReport r = Fixtures.avery();
    List<Assessment> bad = new ArrayList<>(r.assessments());
    bad.set(3, new Assessment(PatternId.NEED_ONLY_CONTACT, Double.NaN, null, null));
    PersonReport odd = new PersonReport("odd", null, null, null, bad, null, null, null);
    String row = CohortCsv.render(List.of(odd)).split("\n")[1];
    assertEquals("odd,0,0,0,0,0,,0.6000,0.0000,0.6000,0.0000,0.2500,,1.0000,0.8000", row);
  }

  @Test
  void nullListIsRejectedWithAClearMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CohortCsv.render(null));
    assertEquals("reports must be a list (possibly empty), got null", e.getMessage());
  }
}
