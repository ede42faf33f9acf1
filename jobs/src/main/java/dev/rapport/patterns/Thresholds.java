package dev.rapport.patterns;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every number the detectors, strengths and metrics use, in one immutable record.
 *
 * <pre>{@code
 * Thresholds t = Thresholds.defaults().withOverrides(Map.of("thanks_days", "5", "report_slow_reply", "0.5"));
 * List<Assessment> all = Detectors.assessAll(person, t);
 * }</pre>
 *
 * <p>Keys are the snake_case names of the components ({@code thanksDays} is {@code thanks_days}). Values are
 * starting points from {@code shared/design/patterns.md} and the research it cites; {@link #documentation()} says,
 * per key, what it means and where it comes from. Do not build a {@code Thresholds} by hand with positional
 * arguments: start from {@link #defaults()} and override by name, so that adding a threshold breaks nobody.
 *
 * @param askProbability         a message asks when its ask probability is at least this
 * @param gratitudeProbability   a message thanks when its gratitude is at least this
 * @param maxRecipients          messages with more recipients than this are group mail, not networking
 * @param minRepeats             a habit needs at least this many problem cases; one case is not a habit
 * @param conversationGapDays    an owner message after this long a silence in a thread reopens it, and an answer
 *                               later than this counts as no answer
 * @param dormancyDays           no exchange for this long makes a tie dormant (need_only_contact)
 * @param thanksDays             help should be thanked or followed up within this many days
 * @param politeFollowUpDays     an unanswered ask should get a polite follow-up within this many days
 * @param newConnectionDays      a new connection should get a message within this many days
 * @param genericMinContacts     a near-duplicate message to this many distinct contacts is generic outreach
 * @param templateMinWords       messages shorter than this are too short to call a template
 * @param invitationRunSize      this many empty/boilerplate invitations within {@code invitationRunDays} is a run
 * @param invitationRunDays      the window for an invitation run
 * @param nearDuplicateHashes    MinHash functions per message (NearDuplicates)
 * @param nearDuplicateBands     LSH bands (nearDuplicateHashes must be a multiple)
 * @param nearDuplicateMinJaccard estimated Jaccard similarity at which two masked texts are near-duplicates
 * @param selfFocusMessage       a message's I/(I+you) share at or above which it is self-focused
 * @param selfFocusMinFirstPerson a message needs at least this many first-person singular words to be judged
 * @param selfFocusMargin        how far above the cohort (or default) median the owner's self-focus must be
 * @param selfFocusDefaultMedian the median self-focus used when the cohort is too small to have one
 * @param cohortMinPeople        the cohort median is used only with at least this many people
 * @param seniorMinTargets       status_chasing needs at least this many outreach targets with known titles
 * @param seniorDefaultNetworkShare the senior share assumed for the network when the rest of it has no titles
 * @param neglectDays            two-way ties left without the owner's word this long are neglected
 * @param slowReplyDays          a reply later than this is slow
 * @param slowAfterOfferDays     a reply this late after an offer of help is a finding on its own
 * @param strengthMinCases       a rate-based strength needs at least this many cases
 * @param strengthMinRate        a rate-based strength needs at least this rate
 * @param breadthMinContacts     two-way contacts in the breadth window for a breadth strength
 * @param breadthWindowDays      the breadth window (the last 12 months)
 * @param fastReplyHours         a median reply latency at or below this is a strength
 */
public record Thresholds(
    double askProbability,
    double gratitudeProbability,
    int maxRecipients,
    int minRepeats,
    int conversationGapDays,
    int dormancyDays,
    int thanksDays,
    int politeFollowUpDays,
    int newConnectionDays,
    int genericMinContacts,
    int templateMinWords,
    int invitationRunSize,
    int invitationRunDays,
    int nearDuplicateHashes,
    int nearDuplicateBands,
    double nearDuplicateMinJaccard,
    double selfFocusMessage,
    int selfFocusMinFirstPerson,
    double selfFocusMargin,
    double selfFocusDefaultMedian,
    int cohortMinPeople,
    int seniorMinTargets,
    double seniorDefaultNetworkShare,
    int neglectDays,
    int slowReplyDays,
    int slowAfterOfferDays,
    double reportNeedOnlyContact,
    double reportNoFollowUp,
    double reportAskAfterHelp,
    double reportColdAsk,
    double reportGenericOutreach,
    double reportSelfPromotion,
    double reportStatusChasing,
    double reportNeglectedNetwork,
    double reportSlowReply,
    int strengthMinCases,
    double strengthMinRate,
    int breadthMinContacts,
    int breadthWindowDays,
    int fastReplyHours) implements java.io.Serializable {

  private static final Map<String, String> DOCS = docs();

  public Thresholds {
    unit("ask_probability", askProbability);
    unit("gratitude_probability", gratitudeProbability);
    unit("near_duplicate_min_jaccard", nearDuplicateMinJaccard);
    unit("self_focus_message", selfFocusMessage);
    unit("self_focus_margin", selfFocusMargin);
    unit("self_focus_default_median", selfFocusDefaultMedian);
    unit("senior_default_network_share", seniorDefaultNetworkShare);
    unit("strength_min_rate", strengthMinRate);
    unit("report_need_only_contact", reportNeedOnlyContact);
    unit("report_no_follow_up", reportNoFollowUp);
    unit("report_ask_after_help", reportAskAfterHelp);
    unit("report_cold_ask", reportColdAsk);
    unit("report_generic_outreach", reportGenericOutreach);
    unit("report_self_promotion", reportSelfPromotion);
    unit("report_status_chasing", reportStatusChasing);
    unit("report_neglected_network", reportNeglectedNetwork);
    unit("report_slow_reply", reportSlowReply);
    positive("max_recipients", maxRecipients);
    positive("min_repeats", minRepeats);
    positive("conversation_gap_days", conversationGapDays);
    positive("dormancy_days", dormancyDays);
    positive("thanks_days", thanksDays);
    positive("polite_follow_up_days", politeFollowUpDays);
    positive("new_connection_days", newConnectionDays);
    positive("generic_min_contacts", genericMinContacts);
    positive("template_min_words", templateMinWords);
    positive("invitation_run_size", invitationRunSize);
    positive("invitation_run_days", invitationRunDays);
    positive("near_duplicate_hashes", nearDuplicateHashes);
    positive("near_duplicate_bands", nearDuplicateBands);
    if (nearDuplicateHashes % nearDuplicateBands != 0) {
      throw new IllegalArgumentException("near_duplicate_hashes must be a multiple of near_duplicate_bands, got "
          + nearDuplicateHashes + " and " + nearDuplicateBands);
    }
    positive("self_focus_min_first_person", selfFocusMinFirstPerson);
    positive("cohort_min_people", cohortMinPeople);
    positive("senior_min_targets", seniorMinTargets);
    positive("neglect_days", neglectDays);
    positive("slow_reply_days", slowReplyDays);
    positive("slow_after_offer_days", slowAfterOfferDays);
    positive("strength_min_cases", strengthMinCases);
    positive("breadth_min_contacts", breadthMinContacts);
    positive("breadth_window_days", breadthWindowDays);
    positive("fast_reply_hours", fastReplyHours);
  }

  /** The starting points of {@code patterns.md}; see {@link #documentation()} for each value's source. */
  public static Thresholds defaults() {
    return new Thresholds(
        0.5, 0.5, 5, 2, 30,
        182, 7, 14, 30,
        5, 12, 10, 14, 64, 16, 0.6,
        0.75, 4, 0.15, 0.55, 5,
        5, 0.15,
        180, 3, 7,
        0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.25,
        3, 0.8, 8, 365, 24);
  }

  /**
   * A copy with the given values replaced, keys in snake_case ({@code "neglect_days" -> "120"}).
   *
   * @throws IllegalArgumentException naming the key and the value when the key is unknown or the value is not a
   *     number of the right kind or out of range
   */
  public Thresholds withOverrides(Map<String, String> overrides) {
    if (overrides == null || overrides.isEmpty()) {
      return this;
    }
    RecordComponent[] components = Thresholds.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = read(components[i]);
      index.put(snake(components[i].getName()), i);
    }
    for (var e : new TreeMap<>(overrides).entrySet()) {
      Integer i = index.get(e.getKey());
      if (i == null) {
        throw new IllegalArgumentException("unknown threshold '" + e.getKey() + "' (value '" + e.getValue()
            + "'); known: " + index.keySet());
      }
      String raw = e.getValue() == null ? "" : e.getValue().trim();
      try {
        values[i] = types[i] == int.class ? (Object) Integer.parseInt(raw) : (Object) Double.parseDouble(raw);
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException("threshold '" + e.getKey() + "' needs "
            + (types[i] == int.class ? "a whole number" : "a number") + ", got '" + e.getValue() + "'");
      }
    }
    try {
      return (Thresholds) Thresholds.class.getDeclaredConstructor(types).newInstance(values);
    } catch (java.lang.reflect.InvocationTargetException ex) {
      if (ex.getCause() instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException(iae.getMessage() + " (overrides " + new TreeMap<>(overrides) + ")", iae);
      }
      throw new IllegalStateException(ex.getCause());
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Every value by snake_case key, sorted, as numbers: for {@code run.json} and the README. */
  public Map<String, Object> describe() {
    Map<String, Object> out = new TreeMap<>();
    for (RecordComponent c : Thresholds.class.getRecordComponents()) {
      out.put(snake(c.getName()), read(c));
    }
    return Collections.unmodifiableMap(out);
  }

  /** What each key means and where its default comes from, sorted by key. */
  public static Map<String, String> documentation() {
    return DOCS;
  }

  /** The score at or above which {@code pattern} is reported as a finding. */
  public double reportAt(PatternId pattern) {
    return switch (pattern) {
      case NEED_ONLY_CONTACT -> reportNeedOnlyContact;
      case NO_FOLLOW_UP -> reportNoFollowUp;
      case ASK_AFTER_HELP -> reportAskAfterHelp;
      case COLD_ASK -> reportColdAsk;
      case GENERIC_OUTREACH -> reportGenericOutreach;
      case SELF_PROMOTION -> reportSelfPromotion;
      case STATUS_CHASING -> reportStatusChasing;
      case NEGLECTED_NETWORK -> reportNeglectedNetwork;
      case SLOW_REPLY -> reportSlowReply;
    };
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private Object read(RecordComponent c) {
    try {
      return c.getAccessor().invoke(this);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void unit(String key, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException("threshold '" + key + "' must be within 0..1, got " + v);
    }
  }

  private static void positive(String key, int v) {
    if (v < 1) {
      throw new IllegalArgumentException("threshold '" + key + "' must be at least 1, got " + v);
    }
  }

  private static Map<String, String> docs() {
    Map<String, String> d = new TreeMap<>();
    d.put("ask_probability", "A message asks when the classifier's ask probability is at least this; the usual"
        + " decision boundary of a calibrated probability.");
    d.put("gratitude_probability", "A message thanks when its gratitude score is at least this; decision boundary.");
    d.put("max_recipients", "Messages to more recipients than this are group mail, which patterns.md excludes from"
        + " networking; 5 keeps small introductions (owner, two contacts, a cc) in.");
    d.put("min_repeats", "A habit needs at least this many problem cases: one unanswered message is not a habit.");
    d.put("conversation_gap_days", "An owner message after 30 days of silence in a thread starts something new (LinkedIn"
        + " keeps one conversation per pair for years), and an answer later than 30 days is treated as none.");
    d.put("dormancy_days", "About 6 months without exchange makes a tie dormant: patterns.md's student horizon,"
        + " shorter than the ~3 years of Levin, Walter and Murnighan (2011) for executives.");
    d.put("thanks_days", "Help should be thanked or followed up within 7 days (patterns.md, no_follow_up a).");
    d.put("polite_follow_up_days", "An unanswered ask deserves a polite follow-up within 14 days (patterns.md,"
        + " no_follow_up d).");
    d.put("new_connection_days", "A new connection should get a message within 30 days (patterns.md, no_follow_up c).");
    d.put("generic_min_contacts", "The same masked message to 5 or more distinct contacts is generic outreach"
        + " (patterns.md).");
    d.put("template_min_words", "Texts shorter than 12 words (\"Thanks, talk soon!\") repeat naturally and are not"
        + " called templates.");
    d.put("invitation_run_size", "10 or more invitations with an empty or boilerplate note within the run window"
        + " are a 'large run' (patterns.md, generic_outreach); a judgement call.");
    d.put("invitation_run_days", "Window for an invitation run: two weeks.");
    d.put("near_duplicate_hashes", "MinHash signature length; 64 gives a standard error of about 0.06 on the"
        + " estimated Jaccard similarity.");
    d.put("near_duplicate_bands", "16 bands of 4 rows: pairs with Jaccard 0.6 become candidates with probability"
        + " ~0.89, pairs at 0.3 with ~0.12.");
    d.put("near_duplicate_min_jaccard", "Candidate pairs are kept when their estimated Jaccard similarity of masked"
        + " 3-word shingles is at least 0.6; personalised templates score far above this after masking.");
    d.put("self_focus_message", "A message whose first-person singular share of I+you words is at least 0.75 is"
        + " self-focused (three 'I' for every 'you').");
    d.put("self_focus_min_first_person", "A message needs at least 4 first-person singular words before its"
        + " self-focus is judged; short notes say little.");
    d.put("self_focus_margin", "The owner's pooled self-focus must exceed the cohort median (or the default) by"
        + " 0.15 before self_promotion is reported: patterns.md asks for a comparison with peers.");
    d.put("self_focus_default_median", "Self-focus median used when the cohort is smaller than cohort_min_people;"
        + " a starting point for professional email, where I and you are used at similar rates.");
    d.put("cohort_min_people", "A cohort median is trusted only from 5 people up.");
    d.put("senior_min_targets", "status_chasing needs at least 5 outreach targets with known titles.");
    d.put("senior_default_network_share", "Senior share assumed for the rest of the network when it has no known"
        + " titles; a starting point for students' and early-career networks.");
    d.put("neglect_days", "Two-way ties without the owner's word for 180 days or more are neglected (patterns.md).");
    d.put("slow_reply_days", "Replies later than 3 days are slow: Kooti et al. (2015) find a median of ~47 minutes"
        + " and over 90% of replies within a day (patterns.md).");
    d.put("slow_after_offer_days", "A reply 7 days or more after an offer of help weighs fully in slow_reply's score"
        + " (patterns.md calls it a finding); like every habit it still needs min_repeats cases.");
    d.put("report_need_only_contact", "need_only_contact is reported from this weighted share of need-driven asks to"
        + " people the owner knew (after dormancy_days of silence 1, otherwise 0.75): half of such asks or more.");
    d.put("report_no_follow_up", "no_follow_up is reported from this share of dropped openings (help not thanked,"
        + " offers not answered, asks not followed up, new connections not written to): half or more.");
    d.put("report_ask_after_help", "ask_after_help is reported from this share of help answered with a further ask"
        + " and no thanks (belittling counts double): half or more.");
    d.put("report_cold_ask", "cold_ask is reported from this weighted share of first asks to strangers without"
        + " context (no context at all 1, greeting only or ask first 0.8): half or more.");
    d.put("report_generic_outreach", "generic_outreach is reported at this score: a template to generic_min_contacts"
        + " people scores 0.6, unfilled placeholders 0.75, an invitation run 0.6; smaller groups stay below 0.45.");
    d.put("report_self_promotion", "self_promotion is reported at this score = promotional share x (0.4 + 0.6 x how"
        + " far above peers): half the messages promotional and well above peers, or all of them and just above.");
    d.put("report_status_chasing", "status_chasing is reported at this score = (senior share of outreach - senior"
        + " share of the rest of the network) / (1 - the latter): outreach halfway from the network's mix to all senior.");
    d.put("report_neglected_network", "neglected_network is reported at this score = twice the share of old two-way"
        + " ties that kept writing unanswered for neglect_days: a quarter of such ties or more.");
    d.put("report_slow_reply", "slow_reply is reported at this weighted share of slow replies (over slow_reply_days"
        + " 0.6, slow_after_offer_days 0.9, after an offer 1, an excuse +0.2): 0.25, about a quarter of the replies"
        + " that were due, where Kooti et al. (2015) find over 90% of replies within a day.");
    d.put("strength_min_cases", "A rate-based strength (thanks, follow-ups) needs at least 3 cases.");
    d.put("strength_min_rate", "A rate-based strength needs a rate of at least 0.8.");
    d.put("breadth_min_contacts", "Two-way contacts in the last 12 months for a breadth strength: 8.");
    d.put("breadth_window_days", "The breadth window: the last 12 months (patterns.md, strengths).");
    d.put("fast_reply_hours", "A median reply within 24 hours is a strength: Kooti et al. (2015) put over 90% of"
        + " replies within a day.");
    return Collections.unmodifiableMap(d);
  }
}
