package dev.rapport.generate;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A story person: who they are, which archive formats they have, what they do in them, and which patterns of
 * patterns.md their archive must show (none for the healthy ones).
 *
 * @param folder   the cohort subfolder, lower-case-hyphenated; also the person's id in reports
 * @param expected pattern ids, as in {@code PatternId.id()}
 * @param story    one line for expected.json and the README
 */
record Persona(
    String folder,
    List<String> expected,
    String story,
    String first,
    String last,
    String school,
    String title,
    String field,
    String role,
    Archive.MailFormat format,
    boolean linkedIn,
    Play play) {

  /** What happens in the archive, written through the scene's episodes. */
  @FunctionalInterface
  interface Play {
    void play(Scene scene) throws IOException;
  }

  Persona {
    Objects.requireNonNull(play, "play");
    expected = List.copyOf(expected);
    if (!folder.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("story folders are lower-case-hyphenated, got '" + folder + "'");
    }
  }
}
