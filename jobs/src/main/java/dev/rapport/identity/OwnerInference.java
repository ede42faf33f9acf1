package dev.rapport.identity;

import dev.rapport.ingest.ContactKey;
import dev.rapport.ingest.Party;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Infers who owns an archive, strongest signal first (formats.md): what the user said ({@link OwnerHints}); the
 * LinkedIn profile and its email addresses; the address that takes part (From, To or Cc) in the most person-to-person
 * messages, with the other addresses that are plainly the same person's.
 *
 * <p>A sent folder alone is not trusted: in the Enron executives' mailboxes most of {@code sent} was written by an
 * assistant. An address joins the owner when it takes part in many messages and its local part is a form of the
 * owner's name ({@code klay} and {@code kenneth.lay}; {@code jskilli} and {@code jeff.skilling}), or when it was
 * seen with the owner's display name.
 */
public final class OwnerInference {
  private OwnerInference() {}

  /** One address as seen in the archive: how many messages it took part in and its most common display name. */
  public record AddressUse(String address, long messages, String displayName, long sentFolderMessages)
      implements java.io.Serializable {

    /** An address whose mail in sent folders was not counted. */
    public AddressUse(String address, long messages, String displayName) {
      this(address, messages, displayName, 0);
    }
  }

  /** What LinkedIn's Profile.csv and Email Addresses.csv say, when the person's input has an export. */
  public record LinkedInSelf(List<String> names, List<String> emails, String profileKey)
      implements java.io.Serializable {}

  /** Share of the top address's messages an alias must reach, so that a stray namesake is not taken for the owner. */
  static final double ALIAS_MIN_SHARE = 0.02;

  /** The basis recorded when the user named the owner; what they gave is taken as is, without adding aliases. */
  public static final String GIVEN = "given by the user";

  /**
   * The owner of {@code person}'s archive.
   *
   * @param uses     the addresses seen in person-to-person mail, with counts and display names
   * @param hints    what the user said; when not empty it wins, and a name claims the addresses it was seen with
   * @param linkedIn what the person's LinkedIn export says, or null without one
   */
  public static Owner infer(String person, List<AddressUse> uses, OwnerHints hints, LinkedInSelf linkedIn) {
    Set<String> addresses = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Set<String> keys = new TreeSet<>();
    String basis;
    List<AddressUse> sorted = new ArrayList<>(uses);
    sorted.sort(Comparator.comparingLong(AddressUse::messages).reversed().thenComparing(AddressUse::address));
    boolean given = hints != null && !hints.isEmpty();
    if (given) {
      basis = GIVEN;
      addresses.addAll(hints.addresses());
      names.addAll(hints.names());
      // an explicit name also claims the addresses it was seen with
      for (AddressUse u : sorted) {
        for (String n : List.copyOf(names)) {
          if (!u.displayName().isBlank() && Party.normaliseName(u.displayName()).equals(Party.normaliseName(n))) {
            addresses.add(u.address());
          }
        }
      }
    } else if (linkedIn != null && (!linkedIn.emails().isEmpty() || !linkedIn.names().isEmpty())) {
      basis = "LinkedIn profile";
      linkedIn.emails().forEach(e -> addresses.add(e.toLowerCase(Locale.ROOT)));
      names.addAll(linkedIn.names());
    } else if (!sorted.isEmpty()) {
      basis = "most-participating address";
      addresses.add(sorted.get(0).address());
    } else {
      basis = "unknown";
    }
    if (linkedIn != null) {
      names.addAll(linkedIn.names());
      linkedIn.emails().forEach(e -> addresses.add(e.toLowerCase(Locale.ROOT)));
      if (linkedIn.profileKey() != null) {
        keys.add(linkedIn.profileKey());
      }
    }
    // display names of the owner's addresses, and aliases that are forms of the owner's name
    List<String[]> nameForms = new ArrayList<>();
    for (AddressUse u : sorted) {
      if (addresses.contains(u.address()) && !u.displayName().isBlank()) {
        names.add(u.displayName());
      }
    }
    for (String a : addresses) {
      nameForms.add(tokens(a.substring(0, Math.max(0, a.indexOf('@')))));
    }
    for (String n : names) {
      nameForms.add(tokens(n));
    }
    long top = sorted.isEmpty() ? 0 : sorted.get(0).messages();
    if (!given) {
      for (AddressUse u : sorted) {
        if (addresses.contains(u.address()) || u.messages() < Math.max(3, top * ALIAS_MIN_SHARE)) {
          continue;
        }
        boolean sameName = !u.displayName().isBlank() && names.stream()
            .anyMatch(n -> Party.normaliseName(n).equals(Party.normaliseName(u.displayName())));
        String local = u.address().substring(0, Math.max(0, u.address().indexOf('@')));
        String[] candidateName = tokens(u.displayName().isBlank() ? local : u.displayName());
        boolean ownerLocalIsFormOfCandidate = addresses.stream()
            .anyMatch(a -> isFormOfName(a.substring(0, Math.max(0, a.indexOf('@'))), candidateName));
        if (sameName || ownerLocalIsFormOfCandidate || nameForms.stream().anyMatch(f -> isFormOfName(local, f))) {
          addresses.add(u.address());
          if (!u.displayName().isBlank()) {
            names.add(u.displayName());
          }
        }
      }
    }
    if (!given) {
      // the owner's other address: it wrote mail filed in the archive's sent folders and carries the owner's
      // surname (peter.keavey beside f..keavey); an assistant writes there under another name, and a namesake
      // relative does not write from the owner's sent folder
      Set<String> surnames = new TreeSet<>();
      for (String a : addresses) {
        String[] t = tokens(a.substring(0, Math.max(0, a.indexOf('@'))));
        if (t.length > 0 && t[t.length - 1].length() >= 4) {
          surnames.add(t[t.length - 1]);
        }
      }
      for (AddressUse u : sorted) {
        if (addresses.contains(u.address()) || u.sentFolderMessages() < Math.max(3, top * ALIAS_MIN_SHARE)) {
          continue;
        }
        String[] t = tokens(u.address().substring(0, Math.max(0, u.address().indexOf('@'))));
        if (t.length >= 2 && surnames.contains(t[t.length - 1])) {
          addresses.add(u.address());
          if (!u.displayName().isBlank()) {
            names.add(u.displayName());
          }
        }
      }
    }
    keys.addAll(addresses);
    for (String n : names) {
      if (!Party.normaliseName(n).isEmpty()) {
        keys.add(ContactKey.name(n).value());
      }
    }
    return new Owner(person, keys, new ArrayList<>(addresses), new ArrayList<>(names), basis);
  }

  /** Splits "kenneth.lay", "Kenneth L. Lay" or "Lay, Kenneth" into lower-case name tokens. */
  static String[] tokens(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    if (t.contains(",")) {
      String[] parts = t.split(",", 2);
      t = parts[1] + " " + parts[0];
    }
    return java.util.Arrays.stream(t.split("[^\\p{L}]+")).filter(x -> x.length() > 1).toArray(String[]::new);
  }

  /**
   * True when {@code local} (an address's local part) is a usual form of the name {@code first … last}:
   * firstlast, first.last, lastfirst, flast, firstl, or f + a prefix of last of 4 letters or more (Lotus-era
   * truncation: jskilli).
   */
  static boolean isFormOfName(String local, String[] name) {
    if (name.length < 2) {
      return false;
    }
    String l = local.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    String first = name[0];
    String last = name[name.length - 1];
    if (l.isEmpty()) {
      return false;
    }
    if (l.equals(first + last) || l.equals(last + first) || l.equals(first.charAt(0) + last)
        || l.equals(first + last.charAt(0)) || l.equals(last + first.charAt(0))) {
      return true;
    }
    return l.length() >= 5 && l.charAt(0) == first.charAt(0) && last.startsWith(l.substring(1))
        && l.length() - 1 >= Math.min(4, last.length());
  }

  /** Convenience for callers holding counts in a map. */
  public static List<AddressUse> uses(Map<String, Long> counts, Map<String, String> names) {
    List<AddressUse> out = new ArrayList<>();
    counts.forEach((a, n) -> out.add(new AddressUse(a, n, names.getOrDefault(a, ""))));
    return out;
  }
}
