package dev.rapport.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.cli.GenerateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed data-samples are exactly what the documented command writes, so nobody edits them by hand. */
class DataSamplesTest {
  @TempDir
  Path tmp;

  @Test
  void committedDataSamplesAreWhatTheDocumentedCommandRegenerates() throws IOException {
    Path samples = GeneratedFiles.dataSamples();
    String readme = Files.readString(samples.resolve("README.md"));
    String command = "generate --stories --seed " + CohortGenerator.STORY_SEED + " --out data-samples";
    assertTrue(readme.contains(command), "data-samples/README.md must document: " + command);

    assertEquals(0, new picocli.CommandLine(new GenerateCommand()).execute(
        "--stories", "--seed", String.valueOf(CohortGenerator.STORY_SEED), "--out", tmp.toString()));
    Map<String, String> committed = GeneratedFiles.hashes(samples);
    // the only hand-written files
    committed.remove("README.md");
    committed.remove(".gitattributes");
    Map<String, String> regenerated = GeneratedFiles.hashes(tmp);
    assertEquals(regenerated.keySet(), committed.keySet(), "files differ from a regeneration");
    for (Map.Entry<String, String> e : regenerated.entrySet()) {
      assertEquals(e.getValue(), committed.get(e.getKey()), "data-samples/" + e.getKey() + " differs from a regeneration;"
          + " rerun the command in data-samples/README.md instead of editing it");
    }
  }
}
