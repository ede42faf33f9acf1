package dev.rapport.report;

/**
 * How the HTML reports are rendered.
 *
 * <pre>{@code
 * String html = PersonPage.render(report, ReportOptions.defaults());            // pseudonyms, 200-char excerpts
 * String named = PersonPage.render(report, ReportOptions.defaults().withRealNames(true));
 * }</pre>
 *
 * <p>Real names are off by default: a counselor reviewing a page must not learn who the student wrote to unless the
 * student chose to show it. Do not turn {@code realNames} on for a cohort page shared beyond the student.
 *
 * @param realNames       show the owner's addresses and contacts' real display names instead of pseudonyms
 * @param maxExcerptChars longest excerpt shown, in characters (code points); longer ones end with an ellipsis
 */
public record ReportOptions(boolean realNames, int maxExcerptChars) {

  public static final int DEFAULT_MAX_EXCERPT_CHARS = 200;

  public ReportOptions {
    if (maxExcerptChars < 20 || maxExcerptChars > 5000) {
      throw new IllegalArgumentException("maxExcerptChars must be within 20..5000, got " + maxExcerptChars);
    }
  }

  /** Pseudonyms, excerpts of at most {@value #DEFAULT_MAX_EXCERPT_CHARS} characters. */
  public static ReportOptions defaults() {
    return new ReportOptions(false, DEFAULT_MAX_EXCERPT_CHARS);
  }

  public ReportOptions withRealNames(boolean show) {
    return new ReportOptions(show, maxExcerptChars);
  }

  public ReportOptions withMaxExcerptChars(int chars) {
    return new ReportOptions(realNames, chars);
  }
}
