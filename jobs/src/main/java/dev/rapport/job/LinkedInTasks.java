package dev.rapport.job;

import dev.rapport.identity.OwnerInference;
import dev.rapport.ingest.ContactKey;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.ReadTask;
import dev.rapport.ingest.linkedin.LinkedInExportReader;
import dev.rapport.ingest.linkedin.LinkedInOwner;
import dev.rapport.ingest.linkedin.UnsafeArchiveException;
import dev.rapport.ingest.linkedin.ZipLimits;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/** Connects LinkedIn exports to the run: reading tasks, and what the export says about its owner. */
final class LinkedInTasks {
  private LinkedInTasks() {}

  /** A hostile ZIP is refused as a whole: one quarantined record naming the problem, and nothing read from it. */
  static List<IngestRecord> read(ReadTask task, InputStream in, ZoneId zone) throws IOException {
    if (task.kind() == ReadTask.Kind.LINKEDIN_CSV) {
      String name = task.entry().substring(task.entry().lastIndexOf('/') + 1);
      return LinkedInExportReader.readCsv(task.person(), task.entry(), name, in, zone);
    }
    try {
      return LinkedInExportReader.readZip(task.person(), task.entry(), in, zone, ZipLimits.defaults());
    } catch (UnsafeArchiveException e) {
      System.err.println("rapport: refused " + e.getMessage());
      return List.of(IngestRecord.quarantined(task.person(), task.entry(), "linkedin", task.entry(), 0,
          "refused: " + e.getMessage()));
    } catch (IOException e) {
      return List.of(IngestRecord.quarantined(task.person(), task.entry(), "linkedin", task.entry(), 0,
          "not a readable ZIP: " + e.getMessage()));
    }
  }

  /** The owner as each person's LinkedIn export shows it; only people with an export appear. */
  static Map<String, OwnerInference.LinkedInSelf> owners(JavaRDD<IngestRecord> records) {
    Map<String, LinkedInOwner> merged = records
        .filter(r -> "linkedin".equals(r.format()) && (r.payload() != null || r.message() != null))
        .mapToPair(r -> new Tuple2<>(r.person(), r))
        .groupByKey()
        .flatMapValues(rs -> {
          List<IngestRecord> all = new java.util.ArrayList<>();
          rs.forEach(all::add);
          return LinkedInOwner.merge(all).stream().iterator();
        })
        .collectAsMap();
    Map<String, OwnerInference.LinkedInSelf> out = new HashMap<>();
    merged.forEach((person, o) -> {
      String profile = ContactKey.profileUrl(o.profileUrl()).map(ContactKey::value).orElse(null);
      out.put(person, new OwnerInference.LinkedInSelf(o.names(), o.emails(), profile));
    });
    return out;
  }
}
