package dev.rapport.report;

import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.PatternId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code cohort.csv}: one row per person, counts and every pattern's score.
 *
 * <pre>{@code
 * String csv = CohortCsv.render(reports);   // header + rows sorted by person, "\n" line ends
 * }</pre>
 *
 * <p>Header {@code person,messages,sent,received,contacts,threads,} then one column per pattern id in
 * {@link PatternId} order. Scores carry exactly 4 decimals; a pattern that could not be assessed leaves its cell
 * empty (never 0). Quoting is Commons CSV's RFC 4180 rules. A person's name starting with {@code = + - @} or a
 * control character is prefixed with {@code '} so that a spreadsheet shows it instead of evaluating it as a formula.
 */
public final class CohortCsv {
  private CohortCsv() {}

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  /** Header names, in column order. */
  public static List<String> header() {
    List<String> h = new ArrayList<>(List.of("person", "messages", "sent", "received", "contacts", "threads"));
    for (PatternId p : PatternId.values()) {
      h.add(p.id());
    }
    return h;
  }

  /** The whole file as text, ending in a newline; the order of {@code reports} does not matter. */
  public static String render(List<PersonReport> reports) {
    if (reports == null) {
      throw new IllegalArgumentException("reports must be a list (possibly empty), got null");
    }
    List<View> views = new ArrayList<>();
    for (PersonReport r : reports) {
      views.add(View.of(r));
    }
    views.sort(Comparator.comparing((View v) -> v.person));
    StringBuilder out = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
      p.printRecord(header());
      for (View v : views) {
        List<String> row = new ArrayList<>();
        row.add(defuse(v.person));
        row.add(Long.toString(v.counts.messages()));
        row.add(Long.toString(v.counts.sent()));
        row.add(Long.toString(v.counts.received()));
        row.add(Long.toString(v.counts.contacts()));
        row.add(Long.toString(v.counts.threads()));
        for (PatternId id : PatternId.values()) {
          Assessment a = v.assessments.get(id);
          row.add(a.assessable() ? Text.fixed4(a.score()) : "");
        }
        p.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail to append", e);
    }
    return out.toString();
  }

  /** OWASP's advice against CSV formula injection: a leading quote makes a spreadsheet treat the cell as text. */
  static String defuse(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' ? "'" + cell : cell;
  }
}
