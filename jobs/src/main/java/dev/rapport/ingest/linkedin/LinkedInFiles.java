package dev.rapport.ingest.linkedin;

import dev.rapport.ingest.Ingest;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.Limits;
import dev.rapport.ingest.ReadTask;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LinkedIn exports as discovery and the reading tasks see them: which files are an export's CSVs, and one task's
 * records. Runs on executors; a problem is logged and becomes a quarantined record, counted per entry in run.json.
 *
 * <pre>{@code
 * InputPlan plan = InputDiscovery.discover(inputs, conf, InputDiscovery.Options.defaults(LinkedInFiles.READER));
 * JavaRDD<IngestRecord> records = Ingest.read(spark, plan, conf, zone, LinkedInFiles.READER);
 * }</pre>
 */
public final class LinkedInFiles implements Ingest.LinkedInReader {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(LinkedInFiles.class);

  public static final LinkedInFiles READER = new LinkedInFiles();

  private LinkedInFiles() {}

  @Override
  public boolean recognises(String fileName, byte[] head) {
    return LinkedInExportReader.looksLikeLinkedInCsv(fileName, head);
  }

  /** A hostile ZIP is refused as a whole: one quarantined record naming the problem, and nothing read from it. */
  @Override
  public List<IngestRecord> read(ReadTask task, InputStream in, ZoneId zone, Limits limits) throws IOException {
    if (task.kind() == ReadTask.Kind.LINKEDIN_CSV) {
      String name = task.entry().substring(task.entry().lastIndexOf('/') + 1);
      return LinkedInExportReader.readCsv(task.person(), task.entry(), name, in, zone, limits);
    }
    try {
      return LinkedInExportReader.readZip(task.person(), task.entry(), in, zone, ZipLimits.defaults(), limits);
    } catch (RuntimeException | StackOverflowError e) {
      // Commons Compress on a corrupt archive may throw what it does not declare
      LOG.warn("not a readable ZIP: {}: {}", task.entry(), e.toString());
      return List.of(IngestRecord.quarantined(task.person(), task.entry(), "linkedin", task.entry(), 0,
          "not a readable ZIP: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    } catch (UnsafeArchiveException e) {
      LOG.warn("refused {}", e.getMessage());
      return List.of(IngestRecord.quarantined(task.person(), task.entry(), "linkedin", task.entry(), 0,
          "refused: " + e.getMessage()));
    } catch (IOException e) {
      LOG.warn("not a readable ZIP: {}: {}", task.entry(), e.getMessage());
      return List.of(IngestRecord.quarantined(task.person(), task.entry(), "linkedin", task.entry(), 0,
          "not a readable ZIP: " + e.getMessage()));
    }
  }

  /** One reader per JVM: deserialising on an executor gives back the same instance. */
  private Object readResolve() {
    return READER;
  }
}
