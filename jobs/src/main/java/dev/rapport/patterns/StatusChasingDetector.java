package dev.rapport.patterns;

import dev.rapport.identity.Seniority;
import dev.rapport.ingest.ContactKey;
import dev.rapport.ingest.linkedin.Connection;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.patterns.PersonData.Msg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code status_chasing}: networks only upward.
 *
 * <p>Outreach targets are the contacts the owner wrote to first (an owner-started first message, unless they had
 * invited the owner on LinkedIn) and the people the owner sent LinkedIn invitations to. The network is every other
 * contact or connection whose title is known. With
 * {@code so} the senior share of targets with known titles and {@code sn} the senior share of the rest of the network
 * ({@code senior_default_network_share} when fewer than five of them have titles), the score is
 * {@code (so - sn) / (1 - sn)}, held under the reporting line while fewer than {@code senior_min_targets} targets
 * have known titles.
 * Seniority is read from the title by {@link Seniority} (chief, founder, president, VP, director, partner, head of,
 * principal, managing…). Not assessable when no title is known at all: no LinkedIn positions, no contact titles.
 */
public final class StatusChasingDetector implements Detector {

  @Override
  public PatternId pattern() {
    return PatternId.STATUS_CHASING;
  }

  @Override
  public Assessment assess(PersonIndex p) {
    Judgements j = new Judgements(p);
    Thresholds t = p.t;
    Map<String, Seniority> seniority = new TreeMap<>();
    if (p.data.contacts() != null) {
      for (var c : p.data.contacts().entrySet()) {
        Seniority s = c.getValue().seniority();
        if (s != Seniority.UNKNOWN) {
          seniority.put(c.getKey(), s);
        }
      }
    }
    if (p.data.connections() != null) {
      for (Connection c : p.data.connections()) {
        Seniority s = Seniority.of(c.position());
        if (s == Seniority.UNKNOWN) {
          continue;
        }
        String key = p.contactOf(c.profileUrl(), c.email(), (nz(c.firstName()) + " " + nz(c.lastName())).trim())
            .orElseGet(() -> ContactKey.name(c.firstName() + " " + c.lastName()).value());
        seniority.putIfAbsent(key, s);
      }
    }
    if (seniority.isEmpty()) {
      return Assessment.notAssessable(pattern(), "no titles known: no LinkedIn Connections.csv positions and no"
          + " contact titles");
    }

    // target -> the evidence of the first outreach to them
    // People who invited the owner came to the owner: a first "thanks for connecting" to them is not outreach.
    java.util.Set<String> invitedOwner = new java.util.HashSet<>();
    if (p.data.invitations() != null) {
      for (Invitation inv : p.data.invitations()) {
        if (!inv.outgoing()) {
          invitedOwner.add(p.contactOf(inv.inviterProfileUrl(), null, inv.from())
              .orElseGet(() -> ContactKey.name(inv.from()).value()));
        }
      }
    }
    Map<String, Evidence> targets = new LinkedHashMap<>();
    for (var e : p.byContact().entrySet()) {
      Msg first = e.getValue().get(0);
      if (first.sent() && p.ownerStarted(first) && !invitedOwner.contains(e.getKey())) {
        targets.put(e.getKey(),
            EvidenceText.quoting(e.getKey(), first, "ask", "first outreach went to a senior contact"));
      }
    }
    if (p.data.invitations() != null) {
      for (Invitation inv : p.data.invitations()) {
        if (!inv.outgoing()) {
          continue;
        }
        String key = p.contactOf(inv.inviteeProfileUrl(), null, inv.to())
            .orElseGet(() -> ContactKey.name(inv.to()).value());
        Evidence ev = EvidenceText.invitation(key, inv, "invitation sent to a senior contact");
        targets.merge(key, ev, (a, b) -> a.date() != null && (b.date() == null || a.date().isBefore(b.date())) ? a : b);
      }
    }
    int known = 0;
    int senior = 0;
    List<Evidence> evidence = new ArrayList<>();
    for (var e : targets.entrySet()) {
      Seniority s = seniority.get(e.getKey());
      if (s == null) {
        continue;
      }
      known++;
      if (s == Seniority.SENIOR) {
        senior++;
        evidence.add(e.getValue());
      }
    }
    int restKnown = 0;
    int restSenior = 0;
    for (var e : seniority.entrySet()) {
      if (!targets.containsKey(e.getKey())) {
        restKnown++;
        restSenior += e.getValue() == Seniority.SENIOR ? 1 : 0;
      }
    }
    double sn = restKnown >= t.seniorMinNetworkTitles() ? (double) restSenior / restKnown : t.seniorDefaultNetworkShare();
    double so = known == 0 ? 0 : (double) senior / known;
    double raw = sn >= 1 ? 0 : (so - sn) / (1 - sn);
    double score = Judgements.round(raw);
    if (known < t.seniorMinTargets()) {
      // too few targets with titles to call it a habit: stay under the line, in proportion
      score = Math.min(score, t.reportAt(pattern()) * known / t.seniorMinTargets() * 0.99);
    }
    score = j.habit(pattern(), score, senior);
    if (known < t.seniorMinTargets() || !j.reportable(pattern(), score, senior)) {
      return Assessment.of(pattern(), score, null);
    }
    evidence.sort((a, b) -> a.date() == null ? 1 : b.date() == null ? -1 : a.date().compareTo(b.date()));
    String summary = String.format(Locale.ROOT, "%d of your %d new contacts with known titles were senior"
        + " (%.0f%%), against %.0f%% of the rest of your network.", senior, known, so * 100, sn * 100);
    String advice = "Keep writing to senior people, but build sideways too: for every message like the one of "
        + EvidenceText.day(evidence.get(0).date()) + ", write to a peer or someone a few years ahead (alumni two to"
        + " five years out, people in the role you want next). They answer more often, remember you, and become the"
        + " senior people later.";
    return Assessment.of(pattern(), score,
        new Finding(pattern(), score, summary, advice, EvidenceText.top(evidence, 8)));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
