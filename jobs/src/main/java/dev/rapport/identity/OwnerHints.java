package dev.rapport.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the user said about who owns an archive, before anything was inferred: addresses and display names.
 *
 * <pre>{@code
 * OwnerHints hints = OwnerHints.of(List.of("kenneth.lay@enron.com", "Kenneth Lay"));
 * Owner owner = OwnerInference.infer("lay-k", uses, hints, null);
 * }</pre>
 *
 * @param addresses lower-case email addresses
 * @param names     display names as given
 */
public record OwnerHints(List<String> addresses, List<String> names) implements java.io.Serializable {
  public OwnerHints {
    addresses = List.copyOf(addresses);
    names = List.copyOf(names);
  }

  /** No hint: the owner is inferred from the archive alone. */
  public static OwnerHints none() {
    return new OwnerHints(List.of(), List.of());
  }

  /** Each value is an address when it holds an {@code @}, else a name; blank values are dropped. */
  public static OwnerHints of(List<String> addressesOrNames) {
    List<String> addresses = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String v : addressesOrNames == null ? List.<String>of() : addressesOrNames) {
      if (v == null || v.isBlank()) {
        continue;
      }
      if (v.contains("@")) {
        addresses.add(v.trim().toLowerCase(Locale.ROOT));
      } else {
        names.add(v.trim());
      }
    }
    return new OwnerHints(addresses, names);
  }

  public boolean isEmpty() {
    return addresses.isEmpty() && names.isEmpty();
  }
}
