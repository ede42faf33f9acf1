package dev.rapport.cli;

import dev.rapport.ingest.InputDiscovery;
import dev.rapport.ingest.InputException;
import dev.rapport.job.AnalyzeJob;
import dev.rapport.job.AnalyzeOptions;
import dev.rapport.patterns.Thresholds;
import dev.rapport.spark.Sessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Reads archives and writes reports.",
        "INPUT is a cohort folder (each immediate subfolder is one person) or one person's archive: "
            + "an mbox, a Google Takeout, Maildir or .eml folder, a LinkedIn export ZIP or its folder."})
final class AnalyzeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Archives, exports or cohort folders.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--me", paramLabel = "ADDRESS_OR_NAME",
      description = "The owner's address or name, when it cannot be inferred (repeatable).")
  List<String> me = new ArrayList<>();

  @Option(names = "--since", paramLabel = "DATE", description = "Skip messages before this date (YYYY-MM-DD or ISO instant).")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Skip messages on or after this date.")
  String until;

  @Option(names = "--master", description = "Spark master (default local[*] when not under spark-submit).")
  String master;

  @Option(names = "--cohort", description = "Treat INPUT as a cohort folder even if it looks like one archive.")
  boolean cohort;

  @Option(names = "--person", paramLabel = "NAME", description = "Treat INPUT as one person's archive, named NAME.")
  String person;

  @Option(names = "--linkedin-zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Time zone for LinkedIn's zone-less dates (default: ${DEFAULT-VALUE}).")
  String linkedInZone;

  @Option(names = "--real-names", description = "Show contacts' real names instead of pseudonyms "
      + "(for a person reviewing their own archive).")
  boolean realNames;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a threshold or limit (repeatable); 'rapport thresholds' lists them.")
  Map<String, String> thresholds = new LinkedHashMap<>();

  @Option(names = "--split-mb", defaultValue = "128", description = "mbox byte range per Spark task, in MiB.")
  long splitMb;

  @Option(names = "--open", description = "Open index.html in the desktop's browser when done, if there is one.")
  boolean open;

  /** Runs the job once the options are checked; tests put a stand-in here to see what reaches it. */
  @FunctionalInterface
  interface Runner {
    AnalyzeJob.Result run(AnalyzeOptions options) throws InputException, IOException;
  }

  /** The real run: the Spark session is started only here, after every option was checked. */
  static final Runner SPARK = options -> new AnalyzeJob(Sessions.getOrCreate(options.master()), options).run();

  private final Runner runner;

  AnalyzeCommand() {
    this(SPARK);
  }

  AnalyzeCommand(Runner runner) {
    this.runner = runner;
  }

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    AnalyzeOptions options;
    try {
      options = options();
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      err.println("rapport analyze: " + e.getMessage());
      return Main.USAGE;
    }
    SparkLog.into(out).ifPresent(f -> spec.commandLine().getOut().println("Spark's log: " + f));
    AnalyzeJob.Result r;
    try {
      r = runner.run(options);
    } catch (InputException e) {
      err.println("rapport analyze: " + e.getMessage());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("rapport analyze: " + e.getMessage());
      return Main.FAILURE;
    }
    // anything else, an IllegalArgumentException included, is Rapport's fault: Main's handler makes it exit 1
    var index = Path.of(out).toAbsolutePath().resolve("index.html");
    spec.commandLine().getOut().printf("Analysed %d people, %d messages (%d records quarantined).%nOpen %s%n",
        r.people().size(), r.messages(), r.quarantined(), index.toUri());
    if (open) {
      Browser.open(index);
    }
    return Main.OK;
  }

  /** The command line as checked, typed options; every user mistake is an IllegalArgumentException naming it. */
  private AnalyzeOptions options() {
    for (String input : inputs) {
      path("INPUT", input);
      exists(input);
    }
    path("--out", out);
    Thresholds t;
    try {
      t = Thresholds.defaults().withOverrides(thresholds);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--set: " + e.getMessage(), e);
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(linkedInZone);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("--linkedin-zone expects a zone like UTC or Europe/Paris, got '"
          + linkedInZone + "'", e);
    }
    InputDiscovery.Mode mode = cohort ? InputDiscovery.Mode.COHORT
        : person != null ? InputDiscovery.Mode.PERSON : InputDiscovery.Mode.AUTO;
    return new AnalyzeOptions(inputs, out, me, date("--since", since), date("--until", until), master, mode, person,
        zone, realNames, t, splitMb << 20);
  }

  /** Hadoop refuses some strings as paths before any file system is asked ("", "a:b:c"): a usage mistake. */
  private static void path(String option, String value) {
    try {
      new org.apache.hadoop.fs.Path(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " '" + value + "' is not a usable path: " + e.getMessage(), e);
    }
  }

  /**
   * A missing local input is named before Spark starts (seconds of start-up for a typo); remote paths are checked by
   * discovery, with the cluster's file system settings.
   */
  private static void exists(String input) {
    java.net.URI uri = new org.apache.hadoop.fs.Path(input).toUri();
    if ((uri.getScheme() == null || "file".equals(uri.getScheme())) && !Files.exists(Path.of(uri.getPath()))) {
      throw new IllegalArgumentException(input + ": no such file or folder");
    }
  }

  private static Instant date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException(option + " expects a date like 2025-01-31 or 2025-01-31T00:00:00Z, got '"
            + value + "'");
      }
    }
  }
}
