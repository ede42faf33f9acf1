package dev.rapport.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contacts of one person, and which contact each party key belongs to. Small and serialisable, so that a Spark
 * job can compute it per person and broadcast or join it.
 *
 * <pre>{@code
 * Resolution r = ContactResolver.resolve(ownerKeys, observations, connections);
 * String contact = r.contactKeyOf(message.from().key());   // null for the owner and for keys never observed
 * }</pre>
 *
 * @param contactKeys every observed party key (and connection profile, address or name key) to its contact's key;
 *                    owner keys are absent
 * @param contacts    sorted by key; never null
 * @param ambiguities one line per name that stayed split between several contacts for lack of evidence,
 *                    e.g. {@code "john smith: kept apart: j.smith@a.example | jsmith@b.example"}
 */
public record Resolution(Map<String, String> contactKeys, List<Contact> contacts, List<String> ambiguities)
    implements Serializable {

  public Resolution {
    contactKeys = Map.copyOf(contactKeys);
    contacts = List.copyOf(contacts);
    ambiguities = List.copyOf(ambiguities);
  }

  /** The contact key for a party key; null when the key is the owner's or was never observed. */
  public String contactKeyOf(String partyKey) {
    return partyKey == null ? null : contactKeys.get(partyKey.trim().toLowerCase(Locale.ROOT));
  }

  /** How many names were seen on several contacts that were kept apart because nothing but the name joined them. */
  public int ambiguousCount() {
    return ambiguities.size();
  }
}
