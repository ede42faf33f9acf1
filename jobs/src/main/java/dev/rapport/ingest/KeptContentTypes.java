package dev.rapport.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.FieldParser;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.ParseException;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.DefaultFieldParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * mime4j's own field parser ({@link DefaultFieldParser}), except that a {@code Content-Type} value already parsed in
 * this JVM is not parsed again. The body descriptor of every message and part parses its Content-Type with a
 * JavaCC parser that allocates about 40 KB of buffers each time: in a flight recording of ingest over 40,304 Enron
 * messages that was a sixth of the executors' samples, while a mailbox repeats a handful of values
 * ({@code text/plain; charset=us-ascii}). The parse reads the field's body and nothing else, so the kept result is
 * what parsing again would give; each field still answers its own name, body and raw bytes.
 *
 * <pre>{@code
 * new MimeStreamParser(config, DecodeMonitor.SILENT,
 *     new DefaultBodyDescriptorBuilder(null, KeptContentTypes.PARSER, DecodeMonitor.SILENT));
 * }</pre>
 */
final class KeptContentTypes implements FieldParser<ParsedField> {

  static final FieldParser<ParsedField> PARSER = new KeptContentTypes();

  /** Distinct values kept; past this the map starts again (multipart boundaries make most values unique). */
  static final int KEPT = 4096;
  /** Longer values are parsed each time: a kept value is held for the life of the JVM. */
  private static final int KEPT_LENGTH = 512;

  private static final Map<String, ContentTypeField> PARSED = new ConcurrentHashMap<>();

  private KeptContentTypes() {}

  /** Values kept now; for tests. */
  static int keptValues() {
    return PARSED.size();
  }

  @Override
  public ParsedField parse(Field raw, DecodeMonitor monitor) {
    ParsedField field = DefaultFieldParser.getParser().parse(raw, monitor);
    String body = raw.getBody();
    if (!(field instanceof ContentTypeField) || body == null || body.length() > KEPT_LENGTH) {
      return field;
    }
    ContentTypeField parsed = PARSED.get(body);
    if (parsed == null) {
      parsed = (ContentTypeField) field;
      parsed.getMimeType(); // parses it, once, before other threads can read it
      if (PARSED.size() >= KEPT) {
        PARSED.clear();
      }
      PARSED.put(body, parsed);
      return field;
    }
    return new Kept(raw, parsed);
  }

  /** A Content-Type field: its own name, body and raw bytes, and the parse of an earlier field with the same body. */
  private record Kept(Field raw, ContentTypeField parsed) implements ContentTypeField {
    @Override
    public String getName() {
      return raw.getName();
    }

    @Override
    public String getNameLowerCase() {
      return raw.getNameLowerCase();
    }

    @Override
    public String getBody() {
      return raw.getBody();
    }

    @Override
    public ByteSequence getRaw() {
      return raw.getRaw();
    }

    @Override
    public ByteSequence getSafeRaw() {
      return raw.getSafeRaw();
    }

    @Override
    public boolean isValidField() {
      return parsed.isValidField();
    }

    @Override
    public ParseException getParseException() {
      return parsed.getParseException();
    }

    @Override
    public String getMimeType() {
      return parsed.getMimeType();
    }

    @Override
    public String getMediaType() {
      return parsed.getMediaType();
    }

    @Override
    public String getSubType() {
      return parsed.getSubType();
    }

    @Override
    public String getParameter(String name) {
      return parsed.getParameter(name);
    }

    @Override
    public Map<String, String> getParameters() {
      return parsed.getParameters();
    }

    @Override
    public boolean isMimeType(String mimeType) {
      return parsed.isMimeType(mimeType);
    }

    @Override
    public boolean isMultipart() {
      return parsed.isMultipart();
    }

    @Override
    public String getBoundary() {
      return parsed.getBoundary();
    }

    @Override
    public String getCharset() {
      return parsed.getCharset();
    }

    @Override
    public String toString() {
      return raw.toString();
    }
  }
}
