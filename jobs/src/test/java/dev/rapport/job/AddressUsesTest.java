package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.identity.OwnerInference.AddressUse;
import dev.rapport.ingest.MailMessage;
import dev.rapport.ingest.Party;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What owner inference is told about each address: counts, the usual display name, sent-folder mail. */
class AddressUsesTest {
  static MailMessage mail(String folder, Party from, List<Party> to, List<Party> cc) {
    return new MailMessage("ann", "src", "maildir", 1, "<m@x>", null, null, List.of(),
        Instant.parse("2001-05-14T16:39:00Z"), from, to, cc, "Hi", "text", "", List.of(), folder, null, List.of());
  }

  /** Tallies of a set of messages, merged as reduceByKey merges them, by address. */
  static Map<String, AddressUse> tally(MailMessage... messages) {
    Map<String, AddressUses.Tally> byAddress = new TreeMap<>();
    for (MailMessage m : messages) {
      AddressUses.uses(m).forEach(u -> byAddress.merge(u._1()._2(), u._2(), AddressUses.Tally::plus));
    }
    Map<String, AddressUse> out = new TreeMap<>();
    byAddress.forEach((a, t) -> out.put(a, t.use(a)));
    return out;
  }

  @Test
  void eachDistinctPartyOfAMessageCountsOnceAndNamesWithoutAnAtSignAreLeftOut() {
    Party ann = new Party("ann@x", "Ann Lee");
    MailMessage m = mail("inbox", new Party("bo@x", "Bo"), List.of(ann, ann, new Party("Cy Ng", "Cy Ng")),
        List.of(new Party("ann@x", null)));
    Map<String, AddressUse> uses = tally(m);
    assertEquals(List.of("ann@x", "bo@x"), List.copyOf(uses.keySet()));
    // the same address under two names is two parties of the message, as Spark's array_distinct of structs had it
    assertEquals(new AddressUse("ann@x", 2, "Ann Lee", 0), uses.get("ann@x"));
    assertEquals(new AddressUse("bo@x", 1, "Bo", 0), uses.get("bo@x"));
  }

  @Test
  void theUsualNameWinsTiesGoToTheFirstInStringOrderAndSentFolderMailIsCounted() {
    Party bo = new Party("bo@x", null);
    MailMessage a = mail("sent_items", new Party("ann@x", "Ann"), List.of(bo), List.of());
    MailMessage b = mail("inbox", bo, List.of(new Party("ann@x", "ann lee")), List.of());
    MailMessage c = mail("Sent", new Party("ann@x", "ann lee"), List.of(bo), List.of());
    MailMessage d = mail("inbox", bo, List.of(new Party("ann@x", "Ann")), List.of());
    assertEquals(new AddressUse("ann@x", 2, "ann lee", 1), tally(b, c).get("ann@x"));
    assertEquals(new AddressUse("ann@x", 4, "Ann", 2), tally(a, b, c, d).get("ann@x"), "2 × Ann, 2 × ann lee");
    assertEquals(new AddressUse("bo@x", 4, "", 0), tally(a, b, c, d).get("bo@x"));
  }
}
