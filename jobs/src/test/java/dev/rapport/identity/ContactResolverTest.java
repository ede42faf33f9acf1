package dev.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ingest.linkedin.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactResolverTest {
  private static final Set<String> OWNER = Set.of("avery.quinn@example.edu", "linkedin:avery-quinn-9z8y7x",
      "name:avery quinn");

  private static Observation mail(String address, String name, String when) {
    return new Observation(address, name, "email", Instant.parse(when));
  }

  private static Observation linkedIn(String key, String name, String when) {
    return new Observation(key, name, "linkedin-messages", Instant.parse(when));
  }

  private static Connection connection(String first, String last, String url, String email, String company,
      String position, LocalDate on) {
    return new Connection("avery", first, last, url, email, company, position, on);
  }

  private static Resolution resolve(List<Observation> observations, List<Connection> connections) {
    return ContactResolver.resolve(OWNER, observations, connections);
  }

  private static Contact only(Resolution r) {
    assertEquals(1, r.contacts().size(), r.contacts().toString());
    return r.contacts().get(0);
  }

  @Test
  void oneContactAcrossTakeoutMailLinkedInConnectionAndLinkedInMessages() {
    Resolution r = resolve(List.of(
            mail("ann.lee@acme.example", "Ann Lee", "2023-01-05T10:00:00Z"),
            mail("Ann.Lee@Acme.example", "Lee, Ann", "2023-02-01T10:00:00Z"),
            linkedIn("linkedin:ann-lee-1a2b", "Ann Lee", "2022-11-20T09:00:00Z")),
        List.of(connection("Ann", "Lee", "https://www.linkedin.com/in/ann-lee-1a2b/", "ann.lee@acme.example",
            "Acme", "Director of Engineering", LocalDate.of(2022, 9, 9))));
    Contact ann = only(r);
    assertEquals(new Contact("linkedin:ann-lee-1a2b", "Ann Lee", List.of("linkedin:ann-lee-1a2b", "ann.lee@acme.example"),
        List.of("email", "linkedin-connections", "linkedin-messages"), "Director of Engineering", "Acme",
        Instant.parse("2022-11-20T09:00:00Z"), Instant.parse("2023-02-01T10:00:00Z"), LocalDate.of(2022, 9, 9)), ann);
    assertEquals(Seniority.SENIOR, ann.seniority());
    assertEquals("linkedin:ann-lee-1a2b", r.contactKeyOf("ann.lee@acme.example"));
    assertEquals("linkedin:ann-lee-1a2b", r.contactKeyOf("linkedin:ann-lee-1a2b"));
    assertEquals(0, r.ambiguousCount());
  }

  @Test
  void oneContactWhen2022ConnectionHasNeitherUrlNorEmail() {
    Resolution r = resolve(List.of(
            mail("ann.lee@acme.example", "Ann Lee", "2023-01-05T10:00:00Z"),
            linkedIn("linkedin:ann-lee-1a2b", "Ann Lee", "2022-11-20T09:00:00Z")),
        List.of(connection("Ann", "Lee", null, null, "Acme", "Engineer", LocalDate.of(2022, 9, 9))));
    Contact ann = only(r);
    assertEquals("linkedin:ann-lee-1a2b", ann.key());
    assertEquals(List.of("email", "linkedin-connections", "linkedin-messages"), ann.sources());
    assertEquals(Seniority.OTHER, ann.seniority());
  }

  @Test
  void sameProfileSlugIsOneContactWhateverTheNameShown() {
    Resolution r = resolve(List.of(
        linkedIn("linkedin:ann-lee-1a2b", "Ann Lee", "2022-11-20T09:00:00Z"),
        new Observation("linkedin:ann-lee-1a2b", "Annie L.", "linkedin-invitations", null)), List.of());
    Contact ann = only(r);
    assertEquals("Ann Lee", ann.displayName());
    assertEquals(List.of("linkedin-invitations", "linkedin-messages"), ann.sources());
  }

  @Test
  void connectionEmailJoinsItsProfileWithoutAnyName() {
    Resolution r = resolve(List.of(
            mail("a.l@acme.example", "", "2023-01-05T10:00:00Z"),
            linkedIn("linkedin:ann-lee-1a2b", "Ann Lee", "2022-11-20T09:00:00Z")),
        List.of(connection("Ann", "Lee", "https://www.linkedin.com/in/ann-lee-1a2b", "A.L@acme.example", null, null,
            null)));
    assertEquals(List.of("linkedin:ann-lee-1a2b", "a.l@acme.example"), only(r).aliases());
    assertEquals(Seniority.UNKNOWN, only(r).seniority());
  }

  @Test
  void fullNameUniqueInEachSourceJoinsAddressAndProfile() {
    Resolution r = resolve(List.of(
        mail("ann@contoso.example", "Ann Lee", "2023-01-05T10:00:00Z"),
        linkedIn("linkedin:ann-lee-1a2b", "Ann Lee", "2022-11-20T09:00:00Z")), List.of());
    assertEquals("linkedin:ann-lee-1a2b", r.contactKeyOf("ann@contoso.example"));
    assertEquals(0, r.ambiguousCount());
  }

  @Test
  void lastCommaFirstAndNameInTheAddressAlsoJoin() {
    Resolution r = resolve(List.of(
        mail("lee@contoso.example", "Lee, Ann", "2023-01-05T10:00:00Z"),
        mail("bo.chen@contoso.example", "", "2023-01-06T10:00:00Z"),
        linkedIn("linkedin:ann-lee-1a2b", "Ann Lee", "2022-11-20T09:00:00Z"),
        linkedIn("linkedin:bo-chen", "Bo Chen", "2022-11-21T09:00:00Z")), List.of());
    assertEquals(2, r.contacts().size());
    assertEquals("linkedin:ann-lee-1a2b", r.contactKeyOf("lee@contoso.example"));
    assertEquals("linkedin:bo-chen", r.contactKeyOf("bo.chen@contoso.example"));
  }

  @Test
  void twoPeopleSharingAFirstNameAreNotMerged() {
    Resolution r = resolve(List.of(
        mail("ann.lee@acme.example", "Ann Lee", "2023-01-05T10:00:00Z"),
        mail("ann@fabrikam.example", "Ann Smith", "2023-01-05T11:00:00Z"),
        linkedIn("linkedin:ann-k", "Ann", "2022-11-20T09:00:00Z"),
        mail("ann@tailspin.example", "Ann", "2023-01-07T11:00:00Z")), List.of());
    assertEquals(4, r.contacts().size());
    assertEquals(0, r.ambiguousCount(), "different people, nothing ambiguous about them");
  }

  @Test
  void commonFullNameWithTwoAddressesIsNotMergedAndIsCounted() {
    Resolution r = resolve(List.of(
        mail("john.smith@alpha.example", "John Smith", "2023-01-05T10:00:00Z"),
        mail("jsmith@beta.example", "John Smith", "2023-01-06T10:00:00Z")), List.of());
    assertEquals(2, r.contacts().size());
    assertNotEquals(r.contactKeyOf("john.smith@alpha.example"), r.contactKeyOf("jsmith@beta.example"));
    assertEquals(List.of("john smith: kept apart: john.smith@alpha.example | jsmith@beta.example"), r.ambiguities());
  }

  @Test
  void profileDoesNotPickBetweenTwoAddressesOnTheNameAlone() {
    Resolution r = resolve(List.of(
        mail("john.smith@alpha.example", "John Smith", "2023-01-05T10:00:00Z"),
        mail("jsmith@beta.example", "John Smith", "2023-01-06T10:00:00Z"),
        linkedIn("linkedin:john-smith-9", "John Smith", "2022-11-20T09:00:00Z")), List.of());
    assertEquals(3, r.contacts().size(), "both local parts spell the name: no evidence to choose");
    assertEquals(1, r.ambiguousCount());
  }

  @Test
  void connectionCompanyMatchingTheDomainPicksTheAddress() {
    Resolution r = resolve(List.of(
            mail("john.smith@acme.example", "John Smith", "2023-01-05T10:00:00Z"),
            mail("jsmith@gmail.com", "John Smith", "2023-01-06T10:00:00Z")),
        List.of(connection("John", "Smith", "https://www.linkedin.com/in/john-smith-9", null, "Acme Corp",
            "Head of Sales", LocalDate.of(2021, 3, 1))));
    assertEquals("linkedin:john-smith-9", r.contactKeyOf("john.smith@acme.example"));
    assertEquals("jsmith@gmail.com", r.contactKeyOf("jsmith@gmail.com"));
    assertEquals(1, r.ambiguousCount());
  }

  @Test
  void localPartSinglesOutTheAddressForTheOnlyProfile() {
    Resolution r = resolve(List.of(
        mail("ann.lee@alpha.example", "Ann Lee", "2023-01-05T10:00:00Z"),
        mail("events@beta.example", "Ann Lee", "2023-01-06T10:00:00Z"),
        linkedIn("linkedin:ann-lee-1a2b", "Ann Lee", "2022-11-20T09:00:00Z")), List.of());
    assertEquals("linkedin:ann-lee-1a2b", r.contactKeyOf("ann.lee@alpha.example"));
    assertEquals("events@beta.example", r.contactKeyOf("events@beta.example"));
    assertEquals(1, r.ambiguousCount());
  }

  @Test
  void twoProfilesWithOneNameStayApart() {
    Resolution r = resolve(List.of(
        linkedIn("linkedin:john-smith-1", "John Smith", "2022-11-20T09:00:00Z"),
        linkedIn("linkedin:john-smith-2", "John Smith", "2022-11-21T09:00:00Z"),
        mail("jsmith@beta.example", "John Smith", "2023-01-06T10:00:00Z")), List.of());
    assertEquals(3, r.contacts().size());
    assertEquals(1, r.ambiguousCount());
  }

  @Test
  void twoConnectionsKnownOnlyByOneNameAreTwoContacts() {
    Resolution r = resolve(List.of(), List.of(
        connection("John", "Smith", null, null, "Alpha", "Analyst", LocalDate.of(2020, 1, 1)),
        connection("John", "Smith", null, null, "Beta", "CEO", LocalDate.of(2021, 1, 1))));
    assertEquals(List.of("name:john smith", "name:john smith#2"), r.contacts().stream().map(Contact::key).toList());
    assertEquals(1, r.ambiguousCount());
    assertEquals(Set.of("Alpha", "Beta"), Set.of(r.contacts().get(0).company(), r.contacts().get(1).company()));
  }

  @Test
  void observedNameKeyStaysWithItsOwnContactWhenConnectionsShareTheName() {
    Resolution r = resolve(List.of(linkedIn("name:john smith", "John Smith", "2018-01-01T09:00:00Z")), List.of(
        connection("John", "Smith", null, null, "Alpha", "Analyst", LocalDate.of(2020, 1, 1)),
        connection("John", "Smith", null, null, "Beta", "CEO", LocalDate.of(2021, 1, 1))));
    assertEquals(3, r.contacts().size());
    Contact observed = r.contacts().stream().filter(c -> c.key().equals("name:john smith")).findFirst().orElseThrow();
    assertEquals(List.of("linkedin-messages"), observed.sources());
    assertEquals("name:john smith", r.contactKeyOf("name:john smith"));
  }

  @Test
  void roleAddressSeenUnderManyNamesIsNotJoinedByName() {
    Resolution r = resolve(List.of(
        mail("info@acme.example", "Ann Lee", "2023-01-05T10:00:00Z"),
        mail("info@acme.example", "Bo Chen", "2023-01-06T10:00:00Z"),
        mail("info@acme.example", "Cy Diaz", "2023-01-07T10:00:00Z"),
        linkedIn("linkedin:ann-lee-1a2b", "Ann Lee", "2022-11-20T09:00:00Z")), List.of());
    assertEquals(2, r.contacts().size());
  }

  @Test
  void ownerKeysAndOwnerNameNeverBecomeOrJoinContacts() {
    Resolution r = resolve(List.of(
            mail("avery.quinn@example.edu", "Avery Quinn", "2023-01-05T10:00:00Z"),
            linkedIn("linkedin:avery-quinn-9z8y7x", "Avery Quinn", "2023-01-05T10:00:00Z"),
            linkedIn("name:avery quinn", "Avery Quinn", "2018-01-05T10:00:00Z"),
            mail("aq@other.example", "Avery Quinn", "2023-01-06T10:00:00Z"),
            linkedIn("linkedin:avery-quinn-42", "Avery Quinn", "2023-01-07T10:00:00Z")),
        List.of(connection("Avery", "Quinn", null, "AVERY.QUINN@example.edu", null, null, null)));
    assertNull(r.contactKeyOf("avery.quinn@example.edu"));
    assertNull(r.contactKeyOf("linkedin:avery-quinn-9z8y7x"));
    assertNull(r.contactKeyOf("name:avery quinn"));
    assertNull(r.contactKeyOf("never-seen@example.org"));
    assertEquals(List.of("aq@other.example", "linkedin:avery-quinn-42"),
        r.contacts().stream().map(Contact::key).sorted().toList());
  }

  @Test
  void sameInputInAnyOrderGivesTheSameResolution() {
    List<Observation> obs = new ArrayList<>(List.of(
        mail("john.smith@acme.example", "John Smith", "2023-01-05T10:00:00Z"),
        mail("jsmith@gmail.com", "John Smith", "2023-01-06T10:00:00Z"),
        mail("ann.lee@acme.example", "Ann Lee", "2023-01-05T10:00:00Z"),
        linkedIn("linkedin:ann-lee-1a2b", "Ann Lee", "2022-11-20T09:00:00Z"),
        linkedIn("name:bo chen", "Bo Chen", "2018-03-01T09:00:00Z"),
        mail("bo.chen@contoso.example", "Bo Chen", "2023-03-01T09:00:00Z")));
    List<Connection> conns = new ArrayList<>(List.of(
        connection("John", "Smith", "https://www.linkedin.com/in/john-smith-9", null, "Acme Corp", "VP", null),
        connection("John", "Smith", null, null, "Beta", "CEO", LocalDate.of(2021, 1, 1)),
        connection("Bo", "Chen", null, null, "Contoso", "Analyst", LocalDate.of(2019, 1, 1))));
    Resolution first = resolve(obs, conns);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(obs, random);
      Collections.shuffle(conns, random);
      assertEquals(first, resolve(obs, conns));
    }
    assertEquals(first.contacts().stream().map(Contact::key).sorted().toList(),
        first.contacts().stream().map(Contact::key).toList());
  }

  @Test
  void linkedInMemberIsNeverJoinedByName() {
    Resolution r = resolve(List.of(
        linkedIn("name:linkedin member", "LinkedIn Member", "2022-11-20T09:00:00Z"),
        mail("member@contoso.example", "LinkedIn Member", "2023-01-06T10:00:00Z")), List.of());
    assertEquals(2, r.contacts().size());
    assertEquals(0, r.ambiguousCount());
  }

  @Test
  void observationsOfAMessageAndOfAnInvitation() {
    dev.rapport.ingest.MailMessage m = new dev.rapport.ingest.MailMessage("avery", "mbox", "mbox", 0, "<1@x>", null,
        null, null, Instant.parse("2023-01-05T10:00:00Z"), dev.rapport.ingest.Party.email("Ann@Acme.example", "Ann"),
        List.of(dev.rapport.ingest.Party.email("avery.quinn@example.edu", "Avery")),
        List.of(dev.rapport.ingest.Party.named("")), "s", "", "", null, null, null, null);
    assertEquals(List.of(new Observation("ann@acme.example", "Ann", "email", m.date()),
        new Observation("avery.quinn@example.edu", "Avery", "email", m.date())), Observation.allOf(m));
    dev.rapport.ingest.linkedin.Invitation out = new dev.rapport.ingest.linkedin.Invitation("avery", "Avery Quinn",
        "Lena Voss", Instant.parse("2024-03-02T20:56:00Z"), "", true,
        "https://www.linkedin.com/in/avery-quinn-9z8y7x", "https://www.linkedin.com/in/lena-voss");
    assertEquals(new Observation("linkedin:lena-voss", "Lena Voss", "linkedin-invitations", out.sentAt()),
        Observation.ofInvitation(out).orElseThrow());
    dev.rapport.ingest.linkedin.Invitation in = new dev.rapport.ingest.linkedin.Invitation("avery", "Jun Park",
        "Avery Quinn", null, "", false, null, null);
    assertEquals("name:jun park", Observation.ofInvitation(in).orElseThrow().partyKey());
  }

  @Test
  void largeArchiveResolvesEachSyntheticPersonToOneContact() {
    // 5,000 people, each seen by address 20 times and by profile 4 times, a third also as connections without URL
    List<Observation> obs = new ArrayList<>();
    List<Connection> conns = new ArrayList<>();
    Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
    for (int p = 0; p < 5000; p++) {
      String first = "Fi" + letters(p);
      String last = "La" + letters(p * 7919 + 11);
      String name = first + " " + last;
      for (int k = 0; k < 20; k++) {
        obs.add(new Observation("p" + p + "@corp" + (p % 50) + ".example", name, "email", t0.plusSeconds(p * 1000L + k)));
      }
      for (int k = 0; k < 4; k++) {
        obs.add(new Observation("linkedin:person-" + p, name, "linkedin-messages", t0.plusSeconds(p * 999L + k)));
      }
      if (p % 3 == 0) {
        conns.add(connection(first, last, null, null, "Corp", "Analyst", LocalDate.of(2021, 1, 1)));
      }
    }
    long start = System.nanoTime();
    Resolution r = resolve(obs, conns);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(5000, r.contacts().size(), "ambiguities: " + r.ambiguities().stream().limit(3).toList());
    assertEquals("linkedin:person-42", r.contactKeyOf("p42@corp42.example"));
    assertEquals(3, r.contacts().stream().filter(c -> c.key().equals("linkedin:person-3")).findFirst().orElseThrow()
        .sources().size());
    System.out.println("ContactResolver: " + obs.size() + " observations, " + conns.size() + " connections in " + ms
        + " ms");
  }

  /** An injective spelling of a number in letters only, so that no two synthetic people share a name. */
  private static String letters(int n) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return sb.toString();
  }

  @Test
  void argumentsAreCheckedAtTheBoundary() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Observation(" ", "Ann", "email", null));
    assertTrue(e.getMessage().startsWith("partyKey must be a non-blank Party key"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ContactResolver.resolve(null, List.of(), List.of()));
  }

  @Test
  void invitationsAndConnectionsFindTheirContactByProfileAddressOrName() {
    Contact ann = new Contact("linkedin:ann-lee-1a2b", "Ann Lee", List.of("linkedin:ann-lee-1a2b", "ann@acme.example"),
        List.of("email"), null, null, null, null, null);
    Contact bo = new Contact("bo@x.example", "Bo Chen", List.of("bo@x.example", "name:bo chen"), List.of("email"), null,
        null, null, null, null);
    List<Contact> contacts = List.of(ann, bo);
    assertEquals(java.util.Optional.of(ann.key()),
        ContactResolver.contactOf(contacts, "https://www.linkedin.com/in/ann-lee-1a2b/?trk=x", null, "Someone"));
    assertEquals(java.util.Optional.of(ann.key()), ContactResolver.contactOf(contacts, null, " Ann@Acme.example", ""));
    assertEquals(java.util.Optional.of(bo.key()), ContactResolver.contactOf(contacts, null, null, "Bo  Chen."),
        "by name key");
    assertEquals(java.util.Optional.of(ann.key()), ContactResolver.contactOf(contacts, null, null, "ANN LEE"),
        "by display name when no key matches");
    assertEquals(java.util.Optional.empty(), ContactResolver.contactOf(contacts, "  ", null, "  "));
    assertThrows(IllegalArgumentException.class, () -> ContactResolver.contactOf(null, null, null, "Ann"));
  }

}
