package dev.rapport.patterns;

import dev.rapport.ingest.ContactKey;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.language.Phrase;
import dev.rapport.patterns.PersonData.Msg;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code generic_outreach}: sends the same impersonal message to many people.
 *
 * <p>Three signals, the strongest wins:
 * <ul>
 *   <li>a group of near-duplicate owner messages (the pipeline's MinHash groups in
 *       {@link PersonData#nearDuplicates()}, joined with a direct comparison of the owner's own outreach after
 *       {@link TemplateMask masking}) reaching {@code generic_min_contacts} distinct contacts: 0.6, rising to 1 at
 *       twice as many; smaller groups score below the reporting line;</li>
 *   <li>unfilled placeholders ({@code %FIRSTNAME%}, {@code {name}}, {@code [Company]}) in at least
 *       {@code min_repeats} messages: 0.75;</li>
 *   <li>a run of {@code invitation_run_size} or more invitations with an empty or stock note within
 *       {@code invitation_run_days}: 0.6, rising to 1 at twice the size.</li>
 * </ul>
 * Only messages of at least {@code template_min_words} words count as templates. Reported at
 * {@code report_generic_outreach}.
 */
public final class GenericOutreachDetector implements Detector {
  /** Direct pairwise comparison is for one person's outreach; beyond this the MinHash groups carry the load. */
  private static final int LOCAL_COMPARE_LIMIT = 2000;

  @Override
  public PatternId pattern() {
    return PatternId.GENERIC_OUTREACH;
  }

  @Override
  public Assessment assess(PersonIndex p) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    List<Evidence> evidence = new ArrayList<>();
    double score = 0;
    int problemCases = 0;
    String kind = null;

    // 1. near-duplicate groups
    List<Msg> largest = largestTemplateGroup(p);
    // A template is the same text sent again and again: one message to five colleagues is one message, however many
    // it names, so the reach counts separate sends (each to the contacts it adds).
    int n = reach(largest);
    double groupScore = n >= t.genericMinContacts()
        ? 0.6 + 0.4 * Judgements.clamp((double) (n - t.genericMinContacts()) / t.genericMinContacts())
        : 0.45 * n / t.genericMinContacts();
    if (groupScore > score) {
      score = groupScore;
    }
    problemCases = Math.max(problemCases, n);
    if (n >= t.genericMinContacts()) {
      kind = "template";
      Set<String> seen = new LinkedHashSet<>();
      for (Msg m : largest) {
        String c = m.counterparts().get(0);
        if (seen.add(c)) {
          evidence.add(EvidenceText.quoting(c, m, null,
              "the same message, names and numbers aside, went to " + n + " different people"));
        }
      }
    }

    // 2. unfilled placeholders
    List<Msg> placeholders = new ArrayList<>();
    for (Msg m : p.msgs) {
      if (m.sent() && m.ownText() != null && TemplateMask.PLACEHOLDER.matcher(m.ownText()).find()) {
        placeholders.add(m);
      }
    }
    if (placeholders.size() >= t.minRepeats()) {
      score = Math.max(score, 0.75);
      problemCases = Math.max(problemCases, placeholders.size());
      kind = kind == null ? "placeholder" : kind;
      for (Msg m : placeholders) {
        var matcher = TemplateMask.PLACEHOLDER.matcher(m.ownText());
        matcher.find();
        evidence.add(EvidenceText.around(m.counterparts().get(0), m, matcher.start() - 60, matcher.end() + 60,
            "sent with an unfilled template placeholder " + matcher.group()));
      }
    } else if (placeholders.size() == 1) {
      score = Math.max(score, 0.35);
      problemCases = Math.max(problemCases, 1);
    }

    // 3. runs of invitations with an empty or stock note
    List<Invitation> run = longestInvitationRun(p.data, t);
    if (run.size() >= t.invitationRunSize()) {
      score = Math.max(score, 0.6 + 0.4 * Judgements.clamp((double) (run.size() - t.invitationRunSize())
          / t.invitationRunSize()));
      problemCases = Math.max(problemCases, run.size());
      kind = kind == null ? "invitations" : kind;
      for (Invitation inv : run) {
        String key = p.contactOf(inv.inviteeProfileUrl(), null, inv.to())
            .orElseGet(() -> ContactKey.name(inv.to()).value());
        evidence.add(EvidenceText.invitation(key, inv, "one of " + run.size() + " invitations within "
            + t.invitationRunDays() + " days with an empty or stock note"));
      }
    } else {
      score = Math.max(score, 0.45 * run.size() / t.invitationRunSize());
      problemCases = Math.max(problemCases, run.size());
    }

    score = Judgements.round(score);
    score = j.habit(pattern(), score, problemCases);
    if (!j.reportable(pattern(), score, problemCases) || evidence.isEmpty()) {
      return Assessment.of(pattern(), score, null);
    }
    String summary = switch (kind) {
      case "template" -> "You sent essentially the same message to " + n + " different people.";
      case "placeholder" -> placeholders.size() + " of your messages went out with an unfilled template placeholder.";
      default -> "You sent " + run.size() + " connection invitations within " + t.invitationRunDays()
          + " days with no personal note.";
    };
    String advice = "Write fewer, personal messages: one sentence that could only be written to that person (their"
        + " talk, their team's product, the person who referred you) before any ask. Starting with the message of "
        + EvidenceText.day(evidence.get(0).date()) + ", replace the shared paragraph with why you chose them, and"
        + " send each invitation with a note naming where you met or what you admire in their work.";
    return Assessment.of(pattern(), score,
        new Finding(pattern(), score, summary, advice, EvidenceText.top(evidence, 10)));
  }

  /** The owner's messages in the template group that reaches the most distinct contacts. */
  static List<Msg> largestTemplateGroup(PersonIndex p) {
    Map<String, String> parent = new HashMap<>();
    List<Msg> candidates = new ArrayList<>();
    for (Msg m : p.msgs) {
      if (m.sent() && TemplateMask.tokens(m.ownText()).size() >= p.t.templateMinWords()) {
        candidates.add(m);
        parent.put(m.messageId(), m.messageId());
      }
    }
    if (p.data.nearDuplicates() != null) {
      for (List<String> group : p.data.nearDuplicates()) {
        String first = null;
        for (String id : group) {
          if (!parent.containsKey(id)) {
            continue;
          }
          if (first == null) {
            first = id;
          } else {
            union(parent, first, id);
          }
        }
      }
    }
    List<Msg> outreach = candidates.stream().filter(p::ownerStarted).toList();
    if (outreach.size() <= LOCAL_COMPARE_LIMIT) {
      List<Set<String>> shingles = outreach.stream()
          .map(m -> TemplateMask.shingles(TemplateMask.tokens(m.ownText()))).toList();
      for (int i = 0; i < outreach.size(); i++) {
        for (int j = i + 1; j < outreach.size(); j++) {
          if (TemplateMask.jaccard(shingles.get(i), shingles.get(j)) >= p.t.nearDuplicateMinJaccard()) {
            union(parent, outreach.get(i).messageId(), outreach.get(j).messageId());
          }
        }
      }
    }
    Map<String, List<Msg>> groups = new TreeMap<>();
    for (Msg m : candidates) {
      groups.computeIfAbsent(find(parent, m.messageId()), k -> new ArrayList<>()).add(m);
    }
    List<Msg> best = List.of();
    for (List<Msg> g : groups.values()) {
      if (reach(g) > reach(best)) {
        best = g;
      }
    }
    return best;
  }

  /** Distinct contacts reached by separate sends of a group. */
  private static int reach(List<Msg> msgs) {
    return Math.min(contactsOf(msgs).size(), separateSends(msgs));
  }

  /** How many of {@code msgs} reached someone none of the earlier ones had. */
  private static int separateSends(List<Msg> msgs) {
    Set<String> reached = new java.util.HashSet<>();
    int sends = 0;
    for (Msg m : msgs) {
      if (!reached.containsAll(m.counterparts())) {
        sends++;
      }
      reached.addAll(m.counterparts());
    }
    return sends;
  }

  private static Set<String> contactsOf(List<Msg> msgs) {
    Set<String> out = new LinkedHashSet<>();
    for (Msg m : msgs) {
      out.addAll(m.counterparts());
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    parent.put(x, root);
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller id wins so that groups and their evidence are the same on every run
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  /** The most invitations with an empty or stock note sent within any {@code invitation_run_days} window. */
  static List<Invitation> longestInvitationRun(PersonData data, Thresholds t) {
    if (data.invitations() == null) {
      return List.of();
    }
    Map<String, Integer> noteCounts = new HashMap<>();
    for (Invitation inv : data.invitations()) {
      if (inv.outgoing() && inv.message() != null && !inv.message().isBlank()) {
        noteCounts.merge(String.join(" ", TemplateMask.tokens(inv.message())), 1, Integer::sum);
      }
    }
    List<Invitation> bare = new ArrayList<>();
    for (Invitation inv : data.invitations()) {
      if (!inv.outgoing() || inv.sentAt() == null) {
        continue;
      }
      String note = inv.message() == null ? "" : inv.message().trim();
      List<String> words = TemplateMask.tokens(note);
      boolean stock = note.isEmpty()
          || (Phrase.STOCK_INVITATION_NOTE.in(note) && words.size() < t.templateMinWords())
          || noteCounts.getOrDefault(String.join(" ", words), 0) >= t.genericMinContacts();
      if (stock) {
        bare.add(inv);
      }
    }
    bare.sort((a, b) -> a.sentAt().compareTo(b.sentAt()));
    List<Invitation> best = List.of();
    int start = 0;
    for (int end = 0; end < bare.size(); end++) {
      while (bare.get(start).sentAt().plus(Duration.ofDays(t.invitationRunDays())).isBefore(bare.get(end).sentAt())) {
        start++;
      }
      if (end - start + 1 > best.size()) {
        best = bare.subList(start, end + 1);
      }
    }
    return List.copyOf(best);
  }
}
