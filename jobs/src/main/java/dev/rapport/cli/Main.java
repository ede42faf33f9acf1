package dev.rapport.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point for both ways of running: {@code ./rapport <command>} on embedded Spark, and
 * {@code spark-submit --class dev.rapport.cli.Main rapport-jobs.jar <command>} on a cluster.
 *
 * <p>Exit codes: 0 success; 2 bad usage or unreadable input, with one line naming the file and the problem;
 * 1 any other failure. A user's mistake never prints a stack trace.
 */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Reads exported message archives and reports networking habits.",
    subcommands = {AnalyzeCommand.class, ClassifyCommand.class, GenerateCommand.class, TrainCommand.class,
        ThresholdsCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit code, without exiting: tests call this. */
  public static int run(String... args) {
    return run(CommandLine.defaultFactory(), args);
  }

  /** As {@link #run(String...)}, with commands made by {@code factory}: tests put stand-ins behind a command. */
  static int run(CommandLine.IFactory factory, String... args) {
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", SparkLog.CONFIG);
    }
    CommandLine cli = new CommandLine(new Main(), factory);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("rapport: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      if (System.getenv("RAPPORT_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      } else {
        cmd.getErr().println("(set RAPPORT_DEBUG=1 for the stack trace)");
      }
      return FAILURE;
    });
    cli.setParameterExceptionHandler((e, a) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("rapport: " + e.getMessage());
      err.println("Try 'rapport " + e.getCommandLine().getCommandName() + " --help'.");
      return USAGE;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Reads the version the build wrote. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"rapport " + dev.rapport.job.Versions.all().getOrDefault("rapport", "?")};
    }
  }
}
