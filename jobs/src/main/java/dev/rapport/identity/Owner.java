package dev.rapport.identity;

import java.util.List;
import java.util.Set;

/**
 * The person whose archive is analysed, as every key they appear under.
 *
 * @param keys      every party key of the owner: addresses, {@code linkedin:} profiles, {@code name:} names
 * @param addresses the owner's email addresses, most used first
 * @param names     display names, most used first
 * @param basis     how the owner was found ({@code given by the user}, {@code LinkedIn profile},
 *                  {@code most-participating address}…)
 */
public record Owner(String person, Set<String> keys, List<String> addresses, List<String> names, String basis)
    implements java.io.Serializable {
  public Owner {
    keys = Set.copyOf(keys);
    addresses = List.copyOf(addresses);
    names = List.copyOf(names);
  }

  public boolean is(String partyKey) {
    return partyKey != null && keys.contains(partyKey);
  }
}
