package dev.rapport.ingest.linkedin;

import dev.rapport.ingest.ContactKey;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.MailMessage;
import dev.rapport.ingest.Party;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

  private static final String PROFILE_PREFIX = "https://www.linkedin.com/in/";

  public LinkedInOwner {
    names = names == null ? List.of() : List.copyOf(names);
    emails = emails == null ? List.of() : List.copyOf(emails);
  }

  /**
   * Joins every owner row among {@code records}. The profile URL comes from invitations when they show it (the
   * inviter of an outgoing invitation, the invitee of an incoming one, from 2024 on), else from the messages sent
   * under one of the owner's names with a sender profile URL (2022 on); the most frequent wins. Empty when the
   * records say nothing about the owner.
   */
  public static Optional<LinkedInOwner> merge(Collection<IngestRecord> records) {
    TreeSet<String> names = new TreeSet<>();
    TreeSet<String> emails = new TreeSet<>();
    TreeMap<String, Integer> urls = new TreeMap<>();
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
    if (urls.isEmpty() && !names.isEmpty()) {
      // Before 2024 no file names the owner's profile; the messages they sent do, under their name.
      Set<String> own = new HashSet<>();
      names.forEach(n -> own.add(Party.normaliseName(n)));
      for (IngestRecord r : records) {
        MailMessage m = r.message();
        ContactKey from = m == null || m.from() == null ? null : ContactKey.parse(m.from().key());
        if (from != null && from.kind() == ContactKey.Kind.PROFILE
            && own.contains(Party.normaliseName(m.from().name()))) {
          urls.merge(PROFILE_PREFIX + from.id(), 1, Integer::sum);
        }
      }
    }
    if (names.isEmpty() && emails.isEmpty() && urls.isEmpty()) {
      return Optional.empty();
    }
    // Invitations could disagree (a URL changed by the owner): the most frequent wins, the first in order on a tie.
    String url = urls.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
    return Optional.of(new LinkedInOwner(List.copyOf(names), List.copyOf(emails), url));
  }

  /**
   * The owner's {@link Party} keys, ready for {@code ContactResolver}: addresses, {@code linkedin:slug} and
   * {@code name:} keys of the names.
   */
  public List<String> partyKeys() {
    List<String> keys = new ArrayList<>(emails);
    ContactKey.profileUrl(profileUrl).ifPresent(k -> keys.add(k.value()));
    names.forEach(n -> keys.add(ContactKey.name(n).value()));
    return List.copyOf(keys);
  }
}
