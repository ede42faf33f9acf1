package dev.rapport.job;

import dev.rapport.identity.OwnerInference;
import dev.rapport.ingest.ContactKey;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.linkedin.LinkedInExportReader;
import dev.rapport.ingest.linkedin.LinkedInOwner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/** What each person's LinkedIn export says about its owner, gathered from the ingested records. */
final class LinkedInTasks {
  private LinkedInTasks() {}

  /** The owner as each person's LinkedIn export shows it; only people with an export appear. */
  static Map<String, OwnerInference.LinkedInSelf> owners(JavaRDD<IngestRecord> records, int partitions) {
    Map<String, LinkedInOwner> merged = records
        .filter(r -> "linkedin".equals(r.format()) && (r.payload() != null || r.message() != null))
        .mapToPair(r -> new Tuple2<>(r.person(), r))
        .groupByKey(partitions)
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
