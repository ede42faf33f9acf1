package dev.rapport.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How senior a job title reads, for the {@code status_chasing} pattern: {@link #SENIOR} for chiefs, C-level
 * acronyms, founders, presidents, VPs, directors, partners, heads of, principals and managing directors or
 * partners; {@link #OTHER} for any other title; {@link #UNKNOWN} when there is no title at all.
 *
 * <pre>{@code
 * Seniority.of("Co-Founder & CTO").label()          // "senior"
 * Seniority.of("Assistant to the Director").label() // "other"
 * }</pre>
 *
 * <p>Words are matched whole, so "Directory Services" or "Partnerships Lead" are not senior. The part of a title
 * that says whom someone assists or advises ("Executive Assistant to the CEO") does not count, and neither does an
 * ambition ("Aspiring Product Director"). A title is what someone calls themselves today: do not read it as their
 * rank when the message was written.
 */
public enum Seniority {
  SENIOR("senior"),
  OTHER("other"),
  UNKNOWN("unknown");

  private final String label;

  Seniority(String label) {
    this.label = label;
  }

  /** {@code senior}, {@code other} or {@code unknown}, as the relationships table holds it. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }

  /** Where the title stops being about the person: "Assistant to the …", "Advisor to the …". */
  private static final Pattern ON_BEHALF = Pattern.compile(
      "\\b(assistant|asst|secretary|aide|pa|ea|advisor|adviser|support|reporting|office)\\s+(to|of|for)\\b");
  private static final Pattern AMBITION = Pattern.compile(
      "\\b(aspiring|future|wannabe|want to be|would be)\\s+((?:[a-z]+\\s+){0,3})$");
  /**
   * A partner that is a counterpart rather than an owner of the firm: "Partner Manager", "HR Business Partner",
   * "Talent Acquisition Partner", "Customer Success Partner".
   */
  private static final Pattern PARTNER_AS_COUNTERPART = Pattern.compile(
      "\\b(business|channel|strategic|technology|alliance|implementation|hr|people|talent|acquisition|success"
          + "|learning|delivery)"
          + "\\s+partners?\\b"
          + "|\\bpartners?\\s+(manager|management|marketing|success|specialist|engineer|relations|development|account"
          + "|sales|solutions|program|programme|operations|enablement|associate|executive|coordinator|lead|integration"
          + "|ecosystem|support|network|experience|onboarding|representative|rep)\\b");
  private static final Pattern SENIOR_WORDS = Pattern.compile(
      "\\bchief\\b"
          + "|\\b(ceo|cto|cfo|coo|cio|cmo|cso|cpo|cro|cdo|ciso|chro|cco)\\b"
          + "|\\b(co )?founders?\\b|\\bcofounders?\\b|\\bfounding (partner|director)\\b"
          + "|\\bpresident\\b|\\b(s|e|a)?vp\\b|\\bv ?p\\b|\\bvice president\\b"
          + "|\\bdirectors?\\b|\\bpartners?\\b|\\bhead of\\b|\\bhead\\s*[,:]"
          + "|\\bprincipal\\b|\\bmanaging (director|partner|editor|member|principal)\\b"
          + "|\\bchair(man|woman|person)?\\b|\\bgeneral manager\\b"
          // a few common non-English forms seen in international exports
          + "|\\b(directeur|directrice|directora|geschaftsfuhrer|grunder|fondateur|fondatrice|fundador|fundadora"
          + "|presidente|president directeur general|pdg)\\b");

  /**
   * The seniority of a title; {@link #UNKNOWN} for null, blank or placeholder titles ("-", "n/a").
   */
  public static Seniority of(String title) {
    if (title == null) {
      return UNKNOWN;
    }
    String t = fold(title);
    if (t.isEmpty() || t.equals("n a") || t.equals("na") || t.equals("none") || t.equals("unknown")) {
      return UNKNOWN;
    }
    Matcher onBehalf = ON_BEHALF.matcher(t);
    if (onBehalf.find()) {
      t = t.substring(0, onBehalf.start());
    }
    Matcher m = SENIOR_WORDS.matcher(t);
    while (m.find()) {
      String before = t.substring(0, m.start());
      if (AMBITION.matcher(before).find()) {
        continue;
      }
      if (m.group().startsWith("partner") && counterpart(t, m.start(), m.end())) {
        continue;
      }
      return SENIOR;
    }
    return OTHER;
  }

  private static boolean counterpart(String t, int start, int end) {
    Matcher c = PARTNER_AS_COUNTERPART.matcher(t);
    while (c.find()) {
      if (c.start() <= start && c.end() >= end) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, accents dropped, a dash between words made a comma, other punctuation but commas and colons made spaces. */
  static String fold(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("\\s+[-–—]+\\s+", ", ")
        .replaceAll("[^\\p{L}\\p{N},:]+", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
