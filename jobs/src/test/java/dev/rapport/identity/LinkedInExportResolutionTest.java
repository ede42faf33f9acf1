package dev.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.Party;
import dev.rapport.ingest.linkedin.Connection;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.ingest.linkedin.LinkedInExportReader;
import dev.rapport.ingest.linkedin.LinkedInOwner;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reader and the resolver together, as the pipeline uses them, on the synthetic 2024 export plus mail. */
class LinkedInExportResolutionTest {

  private static List<IngestRecord> read2024() throws Exception {
    List<IngestRecord> all = new ArrayList<>();
    for (String f : List.of("messages.csv", "Connections.csv", "Invitations.csv", "Profile.csv",
        "Email Addresses.csv")) {
      try (InputStream in = LinkedInExportResolutionTest.class.getResourceAsStream("/linkedin/2024/" + f)) {
        all.addAll(LinkedInExportReader.readCsv("avery", "export/" + f, f, in, null));
      }
    }
    return all;
  }

  @Test
  void takeoutMailAndLinkedInConnectionAndMessagesAreOneContactWithBothSources() throws Exception {
    List<IngestRecord> records = read2024();
    LinkedInOwner owner = LinkedInOwner.merge(records).orElseThrow();
    List<Observation> obs = new ArrayList<>();
    List<Connection> connections = new ArrayList<>();
    for (IngestRecord r : records) {
      if (r.message() != null) {
        obs.addAll(Observation.allOf(r.message()));
      } else if (r.payload() instanceof Connection c) {
        connections.add(c);
      } else if (r.payload() instanceof Invitation i) {
        Observation.ofInvitation(i).ifPresent(obs::add);
      }
    }
    // what a Google Takeout message from Priya would contribute
    obs.add(Observation.of(Party.email("Priya.R@example.org", "Priya Ramaswamy"), "email",
        Instant.parse("2024-02-01T09:00:00Z")));
    obs.add(Observation.of(Party.email("avery.quinn@example.edu", "Avery Quinn"), "email",
        Instant.parse("2024-02-01T09:00:00Z")));

    Resolution r = ContactResolver.resolve(owner.partyKeys(), obs, connections);

    Contact priya = r.contacts().stream().filter(c -> c.key().equals("linkedin:priya-ramaswamy-0a1b2c"))
        .findFirst().orElseThrow();
    assertEquals(List.of("email", "linkedin-connections", "linkedin-messages"), priya.sources());
    assertEquals(List.of("linkedin:priya-ramaswamy-0a1b2c", "priya.r@example.org"), priya.aliases());
    assertEquals(Seniority.SENIOR, priya.seniority(), "VP Partnerships");
    assertEquals(Instant.parse("2024-02-01T09:00:00Z"), priya.firstExchange());
    assertEquals(Instant.parse("2024-03-04T17:40:00Z"), priya.lastExchange());
    assertEquals("linkedin:priya-ramaswamy-0a1b2c", r.contactKeyOf("priya.r@example.org"));

    assertNull(r.contactKeyOf("linkedin:avery-quinn-9z8y7x"), "the owner is nobody's contact");
    assertNull(r.contactKeyOf("avery.quinn@example.edu"));

    Map<String, String> seniority = r.contacts().stream()
        .collect(Collectors.toMap(Contact::key, c -> c.seniority().label(), (a, b) -> a, TreeMap::new));
    assertEquals(Map.of(
        "linkedin:priya-ramaswamy-0a1b2c", "senior",
        "linkedin:jun-park-44", "other",
        "linkedin:zoë-müller-łukasik", "senior",
        "linkedin:lena-voss", "unknown",
        "linkedin:rafael-okonkwo-fics", "unknown",
        "linkedin:dana-whitfield-talent", "unknown"), seniority);
    assertEquals(0, r.ambiguousCount());
  }
}
