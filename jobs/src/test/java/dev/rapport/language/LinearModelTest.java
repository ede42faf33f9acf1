package dev.rapport.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearModelTest {

  @Test
  void writtenModelReadsBackWithTheSameScores(@TempDir Path dir) throws IOException {
    LinearModel m = new LinearModel(-0.5, 2, 0.25, Map.of("w:please", 1.5, "frame:modal_you", 0.75));
    Path f = dir.resolve("m.model");
    m.write(f, "test model\nsecond line");
    LinearModel back = LinearModel.read(Files.newInputStream(f));
    List<String> feats = List.of("w:please", "frame:modal_you", "unknown");
    assertEquals(m.margin(feats), back.margin(feats), 1e-5);
    assertEquals(1.75, back.margin(feats), 1e-5);
    assertEquals(0.25 + 2 * 1.75, back.calibrated(feats), 1e-5);
    assertTrue(Files.readString(f).startsWith("# test model\n# second line\n@bias\t"));
  }

  @Test
  void probabilityIsTheLogisticOfTheMargin() {
    LinearModel m = new LinearModel(0, 1, 0, Map.of("a", 2.0));
    assertEquals(0.5, m.probability(List.of()), 1e-12);
    assertEquals(1 / (1 + Math.exp(-2)), m.probability(List.of("a")), 1e-12);
  }

  @Test
  void malformedLineIsReportedWithItsNumber() {
    IOException e = assertThrows(IOException.class, () -> LinearModel.read(
        new ByteArrayInputStream("# c\n@bias\t1\nno-tab-here\n".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
  }

  @Test
  void shippedModelsLoad() {
    assertTrue(LinearModel.resource("ask.model").weights().size() > 1000);
    assertTrue(LinearModel.resource("politeness.model").weights().containsKey("s:gratitude"));
  }
}
