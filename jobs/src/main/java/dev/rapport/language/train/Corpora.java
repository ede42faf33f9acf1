package dev.rapport.language.train;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Readers for the two public training corpora under {@code shared/corpora} (see its README for origins). */
public final class Corpora {

  /** A sentence labelled as asking the reader to do something, or not. */
  public record Labelled(String text, boolean positive) {}

  /** A request with its politeness score (the corpus' normalized score, about -3..+2.5). */
  public record Scored(String text, double score) {}

  public static final String INTENT = "email-intent/train.tsv";
  public static final String POLITENESS = "politeness/wikipedia.annotated.csv";

  private Corpora() {}

  /** {@code email-intent/train.tsv}: {@code Yes|No<TAB>sentence} per line. */
  public static List<Labelled> intent(Path corpora) throws IOException {
    Path file = corpora.resolve(INTENT);
    List<Labelled> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      String label = tab < 0 ? "" : line.substring(0, tab).trim();
      if (!label.equals("Yes") && !label.equals("No")) {
        throw new IOException(file + " line " + n + ": expected Yes or No then a tab, got '" + line + "'");
      }
      out.add(new Labelled(line.substring(tab + 1).trim(), label.equals("Yes")));
    }
    return out;
  }

  /** {@code politeness/wikipedia.annotated.csv}: the {@code Request} and {@code Normalized Score} columns. */
  public static List<Scored> politeness(Path corpora) throws IOException {
    Path file = corpora.resolve(POLITENESS);
    List<Scored> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord rec : format.parse(r)) {
        out.add(new Scored(rec.get("Request"), Double.parseDouble(rec.get("Normalized Score"))));
      }
    }
    return out;
  }
}
