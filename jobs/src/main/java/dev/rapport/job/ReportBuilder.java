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
 * List<PersonReport> reports = builder.buildAll(spark, people, cohort);   // one per owner, sorted by person
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
   * The reports of every owner, sorted by person: from {@code people} on the executors, and on the driver for people
   * with an archive but no person-to-person message, who still get a report.
   */
  List<PersonReport> buildAll(SparkSession spark, JavaRDD<PersonData> people, PersonData.CohortStats cohort) {
    Broadcast<ReportBuilder> self = spark.sparkContext().broadcast(this,
        scala.reflect.ClassTag$.MODULE$.apply(ReportBuilder.class));
    List<PersonReport> reports = new ArrayList<>(people
        .map(d -> self.value().build(PersonAssembler.withCohort(d, cohort)))
        .collect());
    Set<String> seen = new HashSet<>();
    reports.forEach(r -> seen.add(r.person()));
    for (String person : owners.keySet()) {
      if (!seen.contains(person)) {
        reports.add(build(PersonAssembler.empty(person, owners.get(person), cohort)));
      }
    }
    reports.sort(Comparator.comparing(PersonReport::person));
    return reports;
  }

  /** Runs the detectors and labels every contact the report mentions. */
  PersonReport build(PersonData d) {
    PersonIndex person = PersonIndex.of(d, thresholds);
    List<Assessment> assessments = Detectors.assessAll(person);
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
