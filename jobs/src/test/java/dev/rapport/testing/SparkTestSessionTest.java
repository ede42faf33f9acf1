package dev.rapport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SparkTestSessionTest {
  @Test
  void sharedSessionCountsAndCorporaAreFound() {
    assertEquals(1000, SparkTestSession.get().range(1000).count());
    assertTrue(Files.isDirectory(SparkTestSession.shared().resolve("corpora")), SparkTestSession.shared().toString());
  }
}
