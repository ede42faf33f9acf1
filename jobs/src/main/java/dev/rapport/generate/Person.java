package dev.rapport.generate;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A fictional person in a synthetic archive: the owner or one of their contacts.
 *
 * <p>Every address is under a reserved example domain, so nothing generated can reach a real mailbox.
 *
 * @param slug the LinkedIn profile slug, the key that joins the person across export files
 * @param zone where the person writes from; shapes the offsets in their Date headers
 */
public record Person(
    String first, String last, String email, String company, String title, String school, String slug, ZoneId zone) {

  public Person {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(zone, "zone");
    if (!email.contains("@")) {
      throw new IllegalArgumentException("expected an email address, got '" + email + "'");
    }
    company = company == null ? "" : company;
    title = title == null ? "" : title;
    school = school == null ? "" : school;
    slug = slug == null ? "" : slug;
  }

  public String name() {
    return last.isEmpty() ? first : first + " " + last;
  }

  public String profileUrl() {
    return "https://www.linkedin.com/in/" + slug;
  }

  /** The same person reached under another address, e.g. a personal one rather than the work one. */
  public Person withEmail(String otherEmail) {
    return new Person(first, last, otherEmail, company, title, school, slug, zone);
  }

  public Person withJob(String otherCompany, String otherTitle) {
    return new Person(first, last, email, otherCompany, otherTitle, school, slug, zone);
  }

  /** ASCII, lower case, letters and digits only: what mail providers and LinkedIn slugs make of a name. */
  static String fold(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    plain = plain.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
