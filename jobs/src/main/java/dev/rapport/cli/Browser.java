package dev.rapport.cli;

import java.nio.file.Path;

/** Opens a page in the desktop's browser when there is a desktop; silently does nothing on a server. */
final class Browser {
  private Browser() {}

  static void open(Path page) {
    for (String opener : new String[] {"xdg-open", "open"}) {
      try {
        Process p = new ProcessBuilder(opener, page.toString()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() == 0) {
          return;
        }
      } catch (java.io.IOException e) {
        // no such opener here; try the next
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
