package dev.rapport.identity;

import dev.rapport.ingest.ContactKey;
import dev.rapport.ingest.Party;
import dev.rapport.ingest.linkedin.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Resolves the people one owner deals with across email addresses, LinkedIn profiles and names. Pure Java, per
 * person: a Spark job groups observations by person and calls this once per group.
 *
 * <pre>{@code
 * Resolution r = ContactResolver.resolve(Set.of("avery@example.edu", "linkedin:avery-quinn"),
 *     observations, connections);
 * r.contactKeyOf("ann.lee@acme.example");  // "linkedin:ann-lee-1a2b" when Connections.csv joins them
 * }</pre>
 *
 * <p>Party keys are joined by these rules, in order:
 * <ol>
 *   <li>the same key (a LinkedIn profile slug, an address, a {@code name:} key) is the same party;</li>
 *   <li>a connection's email address joins its profile, and the connection itself;</li>
 *   <li>a full name (first and last name, accents and middle names ignored) joins parties only when it cannot be two
 *       people: at most one profile, one connection and one group of addresses carry it. Two addresses, two
 *       profiles or two connections with one name stay apart, unless the connection's company matches exactly one
 *       address's domain, or exactly one address's local part spells the name ({@code ann.lee@}, {@code alee@});
 *       what stays apart is counted in {@link Resolution#ambiguousCount()}.</li>
 * </ol>
 * A first name alone never joins anything. An address seen with three or more different full names (a role address
 * such as {@code info@}) is not joined by name. Owner keys, and names of owner {@code name:} keys, never become or join
 * contacts. The result depends only on the input's contents, not on its order.
 */
public final class ContactResolver {
  /** The source recorded for a contact that appears in {@code Connections.csv}. */
  public static final String LINKEDIN_CONNECTIONS = "linkedin-connections";

  private ContactResolver() {}

  /**
   * @param ownerKeys     the owner's party keys (addresses, {@code linkedin:} profiles, {@code name:} names); may be empty
   * @param observations  sightings of parties in messages (from, to, cc), any order, duplicates welcome
   * @param connections   rows of LinkedIn's {@code Connections.csv}; may be empty
   */
  public static Resolution resolve(Collection<String> ownerKeys, Collection<Observation> observations,
      Collection<Connection> connections) {
    if (ownerKeys == null || observations == null || connections == null) {
      throw new IllegalArgumentException("ownerKeys, observations and connections must not be null (pass empty "
          + "collections), were " + (ownerKeys == null ? "null" : "given") + ", "
          + (observations == null ? "null" : "given") + ", " + (connections == null ? "null" : "given"));
    }
    return new Run(ownerKeys).resolve(observations, connections);
  }

  /**
   * The contact a LinkedIn invitation or connection row names, among contacts already resolved (such rows carry no
   * contact key of their own): the first contact, in the given order, that holds the row's profile, address or name
   * key, else the first whose display name is the row's name.
   *
   * <pre>{@code
   * ContactResolver.contactOf(contacts.values(), inv.inviteeProfileUrl(), null, inv.to())  // linkedin:ann-lee
   * }</pre>
   *
   * @param profileUrl a LinkedIn profile URL, may be null or blank
   * @param email      an address, may be null or blank
   * @param name       a full name, may be null or blank
   * @return the contact's key; empty when no contact matches
   */
  public static Optional<String> contactOf(Collection<Contact> contacts, String profileUrl, String email,
      String name) {
    if (contacts == null) {
      throw new IllegalArgumentException("contacts are required (an empty collection for none), got null");
    }
    Set<String> wanted = new HashSet<>();
    ContactKey.profileUrl(profileUrl).ifPresent(k -> wanted.add(k.value()));
    if (email != null && !email.isBlank()) {
      wanted.add(ContactKey.address(email).value());
    }
    ContactKey byName = ContactKey.name(name);
    if (!byName.id().isEmpty()) {
      wanted.add(byName.value());
    }
    for (Contact c : contacts) {
      if (wanted.contains(c.key()) || c.aliases().stream().anyMatch(wanted::contains)) {
        return Optional.of(c.key());
      }
    }
    if (!byName.id().isEmpty()) {
      for (Contact c : contacts) {
        if (byName.id().equals(Party.normaliseName(c.displayName()))) {
          return Optional.of(c.key());
        }
      }
    }
    return Optional.empty();
  }

  /** What one resolution builds up; thrown away afterwards. */
  private static final class Run {
    private final Set<String> owner = new HashSet<>();
    private final Set<String> ownerNames = new HashSet<>();
    /** Nodes by id: a party key, or {@code #connection:<n>} for a connection row. */
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    /** The nodes of each set, by root: kept up to date by {@link #union} so a set is summarised without a scan. */
    private final Map<String, List<Node>> members = new HashMap<>();

    Run(Collection<String> ownerKeys) {
      for (String k : ownerKeys) {
        String key = normaliseKey(k);
        owner.add(key);
        ContactKey parsed = ContactKey.parse(key);
        if (parsed.kind() == ContactKey.Kind.NAME) {
          String m = PersonNames.matchKey(parsed.id());
          if (m != null) {
            ownerNames.add(m);
          }
        }
      }
    }

    Resolution resolve(Collection<Observation> observations, Collection<Connection> connections) {
      for (Observation o : observations) {
        String key = normaliseKey(o.partyKey());
        if (owner.contains(key)) {
          continue;
        }
        Node n = node(key);
        n.sources.add(o.source());
        if (!o.displayName().isEmpty() && !o.displayName().equalsIgnoreCase(key)) {
          n.displayNames.merge(o.displayName(), 1, Integer::sum);
        }
        n.seen++;
        if (o.when() != null) {
          n.first = n.first == null || o.when().isBefore(n.first) ? o.when() : n.first;
          n.last = n.last == null || o.when().isAfter(n.last) ? o.when() : n.last;
        }
      }
      // Sorted so that node ids, and with them every tie, do not depend on the order rows arrived in.
      List<Connection> sorted = new ArrayList<>(connections);
      sorted.sort(Comparator.comparing((Connection c) -> String.valueOf(c.profileUrl()))
          .thenComparing(c -> String.valueOf(c.email())).thenComparing(c -> String.valueOf(c.firstName()))
          .thenComparing(c -> String.valueOf(c.lastName())).thenComparing(c -> String.valueOf(c.connectedOn())));
      int i = 0;
      for (Connection c : sorted) {
        String profile = ContactKey.profileUrl(c.profileUrl()).map(ContactKey::value).orElse(null);
        String email = c.email() == null || c.email().isBlank() ? null : normaliseKey(c.email());
        if ((profile != null && owner.contains(profile)) || (email != null && owner.contains(email))) {
          continue;
        }
        Node n = node(String.format(Locale.ROOT, "#connection:%06d", i++));
        n.connection = c;
        // Rules 1 and 2: the row's own profile and address are the same person as the row.
        if (profile != null) {
          union(n.id, node(profile).id);
        }
        if (email != null) {
          union(n.id, node(email).id);
        }
      }
      joinByName();
      return build();
    }

    private Node node(String id) {
      return nodes.computeIfAbsent(id, k -> {
        parent.put(k, k);
        Node n = new Node(k);
        members.computeIfAbsent(k, r -> new ArrayList<>()).add(n);
        return n;
      });
    }

    private String find(String id) {
      String root = id;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      parent.put(id, root);
      return root;
    }

    /** Joins two sets; the smaller id stays the root, so the result does not depend on the order of calls. */
    private void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        String root = ra.compareTo(rb) < 0 ? ra : rb;
        String child = root.equals(ra) ? rb : ra;
        parent.put(child, root);
        members.get(root).addAll(members.remove(child));
      }
    }

    /** Rule 3. */
    private void joinByName() {
      TreeMap<String, TreeSet<String>> byName = new TreeMap<>();
      for (Map.Entry<String, Set<String>> e : clusterNames().entrySet()) {
        if (e.getValue().size() >= 3) {
          continue; // a role address seen under many names: info@, jobs@
        }
        for (String name : e.getValue()) {
          byName.computeIfAbsent(name, k -> new TreeSet<>()).add(e.getKey());
        }
      }
      List<String> ambiguous = new ArrayList<>();
      for (Map.Entry<String, TreeSet<String>> e : byName.entrySet()) {
        String name = e.getKey();
        if (ownerNames.contains(name)) {
          continue;
        }
        TreeSet<String> roots = new TreeSet<>();
        e.getValue().forEach(id -> roots.add(find(id)));
        if (roots.size() < 2) {
          continue;
        }
        List<Cluster> clusters = roots.stream().map(this::cluster).toList();
        if (compatible(clusters)) {
          clusters.forEach(c -> union(clusters.get(0).root, c.root));
          continue;
        }
        // Several addresses, profiles or connections carry the name. The LinkedIn side (profile, connection, name
        // only) still joins when it is one person there; an address joins it only on evidence that singles that
        // address out. Two addresses, two profiles or two connections are never joined to each other.
        List<Cluster> linkedIn = clusters.stream().filter(c -> !c.hasEmail).toList();
        if (compatible(linkedIn)) {
          linkedIn.forEach(c -> union(linkedIn.get(0).root, c.root));
        }
        TreeSet<String> anchorRoots = new TreeSet<>();
        linkedIn.forEach(c -> anchorRoots.add(find(c.root)));
        List<Cluster> anchors = anchorRoots.stream().map(this::cluster)
            .filter(c -> c.hasProfile || c.hasConnection).toList();
        List<Cluster> mails = clusters.stream().filter(c -> c.hasEmail && !c.hasProfile && !c.hasConnection).toList();
        for (Cluster anchor : anchors) {
          Cluster chosen = single(mails, m -> m.emails.stream()
              .anyMatch(a -> PersonNames.companyMatchesDomain(anchor.company, a)));
          if (chosen == null && anchors.size() == 1) {
            chosen = single(mails, m -> m.emails.stream().anyMatch(a -> PersonNames.localPartMatches(a, name)));
          }
          if (chosen != null && claimedBy(chosen, anchors) == anchor) {
            union(anchor.root, chosen.root);
          }
        }
        TreeSet<String> left = new TreeSet<>();
        e.getValue().forEach(id -> left.add(find(id)));
        if (left.size() > 1) {
          ambiguous.add(name + ": kept apart: " + left.stream().map(r -> cluster(r).label())
              .collect(Collectors.joining(" | ")));
        }
      }
      this.ambiguities = ambiguous;
    }

    private List<String> ambiguities = List.of();

    /** The one anchor whose company matches {@code mail}'s domain; the only anchor when none matches. */
    private static Cluster claimedBy(Cluster mail, List<Cluster> anchors) {
      List<Cluster> byCompany = anchors.stream()
          .filter(a -> mail.emails.stream().anyMatch(m -> PersonNames.companyMatchesDomain(a.company, m)))
          .toList();
      if (byCompany.size() == 1) {
        return byCompany.get(0);
      }
      return byCompany.isEmpty() && anchors.size() == 1 ? anchors.get(0) : null;
    }

    private static Cluster single(List<Cluster> candidates, java.util.function.Predicate<Cluster> evidence) {
      List<Cluster> hits = candidates.stream().filter(evidence).toList();
      return hits.size() == 1 ? hits.get(0) : null;
    }

    /** No two clusters both hold a profile, a connection, or addresses: then one name can only be one person. */
    private static boolean compatible(List<Cluster> clusters) {
      int profiles = 0;
      int connections = 0;
      int mails = 0;
      for (Cluster c : clusters) {
        profiles += c.hasProfile ? 1 : 0;
        connections += c.hasConnection ? 1 : 0;
        mails += c.hasEmail ? 1 : 0;
      }
      return profiles <= 1 && connections <= 1 && mails <= 1;
    }

    /** Full names carried by each current set: names shown with its keys, connection names, names in addresses. */
    private Map<String, Set<String>> clusterNames() {
      Map<String, Set<String>> names = new TreeMap<>();
      for (Node n : nodes.values()) {
        Set<String> set = names.computeIfAbsent(find(n.id), k -> new TreeSet<>());
        n.displayNames.keySet().forEach(d -> addName(set, d));
        ContactKey key = ContactKey.parse(n.id);
        if (key.kind() == ContactKey.Kind.NAME) {
          addName(set, key.id());
        }
        if (n.connection != null) {
          addName(set, n.connection.firstName() + " " + n.connection.lastName());
        }
      }
      for (Node n : nodes.values()) {
        Set<String> set = names.get(find(n.id));
        if (set.isEmpty() && isEmail(n.id)) {
          String fromAddress = PersonNames.nameFromAddress(n.id);
          if (fromAddress != null) {
            set.add(fromAddress);
          }
        }
      }
      return names;
    }

    private static void addName(Set<String> set, String display) {
      String m = PersonNames.matchKey(display);
      if (m != null) {
        set.add(m);
      }
    }

    private Cluster cluster(String root) {
      Cluster c = new Cluster(root);
      members.get(root).stream().sorted(Comparator.comparing((Node n) -> n.id)).forEach(c::add);
      return c;
    }

    private Resolution build() {
      // Keys that are party keys are unique already (a node is in one set); names made from connection rows are
      // handed out after them, so that an observed name: key always stays with the set that holds it.
      List<Draft> drafts = new TreeMap<>(members).values().stream().map(this::draft).toList();
      Set<String> used = new HashSet<>();
      drafts.stream().filter(d -> !d.derived).forEach(d -> used.add(d.key));
      Map<String, String> keys = new TreeMap<>();
      List<Contact> contacts = new ArrayList<>();
      for (Draft d : drafts) {
        String key = d.key;
        if (d.derived) {
          for (int i = 2; used.contains(key); i++) {
            key = d.key + "#" + i; // two connections known only by one name
          }
          used.add(key);
          d.aliases.add(key);
        }
        Contact c = new Contact(key, d.display, d.aliases, d.sources, d.title, d.company, d.first, d.last,
            d.connectedOn);
        contacts.add(c);
        c.aliases().forEach(a -> keys.put(a, c.key()));
      }
      contacts.sort(Comparator.comparing(Contact::key));
      return new Resolution(keys, contacts, ambiguities);
    }

    /** A contact before its key is known to be unique. */
    private static final class Draft {
      String key;
      boolean derived;
      String display;
      List<String> aliases = new ArrayList<>();
      List<String> sources;
      String title;
      String company;
      Instant first;
      Instant last;
      LocalDate connectedOn;
    }

    private Draft draft(List<Node> group) {
      TreeSet<String> profiles = new TreeSet<>();
      TreeSet<String> emails = new TreeSet<>();
      TreeSet<String> names = new TreeSet<>();
      TreeSet<String> sources = new TreeSet<>();
      Map<String, Integer> shown = new TreeMap<>();
      Map<String, Integer> seen = new HashMap<>();
      Draft d = new Draft();
      Connection conn = null;
      for (Node n : group.stream().sorted(Comparator.comparing((Node x) -> x.id)).toList()) {
        ContactKey.Kind kind = ContactKey.parse(n.id).kind();
        if (kind == ContactKey.Kind.PROFILE) {
          profiles.add(n.id);
        } else if (kind == ContactKey.Kind.NAME) {
          names.add(n.id);
        } else if (!n.id.startsWith("#")) {
          emails.add(n.id);
        }
        seen.put(n.id, n.seen);
        sources.addAll(n.sources);
        n.displayNames.forEach((k, v) -> shown.merge(k, v, Integer::sum));
        if (n.first != null && (d.first == null || n.first.isBefore(d.first))) {
          d.first = n.first;
        }
        if (n.last != null && (d.last == null || n.last.isAfter(d.last))) {
          d.last = n.last;
        }
        if (n.connection != null) {
          sources.add(LINKEDIN_CONNECTIONS);
          if (conn == null || later(n.connection.connectedOn(), conn.connectedOn())) {
            conn = n.connection;
          }
        }
      }
      String connName = conn == null ? "" : (nz(conn.firstName()) + " " + nz(conn.lastName())).trim();
      d.display = !connName.isEmpty() ? connName : mostShown(shown);
      if (!profiles.isEmpty()) {
        d.key = profiles.first();
      } else if (!emails.isEmpty()) {
        d.key = emails.stream().max(Comparator.comparingInt((String e) -> seen.getOrDefault(e, 0))
            .thenComparing(Comparator.reverseOrder())).orElseThrow();
      } else if (!names.isEmpty()) {
        d.key = names.first();
      } else {
        // a 2018/2022 connection known by its name only
        d.key = ContactKey.name(connName.isEmpty() ? "linkedin member" : connName).value();
        d.derived = true;
      }
      d.aliases.addAll(profiles);
      d.aliases.addAll(emails);
      d.aliases.addAll(names);
      d.sources = List.copyOf(sources);
      if (conn != null) {
        d.title = conn.position();
        d.company = conn.company();
        d.connectedOn = conn.connectedOn();
      }
      return d;
    }

    private static boolean later(LocalDate a, LocalDate b) {
      return a != null && (b == null || a.isAfter(b));
    }

    /** The name shown most often, full names first; ties go to the first in alphabetical order. */
    private static String mostShown(Map<String, Integer> shown) {
      return shown.entrySet().stream()
          .max(Comparator.comparing((Map.Entry<String, Integer> e) -> PersonNames.matchKey(e.getKey()) != null)
              .thenComparing(Map.Entry::getValue)
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .map(Map.Entry::getKey).orElse("");
    }
  }

  /** One party key or connection row, with what was seen of it. */
  private static final class Node {
    final String id;
    final Set<String> sources = new TreeSet<>();
    final Map<String, Integer> displayNames = new LinkedHashMap<>();
    int seen;
    Instant first;
    Instant last;
    Connection connection;

    Node(String id) {
      this.id = id;
    }
  }

  /** A current set of nodes, summarised for rule 3. */
  private static final class Cluster {
    final String root;
    boolean hasProfile;
    boolean hasConnection;
    boolean hasEmail;
    String company;
    final TreeSet<String> emails = new TreeSet<>();
    final TreeSet<String> keys = new TreeSet<>();

    Cluster(String root) {
      this.root = root;
    }

    void add(Node n) {
      if (ContactKey.parse(n.id).kind() == ContactKey.Kind.PROFILE) {
        hasProfile = true;
      } else if (n.connection != null) {
        hasConnection = true;
        company = n.connection.company();
      } else if (isEmail(n.id)) {
        hasEmail = true;
        emails.add(n.id);
      }
      keys.add(n.connection != null ? "connection " + n.connection.firstName() + " " + n.connection.lastName()
          : n.id);
    }

    String label() {
      return String.join(", ", keys);
    }
  }

  private static boolean isEmail(String key) {
    return ContactKey.parse(key).isAddress() && !key.startsWith("#");
  }

  private static String normaliseKey(String key) {
    return key.trim().toLowerCase(Locale.ROOT);
  }

  private static String nz(String s) {
    return s == null ? "" : s.trim();
  }
}
