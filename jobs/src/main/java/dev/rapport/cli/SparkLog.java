package dev.rapport.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * Sends Spark's and Hadoop's log to {@code <out>/rapport.log}, so that the console shows only Rapport's stage lines.
 * Only when Rapport's own log4j2 configuration is in use: under spark-submit with the cluster's configuration, or in
 * tests with theirs, nothing changes.
 */
final class SparkLog {
  static final String CONFIG = "classpath:rapport-log4j2.properties";

  private SparkLog() {}

  /**
   * Points the log at {@code out}'s folder when it is a local path, and returns the file; empty when the log stays
   * where it was (a remote {@code --out}, or another configuration).
   */
  static Optional<Path> into(String out) {
    if (!CONFIG.equals(System.getProperty("log4j2.configurationFile"))) {
      return Optional.empty();
    }
    URI uri = new org.apache.hadoop.fs.Path(out).toUri();
    if (uri.getScheme() != null && !"file".equals(uri.getScheme())) {
      return Optional.empty();
    }
    Path file = Path.of(uri.getPath()).toAbsolutePath().resolve("rapport.log");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      return Optional.empty(); // the job reports the unwritable --out itself, with the path
    }
    System.setProperty("rapport.log.file", file.toString());
    // the configuration may have been read already (with the temp folder's file): read it again
    ((LoggerContext) LogManager.getContext(false)).reconfigure();
    return Optional.of(file);
  }
}
