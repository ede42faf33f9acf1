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

/** Readers for the public training corpora under {@code shared/corpora} (see its README for origins). */
public final class Corpora {

  /** A sentence labelled as asking the reader to do something, or not. */
  public record Labelled(String text, boolean positive) {}

  /**
   * A request with its politeness score (the corpus' normalized score, about -3..+2.5, higher is more polite), the
   * community it was posted in (the file's {@code Community} column, e.g. "Wikipedia" or "092011 Stack Overflow") and
   * its {@code Id} as the corpus gives it.
   */
  public record Scored(String community, String id, String text, double score) {}

  public static final String INTENT = "email-intent/train.tsv";
  public static final String POLITENESS = "politeness/wikipedia.annotated.csv";
  public static final String POLITENESS_STACK_EXCHANGE = "politeness/stack-exchange-dev.annotated.csv";
  /** The politeness files the model is trained on, one per community, in this order. */
  public static final List<String> POLITENESS_FILES = List.of(POLITENESS, POLITENESS_STACK_EXCHANGE);

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
    return politeness(corpora, POLITENESS);
  }

  /**
   * One file of the Stanford Politeness Corpus ({@code file} relative to {@code corpora}, e.g.
   * {@link #POLITENESS_STACK_EXCHANGE}): its {@code Community}, {@code Id}, {@code Request} and
   * {@code Normalized Score} columns, in file order.
   */
  public static List<Scored> politeness(Path corpora, String file) throws IOException {
    Path path = corpora.resolve(file);
    List<Scored> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord rec : format.parse(r)) {
        double score;
        try {
          score = Double.parseDouble(rec.get("Normalized Score"));
        } catch (NumberFormatException e) {
          throw new IOException(path + " record " + rec.getRecordNumber() + ": expected a number as Normalized Score,"
              + " got '" + rec.get("Normalized Score") + "'");
        }
        out.add(new Scored(rec.get("Community"), rec.get("Id"), rec.get("Request"), score));
      }
    }
    return out;
  }
}
