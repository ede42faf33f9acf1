package dev.rapport.job;

import static org.apache.spark.sql.functions.*;

import dev.rapport.identity.Owner;
import dev.rapport.identity.OwnerHints;
import dev.rapport.identity.OwnerInference;
import dev.rapport.ingest.HadoopConf;
import dev.rapport.ingest.Ingest;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.InputDiscovery;
import dev.rapport.ingest.InputException;
import dev.rapport.ingest.InputPlan;
import dev.rapport.ingest.linkedin.LinkedInFiles;
import dev.rapport.patterns.Baselines;
import dev.rapport.patterns.PersonBaseline;
import dev.rapport.patterns.PersonData;
import dev.rapport.patterns.Thresholds;
import dev.rapport.report.CohortCsv;
import dev.rapport.report.CohortPage;
import dev.rapport.report.PersonPage;
import dev.rapport.report.PersonReport;
import dev.rapport.report.ReportJson;
import dev.rapport.report.ReportOptions;
import dev.rapport.spark.NoForkLocalFileSystem;
import dev.rapport.threads.Threading;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The {@code analyze} job: archives in, reports out. Stages run in the order the data flows:
 * discover → ingest → dedupe and date filter → owner → direction and bulk → threads → language → people → reports.
 */
public final class AnalyzeJob {

  private final SparkSession spark;
  private final AnalyzeOptions options;
  private final RunReport run = new RunReport();
  private final List<Isolated> isolated = new ArrayList<>();
  private Progress progress;

  public AnalyzeJob(SparkSession spark, AnalyzeOptions options) {
    this.spark = spark;
    this.options = options;
  }

  /**
   * What a finished run produced, for the CLI's closing line and for tests.
   *
   * @param people      the people whose reports were written
   * @param quarantined records quarantined by ingest and entries isolated by the later stages
   * @param failed      the people who got no report because a stage failed on their data, each with the reason
   *                    (also in run.json's {@code failed_people})
   */
  public record Result(List<String> people, String out, long messages, long quarantined, Map<String, String> failed) {
    public Result(List<String> people, String out, long messages, long quarantined) {
      this(people, out, messages, quarantined, Map.of());
    }
  }

  public Result run() throws InputException, IOException {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    // raw (Maildir names carry ':', which the checksummed file system cannot name .crc files after), and no forks
    NoForkLocalFileSystem.use(hadoop);
    Outputs.checkPlacement(options.inputs(), options.out(), hadoop);
    var sql = spark.conf();
    Map<String, String> before = new HashMap<>();
    for (String key : SIZED) {
      before.put(key, sql.get(key));
    }
    try (Progress p = Progress.start(spark.sparkContext(), System.out, STAGES)) {
      progress = p;
      long t = System.nanoTime();
      InputPlan plan = InputDiscovery.discover(options.inputs(), hadoop, new InputDiscovery.Options(options.mode(),
          options.person(), options.splitBytes(), 250, LinkedInFiles.READER));
      sizeSparkTo(plan);
      Warmup.start(spark);
      t = lap("discover", t, plan.people().size() + " people, " + plan.tasks().size() + " read tasks");
      Outputs out = new Outputs(options.out(), hadoop);
      try {
        Result r = run(plan, out, new HadoopConf(hadoop), t);
        out.commit();
        return r;
      } catch (RuntimeException | IOException e) {
        out.abort();
        throw e;
      }
    } finally {
      before.forEach(sql::set); // a session shared with later work (tests, a notebook) gets its settings back
    }
  }

  /** The SQL settings a run changes, and gives back after. */
  private static final List<String> SIZED = List.of("spark.sql.shuffle.partitions", "spark.sql.codegen.wholeStage");

  /** Below this many input bytes a run is small: its cost is Spark's per-query overhead, not the rows. */
  static final long SMALL_INPUT_BYTES = 256L << 20;

  /**
   * On embedded Spark, sizes the SQL settings to the input: a small input gets as many shuffle partitions as cores
   * and no whole-stage code generation (compiling it costs seconds per query and saves nothing on a few thousand
   * rows); a large one gets a partition per 64 MiB. A cluster's own settings are left alone.
   */
  private void sizeSparkTo(InputPlan plan) {
    if (!spark.sparkContext().isLocal()) {
      return;
    }
    long bytes = 0;
    for (var task : plan.tasks()) {
      bytes += task.end() > task.start() ? task.end() - task.start() : 4096L * Math.max(1, task.paths().size());
    }
    int cores = spark.sparkContext().defaultParallelism();
    boolean small = bytes < SMALL_INPUT_BYTES;
    spark.conf().set("spark.sql.shuffle.partitions",
        Long.toString(small ? cores : Math.max(cores, Math.min(200, bytes / (64L << 20)))));
    spark.conf().set("spark.sql.codegen.wholeStage", Boolean.toString(!small));
  }

  /**
   * The partitions of every shuffle, RDD or SQL: sized to the input on embedded Spark ({@link #sizeSparkTo}), the
   * cluster's setting otherwise. Given explicitly to each RDD shuffle: by default one takes the partitions of its
   * largest parent, one per read task, and a run of two people then wrote its tables in 381 tasks.
   */
  static int shufflePartitions(SparkSession spark) {
    return Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
  }

  /** The message table's columns: {@link Directions#SCHEMA}, then the thread's ({@link Threading#LINK_COLUMNS}). */
  static final StructType MESSAGE_TABLE = new StructType(java.util.stream.Stream.concat(
      java.util.Arrays.stream(Directions.SCHEMA.fields()), java.util.Arrays.stream(Threading.LINK_COLUMNS.fields()))
      .toArray(org.apache.spark.sql.types.StructField[]::new));

  /** The stages in the order they run, as {@code run.json} names them. */
  private static final List<String> STAGES = List.of("discover", "ingest", "dedupe", "owner", "threads",
      "write tables", "language", "people", "detectors", "reports");

  /** Records a stage's time in run.json and prints its line; returns now, for the next stage. */
  private long lap(String stage, long since, String detail) {
    long now = run.lap(stage, since);
    progress.done(stage, now - since, detail);
    return now;
  }

  private Result run(InputPlan plan, Outputs out, HadoopConf conf, long t) throws IOException {
    JavaRDD<IngestRecord> records = Ingest.read(spark, plan, conf, options.linkedInZone(), LinkedInFiles.READER,
        options.limits()).persist(StorageLevel.MEMORY_AND_DISK());

    t = lap("ingest", t, String.format("%,d records", records.count()));

    int partitions = shufflePartitions(spark);
    JavaRDD<IngestRecord> decided = Dedupe.decide(records.filter(r -> r.message() != null), options.since(),
        options.until(), partitions);
    long[] outcomes = account(decided.union(records.filter(r -> r.message() == null)));
    accountNotes(records);
    // persisted: read by the mass-mail count and twice by threading (which numbers each partition in a fixed order)
    JavaRDD<IngestRecord> kept = decided.filter(r -> r.outcome() == IngestRecord.Outcome.PARSED)
        .persist(StorageLevel.MEMORY_AND_DISK());
    t = lap("dedupe", t, String.format("%,d records kept, %,d skipped, %,d quarantined", outcomes[0], outcomes[1],
        outcomes[2]));

    Map<String, Owner> owners = inferOwners(decided, partitions, plan, records);
    owners.values().forEach(run::owner);
    t = lap("owner", t, owners.values().stream().filter(o -> !o.keys().isEmpty())
        .count() + " of " + owners.size() + " owners found");

    Dataset<Row> threaded = messageTable(kept, owners, plan.people().size(), partitions);
    kept.unpersist();
    TableWriter tables = new TableWriter(spark, out, options.fullTables());
    if (options.fullTables()) {
      tables.messages(threaded, null);
    }
    long total = threaded.count();
    t = lap("threads", t, String.format("%,d messages threaded", total));

    Dataset<Row> quarantine = spark.createDataFrame(records
        .filter(r -> r.outcome() == IngestRecord.Outcome.QUARANTINED)
        .map(r -> RowFactory.create(r.person(), "ingest", r.entry(), r.source(), r.position(), null, r.reason())),
        QUARANTINE);
    long quarantined = outcomes[2];
    lap("write tables", t, String.format("%,d quarantined", quarantined));

    List<String> people = report(threaded, records, owners, out, tables);

    // ingest's quarantined records, then what the later stages isolated: one JSON line each
    quarantine.unionByName(spark.createDataFrame(isolated.stream().map(i -> RowFactory.create(i.person(), i.stage(),
            i.entry(), i.source(), i.position(), i.pattern(), i.reason())).toList(), QUARANTINE))
        .orderBy(col("person"), col("source"), col("position"), col("stage"), col("pattern"), col("reason"))
        .coalesce(1).write().mode("overwrite").json(out.stagingPath("quarantine"));
    Map<String, String> failed = accountIsolated();
    out.write("run.json", run.render(plan, options, Versions.all()));
    records.unpersist();
    return new Result(people, options.out(), total, quarantined + isolated.size(), failed);
  }

  /** A line of {@code quarantine/}: ingest's records have no pattern; a person-level entry has no source. */
  static final StructType QUARANTINE = new StructType()
      .add("person", DataTypes.StringType, false)
      .add("stage", DataTypes.StringType, false)
      .add("entry", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true)
      .add("position", DataTypes.LongType, true)
      .add("pattern", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true);

  /**
   * run.json's account of what the stages after ingest isolated: per stage, the entries and their reasons (always
   * all four stages, zero when nothing failed); per person, the patterns whose detector failed; and the people who
   * got no report, with the stage and reason.
   *
   * @return the people who got no report, to the reason
   */
  private Map<String, String> accountIsolated() {
    Map<String, Object> byStage = new java.util.LinkedHashMap<>();
    for (String stage : Isolated.STAGES) {
      Map<String, Long> reasons = new TreeMap<>();
      isolated.stream().filter(i -> stage.equals(i.stage())).forEach(i -> reasons.merge(i.reason(), 1L, Long::sum));
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("count", reasons.values().stream().mapToLong(Long::longValue).sum());
      m.put("reasons", reasons);
      byStage.put(stage, m);
    }
    run.put("isolated", byStage);
    Map<String, String> failed = new TreeMap<>();
    List<Map<String, Object>> failedPeople = new ArrayList<>();
    for (Isolated i : isolated) {
      if (i.failsPerson() && !failed.containsKey(i.person())) {
        failed.put(i.person(), i.reason());
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("person", i.person());
        m.put("stage", i.stage());
        m.put("reason", i.reason());
        failedPeople.add(m);
        run.person(i.person()).put("failed", Map.of("stage", i.stage(), "reason", i.reason()));
      } else if (Isolated.DETECTORS.equals(i.stage())) {
        ((Map<String, Object>) run.person(i.person()).computeIfAbsent("detectors_failed",
            k -> new TreeMap<String, Object>())).put(i.pattern(), i.reason());
      }
    }
    failedPeople.sort(java.util.Comparator.comparing(m -> (String) m.get("person")));
    run.put("failed_people", failedPeople);
    return failed;
  }

  /** From the threaded message table to the reports: language → people → detectors → tables and reports. */
  private List<String> report(Dataset<Row> threaded, JavaRDD<IngestRecord> records, Map<String, Owner> owners,
      Outputs out, TableWriter tables) throws IOException {
    Thresholds thresholds = options.thresholds();
    run.put("thresholds", thresholds.describe());
    long t = System.nanoTime();
    LanguageStage.Output language = LanguageStage.annotate(threaded, records);
    tables.messageFeatures(language.signals());
    long texts = language.signals().count();
    List<Isolated> languageFailures = language.failures();
    isolated.addAll(languageFailures);
    t = lap("language", t, String.format("%,d distinct texts annotated", texts)
        + (languageFailures.isEmpty() ? "" : String.format(", %,d isolated", languageFailures.size())));

    Broadcast<Map<String, Owner>> ownersB = spark.sparkContext().broadcast(owners,
        scala.reflect.ClassTag$.MODULE$.apply(Map.class));
    ReportBuilder builder = new ReportBuilder(thresholds, owners, ReportBuilder.countMessages(threaded),
        options.realNames());
    Broadcast<Map<String, List<PersonData.SentMail>>> sentMail = spark.sparkContext().broadcast(
        PersonAssembler.sentMail(threaded), scala.reflect.ClassTag$.MODULE$.apply(Map.class));
    JavaRDD<Assembled> assembled = people(language, thresholds, ownersB, sentMail, shufflePartitions(spark));
    JavaRDD<PersonData> people = assembled.filter(a -> a.data() != null).map(Assembled::data);
    List<PersonBaseline> baselines = new ArrayList<>();
    java.util.Set<String> failedPeople = new java.util.HashSet<>();
    for (Tuple2<PersonBaseline, Isolated> b : assembled.map(a -> new Tuple2<>(a.baseline(), a.failure())).collect()) {
      if (b._2() != null) {
        isolated.add(b._2());
        failedPeople.add(b._2().person());
      } else {
        baselines.add(b._1());
      }
    }
    PersonData.CohortStats cohort = Baselines.cohort(baselines);
    run.put("cohort", Map.of("people", cohort.people(), "median_self_focus", cohort.medianSelfFocus(),
        "median_ask_share", cohort.medianAskShare()));
    t = lap("people", t, baselines.size() + " people with person-to-person data");

    // only per-person summaries reach the driver: the reports and the small baselines
    ReportBuilder.Outcome built = builder.buildAll(spark, people, cohort, failedPeople);
    isolated.addAll(built.isolated());
    // each report is rendered here, before any table names it: a report that cannot be rendered is left out whole
    ReportOptions ro = ReportOptions.defaults().withRealNames(options.realNames());
    Map<String, String[]> pages = new java.util.LinkedHashMap<>();
    List<PersonReport> reports = new ArrayList<>();
    for (PersonReport r : built.reports()) {
      try {
        Faults.render(r.person());
        pages.put(r.person(), new String[] {ReportJson.person(r), PersonPage.render(r, ro)});
        reports.add(r);
      } catch (RuntimeException | StackOverflowError e) {
        isolated.add(Isolated.person(r.person(), Isolated.REPORTS, Isolated.reason("report failure", e)));
      }
    }
    String[] cohortFiles = renderCohort(reports, ro);
    run.put("networking_scope", networkingScope(reports));
    t = lap("detectors", t, reports.size() + " reports, " + reports.stream()
        .mapToLong(r -> r.assessments().stream().filter(a -> a.finding() != null).count()).sum() + " findings");

    JavaPairRDD<String, Map<String, String>> labels = null;
    if (!options.fullTables()) {
      // the tables name contacts as the reports do: each report's contacts first, in its order
      Map<String, List<String>> order = new HashMap<>();
      reports.forEach(r -> order.put(r.person(),
          r.contactLabels() == null ? List.of() : new ArrayList<>(r.contactLabels().keySet())));
      Broadcast<Map<String, List<String>>> orderB = spark.sparkContext().broadcast(order,
          scala.reflect.ClassTag$.MODULE$.apply(Map.class));
      labels = TableWriter.labels(threaded, people, orderB, ownersB, options.realNames());
      tables.messages(threaded, labels);
    }
    tables.relationships(people, labels);
    tables.findings(reports);
    tables.linkedIn(records, people, labels);
    if (labels != null) {
      labels.unpersist();
    }
    writeReports(out, reports, pages, cohortFiles);
    lap("reports", t, "written to " + options.out());
    language.unpersist();
    assembled.unpersist();
    return reports.stream().map(PersonReport::person).toList();
  }

  /**
   * One person's data and baseline, or, when assembling them threw, the person's {@link Isolated} entry instead: one
   * person's data never fails the stage for the cohort.
   */
  record Assembled(String person, PersonData data, PersonBaseline baseline, Isolated failure)
      implements java.io.Serializable {}

  /**
   * {@link PersonAssembler#assemble} and the person's baseline, with the person's near-duplicate sent texts, isolated:
   * a failure is the person's entry.
   */
  static Assembled assembleIsolated(String person, Iterable<Tuple2<Row, dev.rapport.language.Signals>> messages,
      Iterable<java.io.Serializable> linkedIn, Thresholds thresholds, Owner owner,
      List<PersonData.SentMail> sentMail) {
    try {
      Faults.people(person);
      PersonData d = PersonAssembler.assemble(person, messages, linkedIn,
          PersonAssembler.nearDuplicates(messages, thresholds), owner, sentMail);
      return new Assembled(person, d, PersonBaseline.of(d), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Assembled(person, null, null,
          Isolated.person(person, Isolated.PEOPLE, Isolated.reason("assembly failure", e)));
    }
  }

  /**
   * One {@link PersonData} per person with a person-to-person message or a LinkedIn record, contacts resolved
   * across email and LinkedIn; each person's rows are grouped once and assembled in plain Java, near-duplicate sent
   * texts included. Persisted: the baselines, the reports and the relationships table all read it.
   */
  private static JavaRDD<Assembled> people(LanguageStage.Output language, Thresholds thresholds,
      Broadcast<Map<String, Owner>> owners, Broadcast<Map<String, List<PersonData.SentMail>>> sentMail,
      int partitions) {
    return language.messagesWithSignals().cogroup(language.linkedIn(), partitions)
        .map(g -> assembleIsolated(g._1(), g._2()._1(), g._2()._2(), thresholds, owners.value().get(g._1()),
            sentMail.value().getOrDefault(g._1(), List.of())))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * Over the cohort, how many person-to-person messages the detectors judged as networking and how many were left
   * out, by reason: accounted for the way bulk mail is.
   */
  private static Map<String, Object> networkingScope(List<PersonReport> reports) {
    long networking = 0;
    Map<String, Long> reasons = new java.util.TreeMap<>();
    for (PersonReport r : reports) {
      networking += r.counts().networking();
      r.counts().leftOut().forEach((k, v) -> reasons.merge(k, v, Long::sum));
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("networking", networking);
    out.put("not_networking", reasons.values().stream().mapToLong(Long::longValue).sum());
    out.put("not_networking_reasons", reasons);
    return out;
  }

  /**
   * {@code cohort.csv} and {@code index.html} over {@code reports}. Should either fail to render, each person is
   * tried alone and whoever makes it fail is removed from {@code reports} (and isolated), so that the others still
   * get their cohort row.
   */
  private String[] renderCohort(List<PersonReport> reports, ReportOptions ro) {
    try {
      return new String[] {CohortCsv.render(reports), CohortPage.render(reports, ro)};
    } catch (RuntimeException | StackOverflowError e) {
      List<PersonReport> fine = new ArrayList<>();
      for (PersonReport r : reports) {
        try {
          CohortCsv.render(List.of(r));
          CohortPage.render(List.of(r), ro);
          fine.add(r);
        } catch (RuntimeException | StackOverflowError alone) {
          isolated.add(Isolated.person(r.person(), Isolated.REPORTS, Isolated.reason("cohort row failure", alone)));
        }
      }
      reports.retainAll(fine);
      return new String[] {CohortCsv.render(reports), CohortPage.render(reports, ro)};
    }
  }

  /** Writes each rendered report, then the cohort files. */
  private static void writeReports(Outputs out, List<PersonReport> reports, Map<String, String[]> pages,
      String[] cohortFiles) throws IOException {
    for (PersonReport r : reports) {
      String dir = "people/" + r.person() + "/";
      String[] p = pages.get(r.person());
      out.write(dir + "report.json", p[0]);
      out.write(dir + "report.html", p[1]);
    }
    out.write("cohort.csv", cohortFiles[0]);
    out.write("index.html", cohortFiles[1]);
  }

  /** @return parsed, skipped and quarantined records */
  private long[] account(JavaRDD<IngestRecord> all) {
    long[] n = new long[3];
    Map<List<String>, Long> counts = all
        .map(r -> java.util.Arrays.asList(r.person(), r.entry(), r.outcome().name(), r.reason()))
        .countByValue();
    counts.forEach((k, count) -> {
      run.entry(k.get(0), k.get(1)).add(k.get(2), k.get(3), count);
      n[switch (k.get(2)) {
        case "PARSED" -> 0;
        case "SKIPPED" -> 1;
        default -> 2;
      }] += count;
    });
    return n;
  }

  /** What the limits cut or dropped, per entry and note: records with notes are few, their counts fewer. */
  private void accountNotes(JavaRDD<IngestRecord> records) {
    Map<List<String>, Long> byNote = records.filter(r -> !r.notes().isEmpty())
        .flatMap(r -> r.notes().stream().map(n -> List.of(r.person(), r.entry(), n)).iterator())
        .countByValue();
    byNote.forEach((k, n) -> run.entry(k.get(0), k.get(1)).note(k.get(2), n));
    Map<List<String>, Long> noted = records.filter(r -> !r.notes().isEmpty())
        .map(r -> List.of(r.person(), r.entry()))
        .countByValue();
    noted.forEach((k, n) -> run.entry(k.get(0), k.get(1)).noted(n));
  }

  /** Small aggregates only reach the driver: the 200 most used addresses per person. */
  private Map<String, Owner> inferOwners(JavaRDD<IngestRecord> decided, int partitions, InputPlan plan,
      JavaRDD<IngestRecord> records) {
    Map<String, List<OwnerInference.AddressUse>> byPerson = AddressUses.of(decided, partitions);
    Map<String, OwnerInference.LinkedInSelf> linkedIn = LinkedInTasks.owners(records, partitions);
    OwnerHints hints = OwnerHints.of(options.me());
    Map<String, Owner> owners = new TreeMap<>();
    for (String person : plan.people()) {
      owners.put(person, OwnerInference.infer(person, byPerson.getOrDefault(person, List.of()), hints,
          linkedIn.get(person)));
    }
    return owners;
  }

  /**
   * The message table: each kept message with its {@code direction}, {@code others_count} and the bulk rules that
   * need the owner or the cohort ({@link Directions}: such mail reaches no detector), and its thread and reply link
   * ({@link Threading}). Persisted and counted; the caller unpersists it.
   */
  private Dataset<Row> messageTable(JavaRDD<IngestRecord> kept, Map<String, Owner> owners, int people,
      int partitions) {
    Thresholds t = options.thresholds();
    Map<Directions.Sender, Integer> mass = Directions.massMail(kept.map(IngestRecord::message),
        t.massMailMinPeople(), people, partitions);
    Map<String, java.util.Set<String>> ownerKeys = new HashMap<>();
    owners.forEach((p, o) -> ownerKeys.put(p, o.keys()));
    int maxRecipients = t.maxRecipients();
    JavaRDD<Row> rows = Threading.assign(kept, r -> r.person() + '\u0001' + r.source() + '\u0001' + r.position(),
            IngestRecord::person,
            (row, r) -> Threading.Headers.of(row, r.message()), t.conversationGapDays(), partitions)
        .map(m -> Threading.withLink(Directions.row(m._1().entry(), m._1().message(),
            ownerKeys.getOrDefault(m._1().person(), java.util.Set.of()), mass, maxRecipients), m._2()));
    Dataset<Row> threaded = spark.createDataFrame(rows, MESSAGE_TABLE).persist(StorageLevel.MEMORY_AND_DISK());
    threaded.count();
    return threaded;
  }

}
