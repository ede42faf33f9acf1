package dev.rapport.ingest.linkedin;

import static dev.rapport.ingest.linkedin.Fixtures.outcomes;
import static dev.rapport.ingest.linkedin.Fixtures.outcomesByEntry;
import static dev.rapport.ingest.linkedin.Fixtures.readCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.IngestRecord.Outcome;
import dev.rapport.ingest.MailMessage;
import dev.rapport.ingest.Party;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class LinkedInExportReaderTest {

  private static List<MailMessage> messages(List<IngestRecord> records) {
    return records.stream().filter(r -> r.message() != null).map(IngestRecord::message).toList();
  }

  private static MailMessage bySubject(List<IngestRecord> records, String subject) {
    return messages(records).stream().filter(m -> m.subject().equals(subject)).findFirst().orElseThrow();
  }

  private static MailMessage byText(List<IngestRecord> records, String start) {
    return messages(records).stream().filter(m -> m.ownText().startsWith(start)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> payloads(List<IngestRecord> records, Class<T> type) {
    return records.stream().filter(r -> type.isInstance(r.payload())).map(r -> (T) r.payload()).toList();
  }

  private static IngestRecord at(List<IngestRecord> records, long row) {
    return records.stream().filter(r -> r.position() == row).findFirst().orElseThrow();
  }

  // ---- every row accounted for, per vintage ----

  @Test
  void everyRowOfThe2018ExportIsAccountedFor() throws Exception {
    String prefix = "/data/avery/Basic_LinkedInDataExport_03-01-2018.zip";
    List<IngestRecord> all = LinkedInExportReader.readZip("avery", prefix,
        new ByteArrayInputStream(Fixtures.zip(Fixtures.vintage("2018"))), ZoneOffset.UTC, ZipLimits.defaults());
    assertEquals(Map.of(
        prefix + "!/Connections.csv", outcomes(3, 0, 0),
        prefix + "!/Email Addresses.csv", outcomes(1, 0, 0),
        prefix + "!/Invitations.csv", outcomes(2, 0, 0),
        prefix + "!/Messages.csv", outcomes(4, 1, 2),
        prefix + "!/Profile.csv", outcomes(1, 0, 0)), outcomesByEntry(all));
  }

  @Test
  void everyRowOfThe2022ExportIsAccountedFor() throws Exception {
    String prefix = "/data/avery/Basic_LinkedInDataExport_09-20-2022.zip";
    List<IngestRecord> all = LinkedInExportReader.readZip("avery", prefix,
        new ByteArrayInputStream(Fixtures.zip(Fixtures.vintage("2022"))), ZoneOffset.UTC, ZipLimits.defaults());
    assertEquals(Map.of(
        prefix + "!/Connections.csv", outcomes(4, 0, 0),
        prefix + "!/Email Addresses.csv", outcomes(2, 0, 0),
        prefix + "!/Invitations.csv", outcomes(2, 0, 1),
        prefix + "!/messages.csv", outcomes(7, 1, 0),
        prefix + "!/Profile.csv", outcomes(1, 0, 0)), outcomesByEntry(all));
  }

  @Test
  void everyRowOfThe2024ExportIsAccountedForAndUnknownFilesAreOneSkippedRecordEach() throws Exception {
    String prefix = "/data/avery/Complete_LinkedInDataExport_03-10-2024.zip";
    List<IngestRecord> all = LinkedInExportReader.readZip("avery", prefix,
        new ByteArrayInputStream(Fixtures.zip(Fixtures.vintage("2024"))), null, null);
    assertEquals(Map.of(
        prefix + "!/Connections.csv", outcomes(3, 0, 1),
        prefix + "!/Email Addresses.csv", outcomes(1, 0, 0),
        prefix + "!/Invitations.csv", outcomes(4, 0, 0),
        prefix + "!/messages.csv", outcomes(4, 2, 0),
        prefix + "!/Profile.csv", outcomes(1, 0, 0),
        prefix + "!/coach_messages.csv", outcomes(0, 1, 0),
        prefix + "!/Recommendations_Given.csv", outcomes(0, 1, 0)), outcomesByEntry(all));
    for (IngestRecord r : all) {
      assertEquals("linkedin", r.format());
      assertEquals(r.entry(), r.source());
      assertEquals("avery", r.person());
      if (r.outcome() != Outcome.PARSED) {
        assertNotNull(r.reason(), r.toString());
      }
    }
  }

  // ---- messages ----

  @Test
  void messages2018DirectionBecomesALabelAndFolderIsKept() {
    List<IngestRecord> r = readCsv("2018", "Messages.csv");
    MailMessage sent = bySubject(r, "RE: Coffee next week?");
    assertEquals(List.of("OUTGOING"), sent.labels());
    assertEquals("SENT", sent.folder());
    assertEquals(Party.named("Avery Quinn"), sent.from());
    assertEquals(List.of(Party.named("Priya Ramaswamy")), sent.to());
    assertEquals(List.of("INCOMING"), bySubject(r, "Old thread").labels());
    assertEquals("ARCHIVED", bySubject(r, "Old thread").folder());
    assertNull(sent.threadHint(), "2018 exports have no conversation id");
  }

  @Test
  void multiLineQuotedContentStaysOneRow() {
    MailMessage m = bySubject(readCsv("2018", "Messages.csv"), "RE: Coffee next week?");
    assertEquals("Thanks Priya! Tuesday works.\nSee you then.", m.ownText());
    assertEquals(2, m.position());
  }

  @Test
  void doubledQuotesInsideContentAreUnescaped() {
    assertEquals("An \"archived\" note, with commas, and quotes.",
        bySubject(readCsv("2018", "Messages.csv"), "Old thread").ownText());
  }

  @Test
  void usShortDateStyleInMessagesIsRead() {
    assertEquals(Instant.parse("2018-02-03T19:01:00Z"),
        bySubject(readCsv("2018", "Messages.csv"), "Short date style").date());
  }

  @Test
  void unparseableDateIsQuarantinedNamingTheDate() {
    IngestRecord q = at(readCsv("2018", "Messages.csv"), 6);
    assertEquals(Outcome.QUARANTINED, q.outcome());
    assertEquals("unparseable date", q.reason());
  }

  @Test
  void unquotedCommaShiftsColumnsAndIsQuarantined() {
    IngestRecord q = at(readCsv("2018", "Messages.csv"), 7);
    assertEquals(Outcome.QUARANTINED, q.outcome());
    assertEquals("row has 8 fields where the header has 7", q.reason());
  }

  @Test
  void draftWithEmptyFolderIsSkipped() {
    IngestRecord d = at(readCsv("2018", "Messages.csv"), 4);
    assertEquals(Outcome.SKIPPED, d.outcome());
    assertEquals("draft", d.reason());
  }

  @Test
  void messageDatesCarryUtc() {
    MailMessage m = byText(readCsv("2022", "messages.csv"), "Hi Avery, congratulations");
    assertEquals(Instant.parse("2022-09-08T18:08:14Z"), m.date());
    // the zone written in the cell wins over the zone given for zoneless dates
    List<IngestRecord> inLa = Fixtures.readCsv("2022/messages.csv", "messages.csv",
        Fixtures.resource("2022/messages.csv"), ZoneId.of("America/Los_Angeles"));
    assertEquals(m.date(), byText(inLa, "Hi Avery, congratulations").date());
  }

  @Test
  void senderProfileUrlBecomesTheSendersKeyAndConversationIdTheThreadHint() {
    MailMessage m = byText(readCsv("2022", "messages.csv"), "Hi Avery, congratulations");
    assertEquals(new Party("linkedin:priya-ramaswamy-0a1b2c", "Priya Ramaswamy"), m.from());
    assertEquals("2-YjE0ZGVmMDAtMTExMS00MjIyLWFhYWEtMDAwMDAwMDAwMDAx", m.threadHint());
    assertEquals("INBOX", m.folder());
    assertEquals("linkedin", m.format());
    assertEquals("2022/messages.csv", m.source());
  }

  @Test
  void recipientNameContainingACommaStaysOneRecipient() {
    MailMessage m = bySubject(readCsv("2022", "messages.csv"), "Question about the chartered path");
    assertEquals(List.of(Party.named("Rafael Okonkwo, FICS (UK)")), m.to());
    assertEquals("ARCHIVE", m.folder());
  }

  @Test
  void recipientsAreCountedAndIdentifiedFromProfileUrls() {
    MailMessage m = bySubject(readCsv("2024", "messages.csv"), "Study group");
    assertEquals(List.of(new Party("linkedin:rafael-okonkwo-fics", "Rafael Okonkwo, FICS (UK)"),
        new Party("linkedin:jun-park-44", "Jun Park")), m.to());
  }

  @Test
  void htmlInMailContentBecomesPlainText() {
    MailMessage m = bySubject(readCsv("2022", "messages.csv"), "Data Analyst role at Contoso");
    assertEquals("Hi Avery,\n\nI came across your profile and think you'd be a great fit.\n"
        + "Apply here (https://jobs.example.com/123).", m.ownText());
  }

  @Test
  void emptyContentIsKeptAsAMessage() {
    List<IngestRecord> r = readCsv("2022", "messages.csv");
    MailMessage m = messages(r).stream().filter(x -> x.from().key().equals("linkedin:jun-park-44")).findFirst()
        .orElseThrow();
    assertEquals("", m.ownText());
    assertNotNull(m.messageId());
  }

  @Test
  void templatePlaceholdersAreKeptVerbatim() {
    MailMessage m = byText(readCsv("2022", "messages.csv"), "Hi %FIRSTNAME%");
    assertEquals("Hi %FIRSTNAME%, I would love to connect and learn about {company}.", m.ownText());
  }

  @Test
  void spamFolderIsMarkedBulk() {
    MailMessage m = bySubject(readCsv("2022", "messages.csv"), "You won");
    assertTrue(m.isBulk());
    assertFalse(bySubject(readCsv("2022", "messages.csv"), "Data Analyst role at Contoso").isBulk());
  }

  @Test
  void draftWithEmptyConversationIdIsSkipped() {
    IngestRecord d = at(readCsv("2022", "messages.csv"), 8);
    assertEquals(Outcome.SKIPPED, d.outcome());
    assertEquals("draft", d.reason());
  }

  @Test
  void isMessageDraftYesIsSkippedEvenWithAConversationIdAndFolder() {
    IngestRecord d = at(readCsv("2024", "messages.csv"), 4);
    assertEquals(Outcome.SKIPPED, d.outcome());
    assertEquals("draft", d.reason());
  }

  @Test
  void conversationDraftIsSkipped() {
    assertEquals(Outcome.SKIPPED, at(readCsv("2024", "messages.csv"), 6).outcome());
  }

  @Test
  void messageIdIsStableDistinctAndDerivedFromContent() {
    List<MailMessage> once = messages(readCsv("2022", "messages.csv"));
    List<MailMessage> again = messages(readCsv("2022", "messages.csv"));
    assertEquals(once.stream().map(MailMessage::messageId).toList(),
        again.stream().map(MailMessage::messageId).toList());
    Set<String> ids = new HashSet<>();
    for (MailMessage m : once) {
      assertTrue(m.messageId().startsWith("linkedin:"), m.messageId());
      assertTrue(ids.add(m.messageId()), "duplicate id " + m.messageId());
    }
    // the same row in a later export, at another row number, keeps its id
    String text = Fixtures.text("2022/messages.csv");
    String[] lines = text.split("\n");
    String reordered = lines[0] + "\n" + lines[2] + "\n" + lines[1] + "\n";
    List<MailMessage> moved = messages(readCsv("messages.csv", reordered.getBytes(StandardCharsets.UTF_8)));
    assertEquals(once.get(0).messageId(), moved.get(1).messageId());
    assertEquals(2, moved.get(1).position());
  }

  @Test
  void percentEncodedUnicodeProfileSlugIsDecoded() {
    MailMessage m = byText(readCsv("2024", "messages.csv"), "Grüße aus Köln");
    assertEquals(new Party("linkedin:zoë-müller-łukasik", "Zoë Müller-Łukasik"), m.from());
  }

  @Test
  void crlfLineEndingsLeaveNoCarriageReturns() {
    for (MailMessage m : messages(readCsv("2024", "messages.csv"))) {
      assertFalse(m.ownText().contains("\r") || m.folder().contains("\r"), m.toString());
    }
    assertEquals("INBOX", bySubject(readCsv("2024", "messages.csv"), "Study group").folder());
  }

  @Test
  void unterminatedQuoteQuarantinesTheRestOfTheFileAsOneRecord() {
    String csv = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
        + "c1,,Ann Lee,,Avery Quinn,2022-01-01 10:00:00 UTC,,fine,INBOX\n"
        + "c1,,Ann Lee,,Avery Quinn,2022-01-02 10:00:00 UTC,,\"never closed,INBOX\n"
        + "c1,,Ann Lee,,Avery Quinn,2022-01-03 10:00:00 UTC,,swallowed,INBOX\n";
    List<IngestRecord> r = readCsv("messages.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, r.size());
    assertEquals(Outcome.PARSED, r.get(0).outcome());
    assertEquals(Outcome.QUARANTINED, r.get(1).outcome());
    assertTrue(r.get(1).reason().startsWith("malformed CSV from row 2 to the end of the file"), r.get(1).reason());
  }

  @Test
  void headerOnlyFileHasNoRecordsAndEmptyFileIsOneSkippedRecord() {
    assertEquals(List.of(), readCsv("messages.csv",
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
            .getBytes(StandardCharsets.UTF_8)));
    List<IngestRecord> empty = readCsv("messages.csv", new byte[0]);
    assertEquals(1, empty.size());
    assertEquals(Outcome.SKIPPED, empty.get(0).outcome());
    assertEquals("empty file", empty.get(0).reason());
  }

  // ---- connections ----

  @Test
  void connections2018DatesWithTimeGiveTheDay() {
    List<Connection> c = payloads(readCsv("2018", "Connections.csv"), Connection.class);
    assertEquals(new Connection("avery", "Priya", "Ramaswamy", null, "priya.r@example.org", "Northwind Traders",
        "Director of Partnerships", LocalDate.of(2018, 1, 8)), c.get(0));
    assertEquals(LocalDate.of(2017, 12, 30), c.get(1).connectedOn());
  }

  @Test
  void connectionsNotesPreambleLinesAreNotRecords() {
    List<IngestRecord> r = readCsv("2022", "Connections.csv");
    assertEquals(4, r.size());
    assertEquals(List.of(1L, 2L, 3L, 4L), r.stream().map(IngestRecord::position).toList());
    assertEquals("Priya", payloads(r, Connection.class).get(0).firstName());
  }

  @Test
  void connections2022DayMonthYearDatesAndMissingEmails() {
    List<Connection> c = payloads(readCsv("2022", "Connections.csv"), Connection.class);
    assertEquals(LocalDate.of(2022, 9, 9), c.get(0).connectedOn());
    assertNull(c.get(0).email());
    assertEquals("jun.park@example.com", c.get(2).email());
    assertNull(c.get(3).company());
    assertNull(c.get(3).position());
  }

  @Test
  void septAbbreviationOfSeptemberIsRead() {
    assertEquals(LocalDate.of(2022, 9, 14), payloads(readCsv("2022", "Connections.csv"), Connection.class).get(2)
        .connectedOn());
  }

  @Test
  void connections2024CarryTheProfileUrl() {
    List<IngestRecord> r = readCsv("2024", "Connections.csv");
    Connection zoe = payloads(r, Connection.class).get(2);
    assertEquals("https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller-%C5%82ukasik", zoe.profileUrl());
    assertEquals("Co-Founder & CTO", zoe.position());
    assertEquals(LocalDate.of(2024, 3, 5), zoe.connectedOn());
  }

  @Test
  void connectionWithUnreadableDateIsQuarantined() {
    IngestRecord q = at(readCsv("2024", "Connections.csv"), 4);
    assertEquals(Outcome.QUARANTINED, q.outcome());
    assertEquals("unparseable date", q.reason(), "the reason, not the row's text");
  }

  // ---- invitations ----

  @Test
  void invitationDatesWithoutZoneAreReadInTheGivenZone() {
    Invitation utc = payloads(readCsv("2022", "Invitations.csv"), Invitation.class).get(0);
    assertEquals(Instant.parse("2022-08-26T20:56:00Z"), utc.sentAt());
    assertTrue(utc.outgoing());
    List<IngestRecord> inLa = Fixtures.readCsv("2022/Invitations.csv", "Invitations.csv",
        Fixtures.resource("2022/Invitations.csv"), ZoneId.of("America/Los_Angeles"));
    assertEquals(Instant.parse("2022-08-27T03:56:00Z"), payloads(inLa, Invitation.class).get(0).sentAt());
  }

  @Test
  void invitationZoneDefaultsToUtcWhenNull() {
    List<IngestRecord> r = Fixtures.readCsv("2018/Invitations.csv", "Invitations.csv",
        Fixtures.resource("2018/Invitations.csv"), null);
    assertEquals(Instant.parse("2018-01-30T20:56:00Z"), payloads(r, Invitation.class).get(0).sentAt());
  }

  @Test
  void narrowNoBreakSpaceBeforePmIsRead() {
    Invitation i = payloads(readCsv("2024", "Invitations.csv"), Invitation.class).get(3);
    assertEquals(Instant.parse("2024-03-07T21:10:00Z"), i.sentAt());
  }

  @Test
  void invitationWithUnknownDirectionIsQuarantined() {
    IngestRecord q = at(readCsv("2022", "Invitations.csv"), 3);
    assertEquals(Outcome.QUARANTINED, q.outcome());
    assertEquals("invitation direction 'SIDEWAYS' is neither INCOMING nor OUTGOING", q.reason());
  }

  @Test
  void invitations2024CarryBothProfileUrls() {
    Invitation i = payloads(readCsv("2024", "Invitations.csv"), Invitation.class).get(1);
    assertFalse(i.outgoing());
    assertEquals("Zoë Müller-Łukasik", i.from());
    assertEquals("https://www.linkedin.com/in/avery-quinn-9z8y7x", i.inviteeProfileUrl());
    assertEquals("", i.message());
  }

  // ---- owner ----

  @Test
  void profileAndEmailAddressesGiveTheOwnerWithTheProfileUrlFromInvitations() throws Exception {
    List<IngestRecord> all = LinkedInExportReader.readZip("avery", "export.zip",
        new ByteArrayInputStream(Fixtures.zip(Fixtures.vintage("2024"))), null, null);
    LinkedInOwner owner = LinkedInOwner.merge(all).orElseThrow();
    assertEquals(List.of("Avery Marsh", "Avery Quinn"), owner.names());
    assertEquals(List.of("avery.quinn@example.edu"), owner.emails());
    assertEquals("https://www.linkedin.com/in/avery-quinn-9z8y7x", owner.profileUrl());
  }

  @Test
  void ownerProfileBefore2024ComesFromMessagesSentUnderTheOwnersName() throws Exception {
    List<IngestRecord> all = LinkedInExportReader.readZip("avery", "export.zip",
        new ByteArrayInputStream(Fixtures.zip(Fixtures.vintage("2022"))), null, null);
    LinkedInOwner owner = LinkedInOwner.merge(all).orElseThrow();
    assertEquals("https://www.linkedin.com/in/avery-quinn-9z8y7x", owner.profileUrl());
    assertEquals(List.of("aquinn.personal@example.net", "avery.quinn@example.edu", "linkedin:avery-quinn-9z8y7x",
        "name:avery marsh", "name:avery quinn"), owner.partyKeys());
  }

  @Test
  void everyOwnerEmailRowIsItsOwnRecordAndAddressesAreLowerCased() {
    List<IngestRecord> r = readCsv("2022", "Email Addresses.csv");
    assertEquals(2, r.size());
    assertEquals(List.of("aquinn.personal@example.net"), ((LinkedInOwner) r.get(1).payload()).emails());
    assertEquals(List.of("aquinn.personal@example.net", "avery.quinn@example.edu"),
        LinkedInOwner.merge(r).orElseThrow().emails());
    assertNull(LinkedInOwner.merge(r).orElseThrow().profileUrl());
  }

  // ---- encodings and unknown files ----

  @Test
  void utf16LeWithBomAndTabsIsReadLikeUtf8Commas() throws IOException {
    byte[] tsv = utf16le(toTabs(Fixtures.text("2024/Invitations.csv")), true);
    assertEquals(payloads(readCsv("2024", "Invitations.csv"), Invitation.class),
        payloads(readCsv("Invitations.csv", tsv), Invitation.class));
  }

  @Test
  void utf16LeWithoutBomIsReadWithItsPreamble() {
    byte[] bytes = utf16le(Fixtures.text("2022/Connections.csv"), false);
    List<IngestRecord> r = readCsv("Connections.csv", bytes);
    assertEquals(payloads(readCsv("2022", "Connections.csv"), Connection.class), payloads(r, Connection.class));
    assertEquals(4, r.size());
  }

  @Test
  void utf8BomBeforeTheHeaderIsIgnored() {
    byte[] plain = Fixtures.resource("2024/Invitations.csv");
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(plain, 0, withBom, 3, plain.length);
    assertEquals(payloads(readCsv("2024", "Invitations.csv"), Invitation.class),
        payloads(readCsv("Invitations.csv", withBom), Invitation.class));
  }

  @Test
  void unknownUtf16TabSeparatedSharesFileIsOneSkippedRecord() throws IOException {
    String shares = "Date\tShareLink\tShareCommentary\tSharedUrl\tMediaUrl\tVisibility\n"
        + "2022-05-01 10:00:00\thttps://www.linkedin.com/feed/update/urn:li:share:1\t\"Proud of the team\"\t\t\tMEMBER_NETWORK\n"
        + "2022-06-01 10:00:00\thttps://www.linkedin.com/feed/update/urn:li:share:2\t\"Hiring!\"\t\t\tMEMBER_NETWORK\n";
    List<IngestRecord> r = readCsv("Shares.csv", utf16le(shares, true));
    assertEquals(1, r.size());
    assertEquals(Outcome.SKIPPED, r.get(0).outcome());
    assertEquals("unknown LinkedIn file", r.get(0).reason());
    assertEquals(0, r.get(0).position());
  }

  @Test
  void coachMessagesWithAMessageLikeHeaderAreAnUnknownFile() {
    List<IngestRecord> r = readCsv("2024", "coach_messages.csv");
    assertEquals(1, r.size());
    assertEquals("unknown LinkedIn file", r.get(0).reason());
  }

  @Test
  void nonCsvEntryOfAZipIsOneSkippedRecord() throws Exception {
    List<IngestRecord> r = LinkedInExportReader.readZip("avery", "export.zip", new ByteArrayInputStream(Fixtures.zip(
        Map.of("Articles/Articles/hello.html", "<html>hi</html>".getBytes(StandardCharsets.UTF_8)))), null, null);
    assertEquals(1, r.size());
    assertEquals("export.zip!/Articles/Articles/hello.html", r.get(0).entry());
    assertEquals("unknown LinkedIn file", r.get(0).reason());
  }

  @Test
  void looksLikeLinkedInCsvJudgesByContent() throws IOException {
    for (String v : List.of("2018", "2022", "2024")) {
      for (Map.Entry<String, byte[]> f : Fixtures.vintage(v).entrySet()) {
        boolean read = !f.getKey().equals("coach_messages.csv") && !f.getKey().equals("Recommendations_Given.csv");
        assertEquals(read, LinkedInExportReader.looksLikeLinkedInCsv(f.getKey(), f.getValue()), v + "/" + f.getKey());
      }
    }
    byte[] renamed = Fixtures.resource("2024/messages.csv");
    assertTrue(LinkedInExportReader.looksLikeLinkedInCsv("inbox-export.txt", renamed));
    assertTrue(LinkedInExportReader.looksLikeLinkedInCsv("Invitations.csv",
        utf16le(toTabs(Fixtures.text("2024/Invitations.csv")), true)));
    byte[] mbox = "From MAILER-DAEMON Wed Mar 25 23:05:15 2020\nFrom: a@example.org\n\nhello\n"
        .getBytes(StandardCharsets.UTF_8);
    assertFalse(LinkedInExportReader.looksLikeLinkedInCsv("Inbox", mbox));
    assertFalse(LinkedInExportReader.looksLikeLinkedInCsv("people.csv",
        "name,email\nAnn,ann@example.org\n".getBytes(StandardCharsets.UTF_8)));
    assertFalse(LinkedInExportReader.looksLikeLinkedInCsv("messages.csv", new byte[0]));
  }

  @Test
  void firstBytesCutInsideThePreambleStillRecogniseConnections() {
    byte[] all = Fixtures.resource("2024/Connections.csv");
    int headerEnd = Fixtures.text("2024/Connections.csv").indexOf("Connected On") + "Connected On".length() + 1;
    byte[] cut = java.util.Arrays.copyOf(all, headerEnd + 40);
    assertEquals(LinkedInFormat.CONNECTIONS_2024, LinkedInExportReader.recognise("Connections.csv", cut).orElseThrow());
    assertEquals(LinkedInFormat.CONNECTIONS_2022,
        LinkedInExportReader.recognise("Connections.csv", Fixtures.resource("2022/Connections.csv")).orElseThrow());
    assertEquals(LinkedInFormat.CONNECTIONS_2018,
        LinkedInExportReader.recognise("Connections.csv", Fixtures.resource("2018/Connections.csv")).orElseThrow());
  }

  private static byte[] utf16le(String text, boolean bom) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    if (!bom) {
      return body;
    }
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) 0xff;
    out[1] = (byte) 0xfe;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  private static String toTabs(String csv) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.TDF)) {
      for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(csv))) {
        p.printRecord(r.toList());
      }
    }
    return sb.toString();
  }
}
