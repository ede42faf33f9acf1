package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.language.LanguageAnalyzer;
import dev.rapport.language.Signals;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassifyCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {
    List<JsonNode> json() throws Exception {
      List<JsonNode> nodes = new java.util.ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
    }
  }

  static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ClassifyCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    InputStream saved = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      int code = cli.execute(args);
      return new Run(code, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void writesOneJsonObjectPerInputLineWithTheContractFields(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("texts.txt");
    Files.writeString(f, "Could you introduce me to your manager?\nThank you so much for the referral!\n\n");
    Run r = run(null, f.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> rows = r.json();
    assertEquals(3, rows.size());
    for (JsonNode row : rows) {
      for (String field : List.of("ask", "gratitude", "politeness", "greeting", "job_search", "sentences")) {
        assertTrue(row.has(field), "missing " + field + " in " + row);
      }
      assertTrue(row.get("ask").asDouble() >= 0 && row.get("ask").asDouble() <= 1);
    }
    assertTrue(rows.get(0).get("ask").asDouble() >= 0.5, rows.get(0).toString());
    assertTrue(rows.get(1).get("gratitude").asDouble() >= 0.5, rows.get(1).toString());
    assertEquals(0.0, rows.get(2).get("ask").asDouble());
  }

  @Test
  void readsTheLastTabSeparatedColumnFromStandardInput() throws Exception {
    Run r = run("Yes\tPlease send me your slides.\nNo\tThe meeting moved to noon.\n");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> rows = r.json();
    assertEquals("Please send me your slides.", rows.get(0).get("text").asText());
    assertTrue(rows.get(0).get("ask").asDouble() > rows.get(1).get("ask").asDouble());
  }

  @Test
  void givesTheSameNumbersAsAnalyze() throws Exception {
    String text = "Hi Lee, congrats on the launch! Would you have 15 minutes next week?";
    JsonNode row = run(text + "\n").json().get(0);
    Signals s = LanguageAnalyzer.shared().analyze(text);
    assertEquals(s.ask(), row.get("ask").asDouble(), 1e-4);
    assertEquals(s.politeness(), row.get("politeness").asDouble(), 1e-4);
    assertEquals(s.congratulations(), row.get("congratulations").asBoolean());
  }

  @Test
  void missingFileExitsWithTwoAndOneLineNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.txt");
    Run r = run(null, missing.toString());
    assertEquals(2, r.code());
    assertEquals(missing + ": no such file", r.err().strip());
    assertFalse(r.err().contains("Exception"));
    assertEquals("", r.out());
  }

  @Test
  void directoryExitsWithTwo(@TempDir Path dir) {
    Run r = run(null, dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().strip().startsWith(dir.toString() + ": "), r.err());
    assertEquals(1, r.err().strip().lines().count());
  }

  @Test
  void nonUtf8FileExitsWithTwo(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
    Run r = run(null, f.toString());
    assertEquals(2, r.code());
    assertEquals(f + ": not UTF-8 text", r.err().strip());
  }
}
