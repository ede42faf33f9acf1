package dev.rapport.cli;

import dev.rapport.ingest.Limits;
import dev.rapport.patterns.Threshold;
import dev.rapport.patterns.Thresholds;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rapport thresholds}: every threshold and limit {@code analyze --set} accepts, as the README's markdown table,
 * generated from the declarations in {@link Thresholds}.
 *
 * <pre>{@code
 * ./rapport thresholds        # paste between the README's thresholds markers; ReadmeTablesTest checks it
 * ./rapport thresholds --limits   # the readers' limits (ingest.Limits), for the README's limits table
 * }</pre>
 */
@Command(name = "thresholds", mixinStandardHelpOptions = true,
    description = "Print every threshold 'analyze --set' accepts (key, default, allowed values, meaning, source)"
        + " as a markdown table.")
public final class ThresholdsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--limits", description = "Print the readers' limits (message size, line length, recipients, …)"
      + " instead, which 'analyze --set' also accepts.")
  boolean limits;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(limits ? Limits.markdown() : markdown());
    spec.commandLine().getOut().flush();
    return Main.OK;
  }

  /** The table, one row per key in key order, ending with a newline. */
  public static String markdown() {
    StringBuilder b = new StringBuilder("| key | default | allowed | meaning | source |\n|---|---|---|---|---|\n");
    for (Threshold<?> t : Thresholds.byKey()) {
      b.append("| `").append(t.key()).append("` | ").append(t.defaultValue()).append(" | ").append(t.type())
          .append(", ").append(cell(t.range())).append(" | ").append(cell(t.doc())).append(" | ")
          .append(cell(t.source())).append(" |\n");
    }
    return b.toString();
  }

  /** A table cell: a pipe would end it early. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
