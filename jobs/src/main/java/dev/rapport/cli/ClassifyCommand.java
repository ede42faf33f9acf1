package dev.rapport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.language.LanguageAnalyzer;
import dev.rapport.language.Signals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rapport classify [FILE]}: one text per line (the last tab-separated column when there are tabs), from FILE
 * or standard input; one JSON object per line out, computed by {@link LanguageAnalyzer#shared()}, the very analyzer
 * {@code analyze} uses.
 *
 * <pre>{@code
 * printf 'Could you review my resume?\nThanks so much!\n' | ./rapport classify
 * {"text":"Could you review my resume?","ask":0.93,"gratitude":0.0,"politeness":0.41,...}
 * }</pre>
 *
 * <p>A missing or unreadable FILE exits with 2 and one line naming it. Blank lines give {@link Signals#none()}.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Score texts (one per line, or the last tab-separated column) for ask, gratitude, politeness and"
        + " the other language signals; one JSON object per line.")
public final class ClassifyCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input file; standard input if absent.")
  Path file;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    PrintWriter err = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    BufferedReader in;
    if (file == null) {
      in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    } else {
      String problem = problemReading(file);
      if (problem != null) {
        err.println(file + ": " + problem);
        return 2;
      }
      try {
        in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(file + ": cannot read (" + e.getMessage() + ")");
        return 2;
      }
    }
    LanguageAnalyzer analyzer = LanguageAnalyzer.shared();
    try (BufferedReader r = in) {
      String line;
      while ((line = r.readLine()) != null) {
        String text = lastColumn(line);
        out.println(JSON.writeValueAsString(toJson(text, analyzer.analyze(text))));
      }
    } catch (java.nio.charset.MalformedInputException e) {
      err.println((file == null ? "standard input" : file.toString()) + ": not UTF-8 text");
      return 2;
    } catch (IOException e) {
      err.println((file == null ? "standard input" : file.toString()) + ": read failed (" + e.getMessage() + ")");
      return 2;
    } finally {
      out.flush();
    }
    return 0;
  }

  private static String problemReading(Path f) {
    if (!Files.exists(f)) {
      return "no such file";
    }
    if (Files.isDirectory(f)) {
      return "is a directory, expected a text file";
    }
    if (!Files.isReadable(f)) {
      return "not readable (permission denied)";
    }
    return null;
  }

  /** The text of one input line: everything after the last tab, or the whole line. */
  static String lastColumn(String line) {
    int tab = line.lastIndexOf('\t');
    return tab < 0 ? line : line.substring(tab + 1);
  }

  /** The JSON object for one text; field names are part of the outside contract, add but do not rename. */
  static ObjectNode toJson(String text, Signals s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("text", text);
    o.put("ask", round(s.ask()));
    o.put("gratitude", round(s.gratitude()));
    o.put("politeness", round(s.politeness()));
    o.put("greeting", s.greeting());
    o.put("self_introduction", s.selfIntroduction());
    o.put("reason_for_writing", s.reasonForWriting());
    o.put("offer_of_help", s.offerOfHelp());
    o.put("sharing", s.sharing());
    o.put("congratulations", s.congratulations());
    o.put("apology_for_delay", s.apologyForDelay());
    o.put("job_search", s.jobSearch());
    o.put("first_person_singular", s.firstPersonSingular());
    o.put("second_person", s.secondPerson());
    o.put("questions", s.questions());
    o.put("questions_about_reader", s.questionsAboutReader());
    o.put("asks_first", s.asksFirst());
    ArrayNode sentences = o.putArray("sentences");
    for (Signals.SentenceSignal ss : s.sentences()) {
      ObjectNode so = sentences.addObject();
      so.put("start", ss.start());
      so.put("end", ss.end());
      so.put("ask", round(ss.ask()));
      ArrayNode labels = so.putArray("labels");
      ss.labels().stream().sorted().forEach(labels::add);
    }
    return o;
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
