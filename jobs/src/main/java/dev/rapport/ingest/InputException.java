package dev.rapport.ingest;

/** A user's input is unusable: the message names the path and the problem, in one line, for exit code 2. */
public final class InputException extends Exception {
  public InputException(String path, String problem) {
    super(path + ": " + problem);
  }
}
