package dev.rapport.ingest.linkedin;

/**
 * A ZIP refused before any of it was used: an entry escaping the archive, a symlink, an archive inside the archive,
 * or more data than {@link ZipLimits} allows. The message is one line naming the ZIP and the problem, fit to show a
 * user as is ({@code /data/ann/export.zip: entry '../../evil' escapes the archive}).
 */
public final class UnsafeArchiveException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String archive;

  public UnsafeArchiveException(String archive, String problem) {
    // one line whatever the names hold: a path or entry name may carry line breaks
    super((archive + ": " + problem).replaceAll("\\p{Cntrl}", "?"));
    this.archive = archive;
  }

  /** The ZIP's display path, as given to the reader. */
  public String archive() {
    return archive;
  }
}
