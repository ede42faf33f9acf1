package dev.rapport.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * One unit of reading work for a Spark task: a byte range of an mbox, a batch of one-message files, or a LinkedIn
 * export (ZIP or one CSV of an unpacked folder).
 *
 * @param entry  the run.json entry the records count towards
 * @param paths  the files to read (one for MBOX and LINKEDIN kinds)
 * @param folders for FILES: each file's folder relative to the person's root, for the message's folder name
 */
public record ReadTask(
    Kind kind,
    String person,
    String entry,
    String format,
    List<String> paths,
    List<String> folders,
    long start,
    long end,
    MboxReader.Variant variant) implements Serializable {

  public enum Kind { MBOX, FILES, LINKEDIN_ZIP, LINKEDIN_CSV }

  public ReadTask {
    paths = List.copyOf(paths);
    folders = folders == null ? List.of() : List.copyOf(folders);
  }
}
