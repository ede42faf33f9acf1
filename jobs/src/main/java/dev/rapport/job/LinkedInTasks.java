package dev.rapport.job;

import dev.rapport.identity.OwnerInference;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.ReadTask;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Connects LinkedIn exports to the run: reading tasks, and the owner's own profile. */
final class LinkedInTasks {
  private LinkedInTasks() {}

  static List<IngestRecord> read(ReadTask task, InputStream in, ZoneId zone) {
    return List.of(IngestRecord.skipped(task.person(), task.entry(), "linkedin", task.entry(), 0,
        "LinkedIn export: reader not yet available"));
  }

  static Map<String, OwnerInference.LinkedInSelf> owners(SparkSession spark, Dataset<Row> messages) {
    return Map.of();
  }
}
