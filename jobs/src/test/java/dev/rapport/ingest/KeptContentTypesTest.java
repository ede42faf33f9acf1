package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.testing.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.DefaultFieldParser;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.james.mime4j.util.ContentUtil;
import org.junit.jupiter.api.Test;

/** A kept Content-Type parse answers exactly what mime4j's own parse of the field answers, broken values included. */
class KeptContentTypesTest {

  /**
   * Every Content-Type value (folded lines joined) in the Lay and Skilling mail and in the broken MIME of
   * {@code mail-edge-cases} (mime4j's and sisimai's test messages, parts included), and a few more broken ones.
   */
  private static List<String> values() throws IOException {
    List<String> texts = new ArrayList<>(Corpora.enronHeaders(1));
    try (Stream<Path> files = Files.walk(Corpora.root().resolve("mail-edge-cases"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).replace("\r\n", "\n"));
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String text : texts) {
      String[] lines = text.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          StringBuilder v = new StringBuilder(lines[i].substring("content-type:".length()));
          while (i + 1 < lines.length && !lines[i + 1].isEmpty() && (lines[i + 1].charAt(0) == ' '
              || lines[i + 1].charAt(0) == '\t')) {
            v.append("\r\n").append(lines[++i]);
          }
          out.add(v.toString());
        }
      }
    }
    out.addAll(List.of(" text/plain; charset=\"utf-8", " text", " /html", " ;;;", " TEXT/HTML; CHARSET=ISO-8859-1",
        " multipart/mixed; boundary=\"----=_Part_1\"", " multipart/alternative; boundary=abc def",
        " text/plain; charset*=utf-8''%E2%82%AC", " text/plain; name=\"a\\\"b\"", " application/pdf; name=résumé.pdf",
        " text/plain (comment); charset=us-ascii", " text/plain; charset=", "", " \u0000\u0001"));
    return new ArrayList<>(out);
  }

  private static RawField field(String value) throws MimeException {
    ByteSequence raw = ContentUtil.encode("Content-Type:" + value);
    return RawFieldParser.DEFAULT.parseField(raw);
  }

  @Test
  void keptParsesAnswerAsMime4jsOwnOnEnronAndBrokenValues() throws Exception {
    List<String> values = values();
    assertTrue(values.size() > 300, "expected the corpora's Content-Type values, got " + values.size());
    int kept = 0;
    for (String v : values) {
      for (int pass = 0; pass < 2; pass++) {
        RawField raw = field(v);
        ContentTypeField own = (ContentTypeField) DefaultFieldParser.getParser().parse(raw, DecodeMonitor.SILENT);
        ParsedField parsed = KeptContentTypes.PARSER.parse(raw, DecodeMonitor.SILENT);
        ContentTypeField ours = (ContentTypeField) parsed;
        String what = "Content-Type:" + v + " (pass " + pass + ")";
        assertEquals(own.getName(), ours.getName(), what);
        assertEquals(own.getNameLowerCase(), ours.getNameLowerCase(), what);
        assertEquals(own.getBody(), ours.getBody(), what);
        assertEquals(own.getRaw(), ours.getRaw(), what);
        assertEquals(own.getMimeType(), ours.getMimeType(), what);
        assertEquals(own.getMediaType(), ours.getMediaType(), what);
        assertEquals(own.getSubType(), ours.getSubType(), what);
        assertEquals(own.getParameters(), ours.getParameters(), what);
        assertEquals(own.getBoundary(), ours.getBoundary(), what);
        assertEquals(own.getCharset(), ours.getCharset(), what);
        assertEquals(own.isMultipart(), ours.isMultipart(), what);
        assertEquals(own.isValidField(), ours.isValidField(), what);
        assertEquals(own.isMimeType("text/plain"), ours.isMimeType("text/plain"), what);
        if (pass == 1 && v.length() <= 512 && ours.getClass() != own.getClass()) {
          kept++;
        }
      }
    }
    // the second pass of (nearly) every value comes from what was kept, or the test compares nothing
    assertTrue(kept > values.size() / 2, "only " + kept + " of " + values.size() + " second parses were kept");
  }

  @Test
  void keptValuesAreBounded() throws Exception {
    for (int i = 0; i <= KeptContentTypes.KEPT + 10; i++) {
      KeptContentTypes.PARSER.parse(field(" multipart/mixed; boundary=b" + i), DecodeMonitor.SILENT);
      assertTrue(KeptContentTypes.keptValues() <= KeptContentTypes.KEPT);
    }
    ParsedField other = KeptContentTypes.PARSER.parse(RawFieldParser.DEFAULT.parseField(ContentUtil.encode(
        "Subject: text/plain")), DecodeMonitor.SILENT);
    assertFalse(other instanceof ContentTypeField, "only Content-Type fields are kept");
    assertNotSame(null, other);
  }
}
