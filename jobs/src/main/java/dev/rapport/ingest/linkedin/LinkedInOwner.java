package dev.rapport.ingest.linkedin;

import dev.rapport.ingest.IngestRecord;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a LinkedIn export says about its owner. Each row of {@code Profile.csv} or {@code Email Addresses.csv} is one
 * of these, carrying what that row knows; {@link #merge} joins them for the whole export.
 *
 * <pre>{@code
 * Optional<LinkedInOwner> owner = LinkedInOwner.merge(records);   // names, addresses, and the profile URL if known
 * }</pre>
 *
 * @param names      full names, "First Last" (and "First Maiden" when a maiden name is given); never null
 * @param emails     addresses, lower case; never null
 * @param profileUrl the owner's profile URL, null when the export does not show it
 */
public record LinkedInOwner(List<String> names, List<String> emails, String profileUrl) implements Serializable {

  public LinkedInOwner {
    names = names == null ? List.of() : List.copyOf(names);
    emails = emails == null ? List.of() : List.copyOf(emails);
  }

  /**
   * Joins every owner row among {@code records}, and takes the profile URL from invitations when they show it
   * (the inviter of an outgoing invitation, the invitee of an incoming one, from 2024 on). Empty when the records
   * hold no owner row and no such invitation.
   */
  public static Optional<LinkedInOwner> merge(Collection<IngestRecord> records) {
    TreeSet<String> names = new TreeSet<>();
    TreeSet<String> emails = new TreeSet<>();
    java.util.TreeMap<String, Integer> urls = new java.util.TreeMap<>();
    for (IngestRecord r : records) {
      if (r.payload() instanceof LinkedInOwner o) {
        names.addAll(o.names());
        o.emails().forEach(e -> emails.add(e.toLowerCase(Locale.ROOT)));
        if (o.profileUrl() != null) {
          urls.merge(o.profileUrl(), 1, Integer::sum);
        }
      } else if (r.payload() instanceof Invitation i) {
        String own = i.outgoing() ? i.inviterProfileUrl() : i.inviteeProfileUrl();
        if (own != null && !own.isBlank()) {
          urls.merge(own.trim(), 1, Integer::sum);
        }
      }
    }
    if (names.isEmpty() && emails.isEmpty() && urls.isEmpty()) {
      return Optional.empty();
    }
    // Invitations could disagree (a URL changed by the owner): the most frequent wins, the first in order on a tie.
    String url = urls.entrySet().stream()
        .max(java.util.Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(java.util.Map.Entry::getKey).orElse(null);
    return Optional.of(new LinkedInOwner(List.copyOf(names), List.copyOf(emails), url));
  }
}
