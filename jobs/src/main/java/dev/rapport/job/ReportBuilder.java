package dev.rapport.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.rapport.identity.Owner;
import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.Detectors;
import dev.rapport.patterns.Evidence;
import dev.rapport.patterns.PersonData;
import dev.rapport.patterns.PersonIndex;
import dev.rapport.patterns.PersonMetrics;
import dev.rapport.patterns.Strength;
import dev.rapport.patterns.Strengths;
import dev.rapport.patterns.Thresholds;
import dev.rapport.report.ContactLabels;
import dev.rapport.report.PersonReport;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Builds each person's {@link PersonReport} once, with everything it shows: the nine assessments, strengths and
 * metrics from the detectors, contact labels, the owner, and the message counts over every kept message (bulk
 * included, which the detectors never see).
 *
 * <pre>{@code
 * ReportBuilder builder = new ReportBuilder(thresholds, owners, ReportBuilder.countMessages(threaded), realNames);
 * ReportBuilder.Outcome built = builder.buildAll(spark, people, cohort, failed);   // one per owner, sorted
 * }</pre>
 *
 * <p>Serializable, so that it is broadcast once and builds the reports on the executors: only the reports reach
 * the driver.
 */
final class ReportBuilder implements Serializable {

  /** What {@code report.json}'s counts say about a person's whole mailbox; bulk is counted, not analysed. */
  record MessageCounts(long messages, long sent, long received, long bulkFiltered) implements Serializable {
    static final MessageCounts NONE = new MessageCounts(0, 0, 0, 0);
  }

  private final Thresholds thresholds;
  private final Map<String, Owner> owners;
  private final Map<String, MessageCounts> counts;
  private final boolean realNames;

  /**
   * @param owners every person of the run to their owner; each gets a report, with or without messages
   * @param counts per person; a person missing here has no kept message
   */
  ReportBuilder(Thresholds thresholds, Map<String, Owner> owners, Map<String, MessageCounts> counts,
      boolean realNames) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.owners = new TreeMap<>(owners);
    this.counts = new HashMap<>(counts);
    this.realNames = realNames;
  }

  /** Messages, sent, received and bulk per person, over every kept message; a small aggregate. */
  static Map<String, MessageCounts> countMessages(Dataset<Row> messages) {
    Map<String, MessageCounts> out = new HashMap<>();
    for (Row r : messages.groupBy("person").agg(
        count(lit(1)),
        sum(when(col("direction").equalTo("sent").and(col("bulk").equalTo(false)), 1).otherwise(0)),
        sum(when(col("direction").equalTo("received").and(col("bulk").equalTo(false)), 1).otherwise(0)),
        sum(when(col("bulk"), 1).otherwise(0))).collectAsList()) {
      out.put(r.getString(0), new MessageCounts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)));
    }
    return out;
  }

  /**
   * One person's report, or none when building it threw, with what was isolated on the way (detectors that threw,
   * and the report's own failure).
   */
  record Built(String person, PersonReport report, List<Isolated> isolated) implements Serializable {}

  /** The reports built, sorted by person, and what was isolated building them, in the same order. */
  record Outcome(List<PersonReport> reports, List<Isolated> isolated) {}

  /**
   * The reports of every owner, sorted by person: from {@code people} on the executors, and on the driver for people
   * with an archive but no person-to-person message, who still get a report. A person whose report cannot be built
   * gets none, and an {@link Isolated} entry says why; so does a person in {@code failed} (whose data could not be
   * assembled), who is not given an empty report instead.
   */
  Outcome buildAll(SparkSession spark, JavaRDD<PersonData> people, PersonData.CohortStats cohort,
      Set<String> failed) {
    Broadcast<ReportBuilder> self = spark.sparkContext().broadcast(this,
        scala.reflect.ClassTag$.MODULE$.apply(ReportBuilder.class));
    List<Built> built = new ArrayList<>(people
        .map(d -> self.value().isolated(d.person(), () -> PersonAssembler.withCohort(d, cohort)))
        .collect());
    Set<String> seen = new HashSet<>(failed);
    built.forEach(b -> seen.add(b.person()));
    for (String person : owners.keySet()) {
      if (!seen.contains(person)) {
        built.add(isolated(person, () -> PersonAssembler.empty(person, owners.get(person), cohort)));
      }
    }
    built.sort(Comparator.comparing(Built::person));
    List<PersonReport> reports = new ArrayList<>();
    List<Isolated> isolated = new ArrayList<>();
    for (Built b : built) {
      if (b.report() != null) {
        reports.add(b.report());
      }
      isolated.addAll(b.isolated());
    }
    return new Outcome(reports, isolated);
  }

  /** Where the person's data comes from; may throw like the build itself. */
  interface Source extends Serializable {
    PersonData get();
  }

  /** {@link #build(PersonData, List)}, with a failure of the build becoming the person's {@link Isolated} entry. */
  Built isolated(String person, Source data) {
    List<Isolated> isolated = new ArrayList<>();
    try {
      return new Built(person, build(data.get(), isolated), isolated);
    } catch (RuntimeException | StackOverflowError e) {
      isolated.add(Isolated.person(person, Isolated.REPORTS, Isolated.reason("report failure", e)));
      return new Built(person, null, isolated);
    }
  }

  /**
   * Runs the detectors and labels every contact the report mentions. A detector that throws leaves its pattern not
   * assessable, with an {@link Isolated} entry added to {@code isolated}; the other detectors still run.
   */
  PersonReport build(PersonData d, List<Isolated> isolated) {
    Faults.report(d.person());
    PersonIndex person = PersonIndex.of(d, thresholds);
    List<Assessment> assessments = Detectors.assessEach(person, Faults.detectors(d.person()),
        (pattern, e) -> isolated.add(new Isolated(d.person(), Isolated.DETECTORS, null, null, null, pattern.id(),
            Isolated.reason("detector failure", e))));
    List<Strength> strengths = Strengths.measure(person);
    PersonMetrics metrics = PersonMetrics.of(person, assessments);
    List<String> firstUse = new ArrayList<>();
    assessments.stream().filter(a -> a.finding() != null)
        .sorted(Comparator.comparingDouble((Assessment a) -> -a.finding().severity()).thenComparing(a -> a.pattern()))
        .forEach(a -> a.finding().evidence().forEach(e -> addKey(firstUse, e)));
    strengths.forEach(s -> s.evidence().forEach(e -> addKey(firstUse, e)));
    metrics.contactTimelines().keySet().forEach(k -> {
      if (!firstUse.contains(k)) {
        firstUse.add(k);
      }
    });
    Map<String, String> labels = ContactLabels.assign(firstUse, d.contacts(), realNames);
    Owner owner = owners.get(d.person());
    MessageCounts c = counts.getOrDefault(d.person(), MessageCounts.NONE);
    long threads = d.messages().stream().map(PersonData.Msg::threadKey).distinct().count();
    return new PersonReport(d.person(), owner == null ? List.of() : owner.addresses(),
        owner == null ? List.of() : owner.names(),
        new PersonReport.Counts(c.messages(), c.sent(), c.received(), c.bulkFiltered(), d.contacts().size(), threads,
            person.networkingMessages(), person.leftOut()),
        assessments, strengths, labels, metrics);
  }

  private static void addKey(List<String> keys, Evidence e) {
    if (e.contactKey() != null && !keys.contains(e.contactKey())) {
      keys.add(e.contactKey());
    }
  }
}
