package dev.rapport.job;

import dev.rapport.identity.Owner;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Language signals, one PersonData per person, detectors, and the reports. */
final class ReportStage {
  private final SparkSession spark;
  private final AnalyzeOptions options;
  private final Outputs out;
  private final RunReport run;

  ReportStage(SparkSession spark, AnalyzeOptions options, Outputs out, RunReport run) {
    this.spark = spark;
    this.options = options;
    this.out = out;
    this.run = run;
  }

  record Output(List<String> people) {}

  Output run(Dataset<Row> messages, Dataset<Row> others, Map<String, Owner> owners) {
    return new Output(List.copyOf(owners.keySet()));
  }
}
