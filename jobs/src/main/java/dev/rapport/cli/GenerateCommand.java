package dev.rapport.cli;

import dev.rapport.generate.CohortGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rapport generate}: writes a synthetic cohort in the real export formats (Google Takeout, Thunderbird,
 * Maildir, .eml, LinkedIn export ZIP), one subfolder per person.
 *
 * <pre>
 * rapport generate --people 200 --messages 2000 --out /tmp/cohort --seed 7
 * rapport generate --stories --seed 20250630 --out data-samples
 * </pre>
 * With {@code --stories} it writes the labelled story people and {@code expected.json}, and {@code --people} adds
 * background people beside them. Output is byte-identical for a seed.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes a synthetic cohort of message archives in the real export formats.")
public final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--people", paramLabel = "N", description = "Number of background people.")
  Integer people;

  @Option(names = "--messages", paramLabel = "M", description = "Approximate number of messages per person.")
  Integer messages;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created if missing).")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--stories", description = "Write the labelled story cohort and expected.json.")
  boolean stories;

  @Override
  public Integer call() {
    if (!stories && (people == null || messages == null)) {
      throw new ParameterException(spec.commandLine(), "--people and --messages are required unless --stories is given");
    }
    if (people != null && people < 1) {
      throw new ParameterException(spec.commandLine(), "--people must be at least 1, got " + people);
    }
    if (messages != null && messages < 1) {
      throw new ParameterException(spec.commandLine(), "--messages must be at least 1, got " + messages);
    }
    if (people != null && messages == null) {
      throw new ParameterException(spec.commandLine(), "--people needs --messages");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), out + ": exists and is not a folder");
    }
    try {
      Files.createDirectories(out);
      long total = 0;
      int count = 0;
      if (stories) {
        CohortGenerator.Summary s = CohortGenerator.stories(out, seed);
        total += s.messages();
        count += s.people();
      }
      if (people != null) {
        CohortGenerator.Summary s = CohortGenerator.random(out, people, messages, seed);
        total += s.messages();
        count += s.people();
      }
      spec.commandLine().getOut().printf("generate: wrote %d %s, %d messages to %s%n", count,
          count == 1 ? "person" : "people", total, out);
      spec.commandLine().getOut().flush();
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("generate: cannot write " + out + ": " + e.getMessage());
      return 1;
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateCommand()).execute(args));
  }
}
