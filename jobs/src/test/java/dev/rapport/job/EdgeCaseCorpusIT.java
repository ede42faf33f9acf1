package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.testing.Corpora;
import dev.rapport.testing.RunJson;
import dev.rapport.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file of the broken-MIME corpora (Apache mime4j's and sisimai's) is read without a crash and accounted for. */
class EdgeCaseCorpusIT {
  @Test
  void everyFileIsReadOrExplainedAndEveryRecordAccountedFor() throws Exception {
    Path corpus = Corpora.root().resolve("mail-edge-cases");
    Path out = Path.of("target", "test-out", "edge-cases").toAbsolutePath();
    new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(corpus.toString()), out.toString())).run();
    JsonNode run = RunJson.read(out.resolve("run.json"));

    Set<String> mboxEntries = new HashSet<>();
    long folderRecords = 0;
    for (JsonNode e : run.get("inputs")) {
      long read = e.get("read").asLong();
      assertEquals(read, e.get("parsed").asLong() + e.get("skipped").asLong() + e.get("quarantined").asLong());
      if (Files.isRegularFile(Path.of(e.get("path").asText()))) {
        mboxEntries.add(e.get("path").asText());
        assertTrue(read >= 1, e.toString());
      } else {
        folderRecords += read;
      }
    }
    Set<String> ignored = new HashSet<>();
    run.get("ignored_files").forEach(i -> ignored.add(i.get("path").asText()));
    long files;
    long inFolders;
    try (Stream<Path> all = Files.walk(corpus)) {
      List<Path> list = all.filter(Files::isRegularFile).toList();
      files = list.size();
      inFolders = list.stream().map(Path::toString)
          .filter(p -> !mboxEntries.contains(p) && !ignored.contains(p)).count();
    }
    assertEquals(inFolders, folderRecords, "each one-message file is one record of its folder's entry");
    assertEquals(files, mboxEntries.size() + ignored.size() + inFolders);
    assertTrue(run.at("/people/sisimai").isObject() && run.at("/people/mime4j").isObject());
    // the real 5-message mailing-list mbox
    JsonNode rlug = null;
    for (JsonNode e : run.get("inputs")) {
      if (e.get("path").asText().endsWith("mbox/mbox.rlug")) {
        rlug = e;
      }
    }
    assertEquals(5, rlug.get("read").asLong());
    assertEquals("mbox", rlug.get("format").asText());
  }
}
