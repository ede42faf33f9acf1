package dev.rapport.cli;

import dev.rapport.ingest.InputDiscovery;
import dev.rapport.ingest.InputException;
import dev.rapport.ingest.Limits;
import dev.rapport.job.AnalyzeJob;
import dev.rapport.job.AnalyzeOptions;
import dev.rapport.job.Outputs;
import dev.rapport.patterns.Thresholds;
import dev.rapport.spark.NoForkLocalFileSystem;
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

  @Option(names = "--tables", paramLabel = "private|full", defaultValue = "private",
      description = "tables/: 'private' (default) keeps the owner's own words and only features and metadata of "
          + "other people's messages, contacts as pseudonyms; 'full' keeps everything as read, other people's words "
          + "and addresses included (for an analyst working on their own archive).")
  String tables;

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
    AnalyzeJob.Result r;
    try {
      // refused folders get no log file: the placement is checked before the log is opened there
      checkLocalPlacement(options);
      SparkLog.into(out).ifPresent(f -> spec.commandLine().getOut().println("Spark's log: " + f));
      r = runner.run(options);
    } catch (InputException e) {
      err.println("rapport analyze: " + e.getMessage());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("rapport analyze: " + (diskFull(e) ? "the disk is full (" + e.getMessage() + ")" : e.getMessage()));
      return Main.FAILURE;
    } catch (RuntimeException e) {
      if (!diskFull(e)) {
        throw e;
      }
      // Spark wraps a writer's IOException; a full disk is the user's to fix, so one line and no stack trace
      err.println("rapport analyze: the disk is full while writing " + out + " (No space left on device)");
      return Main.FAILURE;
    }
    // anything else, an IllegalArgumentException included, is Rapport's fault: Main's handler makes it exit 1
    var index = Path.of(out).toAbsolutePath().resolve("index.html");
    spec.commandLine().getOut().printf("Analysed %d people, %d messages (%d records quarantined).%nOpen %s%n",
        r.people().size(), r.messages(), r.quarantined(), index.toUri());
    if (!r.failed().isEmpty()) {
      // the run went on without them: say who, so nobody takes a missing report for a clean bill
      spec.commandLine().getOut().printf("No report for %d people (see failed_people in run.json): %s%n",
          r.failed().size(), String.join(", ", r.failed().keySet()));
    }
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
    Map<String, String> limitSets = new LinkedHashMap<>();
    Map<String, String> thresholdSets = new LinkedHashMap<>();
    thresholds.forEach((k, v) -> (Limits.isKey(k) ? limitSets : thresholdSets).put(k, v));
    for (var e : thresholdSets.entrySet()) {
      String near = nearestLimit(e.getKey());
      if (near != null && Thresholds.byKey().stream().noneMatch(th -> th.key().equals(e.getKey()))) {
        throw new IllegalArgumentException("--set: unknown limit '" + e.getKey() + "' (value '" + e.getValue()
            + "'); did you mean '" + near + "'?");
      }
    }
    Thresholds t;
    Limits limits;
    try {
      t = Thresholds.defaults().withOverrides(thresholdSets);
      limits = Limits.defaults().withOverrides(limitSets);
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
    if (!tables.equals("private") && !tables.equals("full")) {
      throw new IllegalArgumentException("--tables expects 'private' or 'full', got '" + tables + "'");
    }
    InputDiscovery.Mode mode = cohort ? InputDiscovery.Mode.COHORT
        : person != null ? InputDiscovery.Mode.PERSON : InputDiscovery.Mode.AUTO;
    return new AnalyzeOptions(inputs, out, me, date("--since", since), date("--until", until), master, mode, person,
        zone, realNames, t, splitMb << 20, limits, tables.equals("full"));
  }

  /**
   * Output inside an input, input inside the output, or a folder Rapport did not write: refused before Spark starts
   * when the paths are local. Other file systems are checked by the job, with the cluster's configuration.
   */
  private static void checkLocalPlacement(AnalyzeOptions options) throws InputException, IOException {
    List<String> all = new ArrayList<>(options.inputs());
    all.add(options.out());
    for (String p : all) {
      String scheme = new org.apache.hadoop.fs.Path(p).toUri().getScheme();
      if (scheme != null && !scheme.equals("file")) {
        return;
      }
    }
    var conf = NoForkLocalFileSystem.use(new org.apache.hadoop.conf.Configuration());
    Outputs.checkPlacement(options.inputs(), options.out(), conf);
  }

  /** The limit key a mistyped key most likely meant, when it is within three edits of one and nearer than any threshold. */
  private static String nearestLimit(String key) {
    String best = null;
    int bestDistance = 4;
    for (var l : Limits.byKey()) {
      int d = Thresholds.editDistance(l.key(), key);
      if (d < bestDistance) {
        best = l.key();
        bestDistance = d;
      }
    }
    for (var t : Thresholds.byKey()) {
      if (Thresholds.editDistance(t.key(), key) <= bestDistance) {
        return null;
      }
    }
    return best;
  }

  /** True when {@code e} or one of its causes says the disk is full. */
  static boolean diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
        return true;
      }
    }
    return false;
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
