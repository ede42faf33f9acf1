package dev.rapport.patterns;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every number the detectors, strengths, metrics and the job's own limits use: the declarations, one
 * {@link Threshold} each, and an immutable set of values for one run.
 *
 * <pre>{@code
 * Thresholds t = Thresholds.defaults().withOverrides(Map.of("thanks_days", "5", "report_slow_reply", "0.5"));
 * List<Assessment> all = Detectors.assessAll(person, t);
 * int days = t.thanksDays();                      // the same as t.get(Thresholds.THANKS_DAYS)
 * }</pre>
 *
 * <p>Each declaration states its key, type, default, allowed values, meaning and source, and is the only place
 * where that is said: the {@code --set} parser ({@link #withOverrides}), {@code run.json} ({@link #describe}) and the
 * README's table ({@code rapport thresholds}) read it. Adding a threshold means adding one declaration and one
 * accessor here. Do not build a {@code Thresholds} by hand: start from {@link #defaults()} and override by key.
 */
public final class Thresholds implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Filled by the declarations below, in their order; must stay the first static field. */
  private static final List<Threshold<?>> DECLARED = new ArrayList<>();

  // ---- the job's own limits and the message-level decisions ----

  public static final Threshold<Double> ASK_PROBABILITY = doubleKey("ask_probability")
      .doc("A message asks when its ask probability is at least this; cold_ask reads each sentence's the same way.")
      .source("The usual decision boundary of a calibrated probability.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.5);

  public static final Threshold<Double> GRATITUDE_PROBABILITY = doubleKey("gratitude_probability")
      .doc("A message thanks when its gratitude score is at least this.")
      .source("The usual decision boundary of a calibrated probability.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.5);

  public static final Threshold<Integer> MAX_RECIPIENTS = intKey("max_recipients")
      .doc("Mail to more than this many others (To and Cc, the owner's own addresses not counted) is group mail:"
          + " flagged as bulk (\"sent to N others\"), kept in the messages table, and read by no detector.")
      .source("patterns.md leaves messages to large groups out of networking; 5 keeps small introductions (the"
          + " owner, two contacts, a cc) in.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(5);

  public static final Threshold<Integer> MASS_MAIL_MIN_PEOPLE = intKey("mass_mail_min_people")
      .doc("A message from one sender with the same subject found in this many people's archives of the cohort is"
          + " mass mail (an announcement, a promotion, a class-wide note): flagged as bulk and read by no detector.")
      .source("patterns.md: bulk is also recognised by sender behaviour (one sender, many owners); 3, since two"
          + " people of a cohort can share a real correspondent and a thread.")
      .checkValue(v -> v >= 2, "at least 2")
      .createWithDefault(3);

  public static final Threshold<Integer> MIN_REPEATS = intKey("min_repeats")
      .doc("A habit is reported only with at least this many problem cases (need_only_contact: distinct contacts);"
          + " below it the score is held under the reporting line in proportion. help_offered and check_ins need"
          + " this many different contacts to be strengths.")
      .source("patterns.md: mild cases are reported only as a habit, when they repeat; one unanswered message is"
          + " not a habit. Serious cases weigh more in each score rather than being reported alone.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(2);

  public static final Threshold<Integer> CONVERSATION_GAP_DAYS = intKey("conversation_gap_days")
      .doc("A pause this long ends a conversation. Mail without reply headers or a thread id (Enron) with the same"
          + " subject between the same people starts a new thread after it; an owner message after it reopens a"
          + " thread that never ends (LinkedIn keeps one conversation per pair for years); an answer later than it"
          + " counts as no answer (no_follow_up's offers and questions, slow_reply).")
      .source("A month, a judgement call: patterns.md gives no number for an invitation \"never\" answered"
          + " (no_follow_up b); it is the same as new_connection_days.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(30);

  // ---- no_follow_up, need_only_contact, ask_after_help ----

  public static final Threshold<Integer> DORMANCY_DAYS = intKey("dormancy_days")
      .doc("need_only_contact: an ask is need-driven when the owner gave the contact no maintaining word in this"
          + " many days before it, and weighs fully after this long a total silence; a LinkedIn connection or first"
          + " exchange this old makes the contact someone the owner knew.")
      .source("About 6 months, patterns.md's horizon for students, shorter than the ~3 years after which Levin,"
          + " Walter and Murnighan (2011) call executives' ties dormant.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(182);

  public static final Threshold<Integer> THANKS_DAYS = intKey("thanks_days")
      .doc("Help should be thanked or followed up within this many days (no_follow_up a, the thanks_given strength);"
          + " neglected_network waits this long before a contact's unanswered message counts.")
      .source("patterns.md, no_follow_up (a): 7 days.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(7);

  public static final Threshold<Integer> POLITE_FOLLOW_UP_DAYS = intKey("polite_follow_up_days")
      .doc("An unanswered ask deserves a polite follow-up within this many days (no_follow_up d, the"
          + " follow_ups_kept strength); ask_after_help also takes the owner's next message within this window as"
          + " the answer to help.")
      .source("patterns.md, no_follow_up (d): 14 days.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(14);

  public static final Threshold<Integer> NEW_CONNECTION_DAYS = intKey("new_connection_days")
      .doc("A brand-new connection should get a message within this many days (no_follow_up c).")
      .source("patterns.md, no_follow_up (c): 30 days.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(30);

  // ---- generic_outreach ----

  public static final Threshold<Integer> GENERIC_MIN_CONTACTS = intKey("generic_min_contacts")
      .doc("Near-duplicate owner messages to this many distinct contacts or more are generic outreach (score 0.6,"
          + " rising to 1 at twice as many); an invitation note repeated this often is boilerplate.")
      .source("patterns.md, generic_outreach: 5 or more distinct contacts.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(5);

  public static final Threshold<Integer> TEMPLATE_MIN_WORDS = intKey("template_min_words")
      .doc("Texts shorter than this many words are never called templates; an invitation note in stock wording"
          + " shorter than this is boilerplate.")
      .source("Short texts (\"Thanks, talk soon!\") repeat naturally; 12 words, a judgement call.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(12);

  public static final Threshold<Integer> INVITATION_RUN_SIZE = intKey("invitation_run_size")
      .doc("This many invitations or more with an empty or boilerplate note within invitation_run_days are a"
          + " \"large run\" (score 0.6, rising to 1 at twice the size).")
      .source("patterns.md names large runs of bare invitations without a number; 10 is a judgement call.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(10);

  public static final Threshold<Integer> INVITATION_RUN_DAYS = intKey("invitation_run_days")
      .doc("The window, in days, within which bare invitations make a run.")
      .source("Two weeks, a judgement call.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(14);

  public static final Threshold<Integer> NEAR_DUPLICATE_HASHES = intKey("near_duplicate_hashes")
      .doc("MinHash functions per sent message in each person's near-duplicate search.")
      .source("64 gives a standard error of about 0.06 on the estimated Jaccard similarity.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(64);

  public static final Threshold<Integer> NEAR_DUPLICATE_BANDS = intKey("near_duplicate_bands")
      .doc("LSH bands the MinHash signature is cut into; messages sharing a band become a candidate pair.")
      .source("16 bands of 4 rows: pairs with Jaccard 0.6 become candidates with probability ~0.89, pairs at 0.3"
          + " with ~0.12.")
      .checkValue(Thresholds::positive, "at least 1, dividing near_duplicate_hashes")
      .createWithDefault(16);

  public static final Threshold<Double> NEAR_DUPLICATE_MIN_JACCARD = doubleKey("near_duplicate_min_jaccard")
      .doc("Candidate pairs are near-duplicates when the estimated Jaccard similarity of their masked 3-word"
          + " shingles is at least this.")
      .source("Personalised templates score far above 0.6 once names, companies and numbers are masked.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.6);

  // ---- self_promotion ----

  public static final Threshold<Double> SELF_FOCUS_MESSAGE = doubleKey("self_focus_message")
      .doc("A message is self-focused when its share of first-person singular among I and you words is at least"
          + " this (and it has self_focus_min_first_person such words).")
      .source("Three \"I\" for every \"you\", a judgement call; patterns.md looks for first-person reference"
          + " dominating second-person reference.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.75);

  public static final Threshold<Integer> SELF_FOCUS_MIN_FIRST_PERSON = intKey("self_focus_min_first_person")
      .doc("A message needs at least this many first-person singular words to count as self-focused.")
      .source("Short notes say little about a writer's focus; 4, a judgement call.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(4);

  public static final Threshold<Double> SELF_FOCUS_MARGIN = doubleKey("self_focus_margin")
      .doc("How far the owner's pooled I/(I+you) share must lie above the cohort median (or"
          + " self_focus_default_median) for the peer comparison to count fully; at or below the median the score"
          + " stays at 0.4 x the promotional share.")
      .source("patterns.md asks for a comparison with the cohort, not only a fixed number; 0.15, a judgement call.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.15);

  public static final Threshold<Double> SELF_FOCUS_DEFAULT_MEDIAN = doubleKey("self_focus_default_median")
      .doc("The I/(I+you) median self_promotion compares with when the cohort has fewer than cohort_min_people"
          + " people or no median.")
      .source("A starting point for professional email, where I and you are used at similar rates.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.55);

  public static final Threshold<Integer> COHORT_MIN_PEOPLE = intKey("cohort_min_people")
      .doc("The cohort's median self-focus is used only from this many people up.")
      .source("A median of fewer people says little about peers; 5, a judgement call.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(5);

  // ---- status_chasing ----

  public static final Threshold<Integer> SENIOR_MIN_TARGETS = intKey("senior_min_targets")
      .doc("status_chasing is reported only with at least this many outreach targets of known title; below it the"
          + " score is held under the reporting line in proportion.")
      .source("A share of fewer targets is chance; 5, a judgement call.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(5);

  public static final Threshold<Double> SENIOR_DEFAULT_NETWORK_SHARE = doubleKey("senior_default_network_share")
      .doc("The senior share assumed for the rest of the network when fewer than senior_min_network_titles of its"
          + " contacts have known titles.")
      .source("A starting point for students' and early-career networks.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.15);

  public static final Threshold<Integer> SENIOR_MIN_NETWORK_TITLES = intKey("senior_min_network_titles")
      .doc("The rest of the network's own senior share is used, instead of senior_default_network_share, from this"
          + " many of its contacts with known titles up.")
      .source("A share of fewer contacts is chance; 5, as senior_min_targets.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(5);

  // ---- what the archive can show ----

  public static final Threshold<Integer> COVERAGE_GAP_DAYS = intKey("coverage_gap_days")
      .doc("A case that needs the owner's answer is judged only when the owner's own mail in that source comes within"
          + " this many days before it and after its deadline: outside that, the archive may simply not hold the"
          + " owner's mail (a sent folder that stops, an export of another period).")
      .source("Issue 11, on the Enron mailboxes: sent folders with gaps of months; 90 days, a judgement call.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(90);

  // ---- neglected_network, slow_reply ----

  public static final Threshold<Integer> NEGLECT_DAYS = intKey("neglect_days")
      .doc("A two-way tie at least this old is ignored when the owner has not written to it for this many days"
          + " although the contact kept writing, and dormant when neither side wrote; contacts known longer are"
          + " old ties, whose dropped offers are neglected_network's rather than no_follow_up's.")
      .source("patterns.md, neglected_network: 180 days or more.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(180);

  public static final Threshold<Integer> SLOW_REPLY_DAYS = intKey("slow_reply_days")
      .doc("A reply later than this many days to a message that needed an answer is slow (weight 0.6).")
      .source("patterns.md: more than 3 days is slow; Kooti et al. (2015) find a median reply of ~47 minutes and"
          + " over 90% of replies within a day.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(3);

  public static final Threshold<Integer> SLOW_AFTER_OFFER_DAYS = intKey("slow_after_offer_days")
      .doc("A reply this many days late or more weighs 0.9 in slow_reply's score, and 1 when it answers an offer of"
          + " help; it still needs min_repeats slow replies to be reported.")
      .source("patterns.md: 7 days or more after an offer of help is a finding.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(7);

  // ---- reporting lines: a pattern is a finding at or above its score (and with min_repeats cases) ----

  public static final Threshold<Double> REPORT_NEED_ONLY_CONTACT = doubleKey("report_need_only_contact")
      .doc("need_only_contact's line on the weighted share of need-driven asks to people the owner knew (after"
          + " dormancy_days of silence 1, otherwise 0.75).")
      .source("Half of such asks or more, a judgement call.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.5);

  public static final Threshold<Double> REPORT_NO_FOLLOW_UP = doubleKey("report_no_follow_up")
      .doc("no_follow_up's line on the share of dropped cases (help not thanked, offers not answered, asks not"
          + " followed up, new connections not written to), or the share within one kind dropped at least 3 times"
          + " and in at least 3 of 4 of its cases.")
      .source("Half of the cases or more, a judgement call.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.5);

  public static final Threshold<Double> REPORT_ASK_AFTER_HELP = doubleKey("report_ask_after_help")
      .doc("ask_after_help's line on the share of help answered with a further ask and no thanks (belittling the"
          + " help counts double).")
      .source("Half of the cases or more, a judgement call.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.5);

  public static final Threshold<Double> BLUNT_POLITENESS = doubleKey("blunt_politeness")
      .doc("A first ask whose politeness score is below this reads as blunt: cold_ask weighs it 0.2 more and says so"
          + " in its evidence.")
      .source("The lower quartile of the Stanford Politeness Corpus' normalized scores on Wikipedia requests (-0.44;"
          + " -0.32 on Stack Exchange), on the same scale as the politeness model (Danescu-Niculescu-Mizil et al."
          + " 2013).")
      .checkValue(v -> v >= -3 && v <= 3, "within -3..3")
      .createWithDefault(-0.44);

  public static final Threshold<Double> REPORT_COLD_ASK = doubleKey("report_cold_ask")
      .doc("cold_ask's line on the weighted share of first asks to strangers without context (no greeting either"
          + " 1, a greeting only or the ask first 0.8).")
      .source("Half of such first messages or more, a judgement call.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.5);

  public static final Threshold<Double> REPORT_GENERIC_OUTREACH = doubleKey("report_generic_outreach")
      .doc("generic_outreach's line: a template to generic_min_contacts people scores 0.6, unfilled placeholders"
          + " 0.75, an invitation run 0.6; smaller groups and runs stay below 0.45.")
      .source("Set so that each of patterns.md's three signals is reported at its own threshold.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.5);

  public static final Threshold<Double> REPORT_SELF_PROMOTION = doubleKey("report_self_promotion")
      .doc("self_promotion's line on promotional share x (0.4 + 0.6 x how far above peers, up to"
          + " self_focus_margin).")
      .source("Half the messages promotional and well above peers, or all of them and just above; a judgement"
          + " call.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.5);

  public static final Threshold<Double> REPORT_STATUS_CHASING = doubleKey("report_status_chasing")
      .doc("status_chasing's line on (senior share of outreach - senior share of the rest of the network) / (1 -"
          + " the latter).")
      .source("Outreach halfway from the network's mix to all senior: \"a share far above\" in patterns.md.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.5);

  public static final Threshold<Double> REPORT_NEGLECTED_NETWORK = doubleKey("report_neglected_network")
      .doc("neglected_network's line on twice the share of old two-way ties that kept writing and went unanswered"
          + " for neglect_days (or 0.45 x dormant share x share of recent outreach to new contacts, which alone"
          + " stays below it).")
      .source("A quarter of the old ties ignored, a judgement call.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.5);

  public static final Threshold<Double> REPORT_SLOW_REPLY = doubleKey("report_slow_reply")
      .doc("slow_reply's line on the mean weight over replies that were due (later than slow_reply_days 0.6,"
          + " slow_after_offer_days 0.9, after an offer 1, an excuse +0.2).")
      .source("About a quarter of the replies late, where Kooti et al. (2015) find over 90% of replies within a"
          + " day.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.25);

  // ---- strengths ----

  public static final Threshold<Integer> STRENGTH_MIN_CASES = intKey("strength_min_cases")
      .doc("The fewest cases behind a strength: help moments or unanswered asks for the rates (thanks_given,"
          + " follow_ups_kept), check-in threads, replies for reply_speed, giving messages for give_ask_balance.")
      .source("3, a judgement call: fewer cases show luck, not a habit.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(3);

  public static final Threshold<Double> STRENGTH_MIN_RATE = doubleKey("strength_min_rate")
      .doc("A rate-based strength (thanks_given, follow_ups_kept) needs at least this rate.")
      .source("4 in 5, a judgement call.")
      .checkValue(Thresholds::unit, "within 0..1")
      .createWithDefault(0.8);

  public static final Threshold<Integer> BREADTH_MIN_CONTACTS = intKey("breadth_min_contacts")
      .doc("Two-way contacts within breadth_window_days for the network_breadth strength.")
      .source("8, a judgement call for a student's or early-career network.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(8);

  public static final Threshold<Integer> BREADTH_WINDOW_DAYS = intKey("breadth_window_days")
      .doc("The window, in days up to the end of the data, in which network_breadth counts two-way contacts.")
      .source("patterns.md, strengths: the last 12 months.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(365);

  public static final Threshold<Integer> FAST_REPLY_HOURS = intKey("fast_reply_hours")
      .doc("A median reply to messages needing an answer within this many hours is the reply_speed strength.")
      .source("Kooti et al. (2015) put over 90% of replies within a day.")
      .checkValue(Thresholds::positive, "at least 1")
      .createWithDefault(24);

  private static final List<Threshold<?>> ALL = List.copyOf(DECLARED);
  private static final Thresholds DEFAULTS = new Thresholds(defaultValues());

  /** The values, by {@link Threshold#index()}: Integer or Double, as declared. */
  private final Number[] values;

  private Thresholds(Number[] values) {
    this.values = values;
    int hashes = get(NEAR_DUPLICATE_HASHES);
    int bands = get(NEAR_DUPLICATE_BANDS);
    if (hashes % bands != 0) {
      throw new IllegalArgumentException("threshold 'near_duplicate_bands' must divide near_duplicate_hashes, got "
          + bands + " bands for " + hashes + " hashes");
    }
  }

  /** Every declaration, in the order declared. */
  public static List<Threshold<?>> all() {
    return ALL;
  }

  /** Every declaration sorted by key, as run.json and the README list them. */
  public static List<Threshold<?>> byKey() {
    List<Threshold<?>> sorted = new ArrayList<>(ALL);
    sorted.sort(Comparator.comparing(Threshold::key));
    return List.copyOf(sorted);
  }

  /** The defaults of every declaration. */
  public static Thresholds defaults() {
    return DEFAULTS;
  }

  public <T extends Number> T get(Threshold<T> threshold) {
    return threshold.cast(values[threshold.index()]);
  }

  /** A copy with one value replaced, checked as {@code --set} would. */
  public <T extends Number> Thresholds with(Threshold<T> threshold, T value) {
    Number[] copy = values.clone();
    copy[threshold.index()] = threshold.check(value);
    return new Thresholds(copy);
  }

  /**
   * A copy with the given values replaced, keys in snake_case ({@code "neglect_days" -> "120"}).
   *
   * @throws IllegalArgumentException naming the key and the value when the key is unknown, or the value is not a
   *     number of the declared type or not allowed
   */
  public Thresholds withOverrides(Map<String, String> overrides) {
    if (overrides == null || overrides.isEmpty()) {
      return this;
    }
    Number[] copy = values.clone();
    for (var e : new TreeMap<>(overrides).entrySet()) {
      Threshold<?> t = find(e.getKey(), e.getValue());
      copy[t.index()] = t.parse(e.getValue());
    }
    return new Thresholds(copy);
  }

  /** Every value by key, sorted: the {@code thresholds} block of run.json. */
  public Map<String, Object> describe() {
    Map<String, Object> out = new TreeMap<>();
    for (Threshold<?> t : ALL) {
      out.put(t.key(), get(t));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The values that differ from the defaults, by key, sorted: what a run changed. */
  public Map<String, Object> changed() {
    Map<String, Object> out = new TreeMap<>();
    for (Threshold<?> t : ALL) {
      if (!get(t).equals(t.defaultValue())) {
        out.put(t.key(), get(t));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** What each key means and where its default comes from, sorted by key. */
  public static Map<String, String> documentation() {
    Map<String, String> out = new TreeMap<>();
    for (Threshold<?> t : ALL) {
      out.put(t.key(), t.doc() + " " + t.source());
    }
    return Collections.unmodifiableMap(out);
  }

  /** The score at or above which {@code pattern} is reported as a finding. */
  public double reportAt(PatternId pattern) {
    return get(switch (pattern) {
      case NEED_ONLY_CONTACT -> REPORT_NEED_ONLY_CONTACT;
      case NO_FOLLOW_UP -> REPORT_NO_FOLLOW_UP;
      case ASK_AFTER_HELP -> REPORT_ASK_AFTER_HELP;
      case COLD_ASK -> REPORT_COLD_ASK;
      case GENERIC_OUTREACH -> REPORT_GENERIC_OUTREACH;
      case SELF_PROMOTION -> REPORT_SELF_PROMOTION;
      case STATUS_CHASING -> REPORT_STATUS_CHASING;
      case NEGLECTED_NETWORK -> REPORT_NEGLECTED_NETWORK;
      case SLOW_REPLY -> REPORT_SLOW_REPLY;
    });
  }

  // ---- accessors, named as the detectors read them ----

  public double askProbability() {
    return get(ASK_PROBABILITY);
  }

  public double gratitudeProbability() {
    return get(GRATITUDE_PROBABILITY);
  }

  public int maxRecipients() {
    return get(MAX_RECIPIENTS);
  }

  public int massMailMinPeople() {
    return get(MASS_MAIL_MIN_PEOPLE);
  }

  public int minRepeats() {
    return get(MIN_REPEATS);
  }

  public int conversationGapDays() {
    return get(CONVERSATION_GAP_DAYS);
  }

  public int dormancyDays() {
    return get(DORMANCY_DAYS);
  }

  public int thanksDays() {
    return get(THANKS_DAYS);
  }

  public int politeFollowUpDays() {
    return get(POLITE_FOLLOW_UP_DAYS);
  }

  public int newConnectionDays() {
    return get(NEW_CONNECTION_DAYS);
  }

  public int genericMinContacts() {
    return get(GENERIC_MIN_CONTACTS);
  }

  public int templateMinWords() {
    return get(TEMPLATE_MIN_WORDS);
  }

  public int invitationRunSize() {
    return get(INVITATION_RUN_SIZE);
  }

  public int invitationRunDays() {
    return get(INVITATION_RUN_DAYS);
  }

  public int nearDuplicateHashes() {
    return get(NEAR_DUPLICATE_HASHES);
  }

  public int nearDuplicateBands() {
    return get(NEAR_DUPLICATE_BANDS);
  }

  public double nearDuplicateMinJaccard() {
    return get(NEAR_DUPLICATE_MIN_JACCARD);
  }

  public double selfFocusMessage() {
    return get(SELF_FOCUS_MESSAGE);
  }

  public int selfFocusMinFirstPerson() {
    return get(SELF_FOCUS_MIN_FIRST_PERSON);
  }

  public double selfFocusMargin() {
    return get(SELF_FOCUS_MARGIN);
  }

  public double selfFocusDefaultMedian() {
    return get(SELF_FOCUS_DEFAULT_MEDIAN);
  }

  public int cohortMinPeople() {
    return get(COHORT_MIN_PEOPLE);
  }

  public int seniorMinTargets() {
    return get(SENIOR_MIN_TARGETS);
  }

  public double seniorDefaultNetworkShare() {
    return get(SENIOR_DEFAULT_NETWORK_SHARE);
  }

  public int seniorMinNetworkTitles() {
    return get(SENIOR_MIN_NETWORK_TITLES);
  }

  public int coverageGapDays() {
    return get(COVERAGE_GAP_DAYS);
  }

  public int neglectDays() {
    return get(NEGLECT_DAYS);
  }

  public int slowReplyDays() {
    return get(SLOW_REPLY_DAYS);
  }

  public int slowAfterOfferDays() {
    return get(SLOW_AFTER_OFFER_DAYS);
  }

  public double reportNeedOnlyContact() {
    return get(REPORT_NEED_ONLY_CONTACT);
  }

  public double reportNoFollowUp() {
    return get(REPORT_NO_FOLLOW_UP);
  }

  public double reportAskAfterHelp() {
    return get(REPORT_ASK_AFTER_HELP);
  }

  public double reportColdAsk() {
    return get(REPORT_COLD_ASK);
  }

  public double reportGenericOutreach() {
    return get(REPORT_GENERIC_OUTREACH);
  }

  public double reportSelfPromotion() {
    return get(REPORT_SELF_PROMOTION);
  }

  public double reportStatusChasing() {
    return get(REPORT_STATUS_CHASING);
  }

  public double reportNeglectedNetwork() {
    return get(REPORT_NEGLECTED_NETWORK);
  }

  public double reportSlowReply() {
    return get(REPORT_SLOW_REPLY);
  }

  public int strengthMinCases() {
    return get(STRENGTH_MIN_CASES);
  }

  public double strengthMinRate() {
    return get(STRENGTH_MIN_RATE);
  }

  public int breadthMinContacts() {
    return get(BREADTH_MIN_CONTACTS);
  }

  public int breadthWindowDays() {
    return get(BREADTH_WINDOW_DAYS);
  }

  public double bluntPoliteness() {
    return get(BLUNT_POLITENESS);
  }

  public int fastReplyHours() {
    return get(FAST_REPLY_HOURS);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Thresholds other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Thresholds" + describe();
  }

  private static Threshold<?> find(String key, String value) {
    for (Threshold<?> t : ALL) {
      if (t.key().equals(key)) {
        return t;
      }
    }
    String near = ALL.stream().map(Threshold::key).min(Comparator.comparingInt(k -> editDistance(k, key))).orElseThrow();
    throw new IllegalArgumentException("unknown threshold '" + key + "' (value '" + value + "')"
        + (editDistance(near, key) <= 3 ? "; did you mean '" + near + "'?" : "; known: " + byKey()));
  }

  /** Levenshtein edit distance, to suggest the key a typo meant (here and for the ingest limits' keys). */
  public static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int swap = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + swap);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static Number[] defaultValues() {
    Number[] v = new Number[ALL.size()];
    for (Threshold<?> t : ALL) {
      v[t.index()] = t.defaultValue();
    }
    return v;
  }

  private static Threshold.Builder<Integer> intKey(String key) {
    return Threshold.intKey(key, DECLARED);
  }

  private static Threshold.Builder<Double> doubleKey(String key) {
    return Threshold.doubleKey(key, DECLARED);
  }

  private static boolean unit(double v) {
    return v >= 0 && v <= 1;
  }

  private static boolean positive(int v) {
    return v >= 1;
  }
}
