package dev.rapport.generate;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invents fictional people, companies, titles and schools, all with reserved example domains.
 *
 * <p>One cast per archive: it never hands out the same name twice, so a contact is unambiguous within an owner's
 * mail. Deterministic for the random source it is given.
 */
final class Cast {
  enum Level { PEER, MID, SENIOR }

  static final List<String> FIRST = List.of(
      "Dana", "Marcus", "Priya", "Tomás", "Zoë", "Kenji", "Amara", "Lukas", "Ingrid", "Rafael", "Mei", "Oluwaseun",
      "Hannah", "Søren", "Camille", "Diego", "Fatima", "Gideon", "Renée", "Yusuf", "Leah", "Nikolai", "Anaïs",
      "Theo", "Imani", "Björn", "Lucía", "Arjun", "Colette", "Desmond", "Elif", "Farah", "Gareth", "Hiroshi",
      "Isla", "Jonah", "Keziah", "Lorenzo", "Maeve", "Nadia", "Oren", "Paloma", "Quentin", "Rosalind", "Sanjay",
      "Tamsin", "Ulrich", "Valentina", "Wendell", "Ximena", "Yara", "Zachary", "Beatriz", "Cormac", "Delphine",
      "Emeka", "Freya", "Gustavo", "Helena", "Ivo", "Jasmine", "Kofi", "Lena", "Matteo", "Noor", "Osman", "Petra");
  static final List<String> LAST = List.of(
      "Whitfield", "Okafor", "Lindqvist", "Nakamura", "Álvarez", "Brennan", "Castellanos", "Dubois", "Eriksen",
      "Fairbanks", "Gallagher", "Haddad", "Iversen", "Jablonski", "Kowalczyk", "Larkspur", "Moreau", "Ndiaye",
      "Oyelaran", "Pemberton", "Quintero", "Rasmussen", "Sorensen", "Thibodeaux", "Umarov", "Vasquez", "Wexley",
      "Yamamoto", "Zielinski", "Ashcombe", "Bellweather", "Carraway", "Delacroix", "Emberly", "Fitzhugh",
      "Grünewald", "Holloway", "Ingram", "Jessop", "Kettering", "Lowell", "Marchetti", "Northcott", "Ostrander",
      "Prewitt", "Quayle", "Rutherford", "Stanhope", "Tremaine", "Underhill", "Vance", "Winslow", "Yarborough");
  static final List<String> COMPANIES = List.of(
      "Brightlane Analytics", "Northwind Labs", "Cobalt & Finch", "Harborview Health", "Quillstone Software",
      "Meridian Foods", "Tessellate Robotics", "Juniper Ridge Capital", "Halcyon Media", "Arbor Logistics",
      "Lumen Bay Energy", "Fernhill Consulting", "Kestrel Games", "Orchard Lane Bank", "Pinecrest Biotech",
      "Saltmarsh Studio", "Copperleaf Insurance", "Wayfarer Travel", "Granite Peak Partners", "Bluebell Retail",
      "Foxglove Pharma", "Ironbridge Manufacturing", "Silverfern Education", "Tidewater Civic Lab");
  static final List<String> SCHOOLS = List.of(
      "Northbrook University", "Lakeshore State University", "Eastfield College", "Westmoor Institute of Technology",
      "Riverside Polytechnic", "St. Aldric College");
  static final List<String> PEER_TITLES = List.of(
      "Data Analyst", "Associate Consultant", "Software Engineer", "Marketing Coordinator", "UX Research Intern",
      "Graduate Student", "Product Analyst", "Junior Designer", "Business Analyst", "Research Assistant",
      "Sales Development Representative", "Operations Associate", "Analyst", "Teaching Assistant",
      "Financial Analyst", "Content Strategist", "QA Engineer", "Student");
  static final List<String> MID_TITLES = List.of(
      "Senior Product Manager", "Engineering Manager", "Technical Recruiter", "Senior Software Engineer",
      "Product Manager", "Team Lead, Customer Success", "Senior Data Scientist", "Program Manager", "Consultant");
  static final List<String> SENIOR_TITLES = List.of(
      "Chief Executive Officer", "Co-Founder & CEO", "Founder", "VP of Engineering", "Vice President, Marketing",
      "Director of Product", "Managing Director", "Partner", "Head of Data", "Principal Designer", "President",
      "Chief Technology Officer", "Founder and Managing Partner", "Director of Analytics", "VP, Talent");
  private static final List<String> ZONES = List.of(
      "America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin",
      "America/Toronto", "Asia/Singapore");

  private final SplittableRandom rng;
  private final Set<String> usedNames = new HashSet<>();

  Cast(SplittableRandom rng) {
    this.rng = rng;
  }

  SplittableRandom rng() {
    return rng;
  }

  <T> T pick(List<T> options) {
    return options.get(rng.nextInt(options.size()));
  }

  /** A contact at the given level, working at a fictional company under its example domain. */
  Person contact(Level level) {
    String company = pick(COMPANIES);
    List<String> titles = switch (level) {
      case PEER -> PEER_TITLES;
      case MID -> MID_TITLES;
      case SENIOR -> SENIOR_TITLES;
    };
    Person p = named(company, pick(titles), pick(SCHOOLS), true, true);
    if (level == Level.SENIOR && rng.nextInt(4) == 0) {
      // credentials after the name, commas and all: LinkedIn's TO column cannot be split on commas because of them
      String suffix = pick(List.of(", CFA", ", PhD", ", MBA, PMP", ", FCA (UK)"));
      p = new Person(p.first(), p.last() + suffix, p.email(), p.company(), p.title(), p.school(), p.slug(), p.zone());
    }
    return p;
  }

  /**
   * Someone met only in bulk mail (a list poster, a profile viewer): names may repeat, since an archive of any size
   * has far more of them than the name pools can make unique.
   */
  Person stranger(Level level) {
    return named(pick(COMPANIES), pick(level == Level.SENIOR ? SENIOR_TITLES : PEER_TITLES), pick(SCHOOLS), true, false);
  }

  /** A fellow student writing from a personal address; names may repeat, as in large class lists. */
  Person classmate(String school) {
    return named("", "Student", school, false, false);
  }

  /** The owner of an archive: a student or recent graduate with a personal address. */
  Person owner(String first, String last, String school, String title) {
    if (!usedNames.add(first + " " + last)) {
      throw new IllegalArgumentException("name already used in this archive: " + first + " " + last);
    }
    String email = Person.fold(first) + "." + Person.fold(last) + "@example.com";
    String slug = Person.fold(first) + "-" + Person.fold(last) + "-" + hex(6);
    return new Person(first, last, email, "", title, school, slug, ZoneId.of("America/New_York"));
  }

  private Person named(String company, String title, String school, boolean workAddress, boolean unique) {
    String first;
    String last;
    do {
      first = pick(FIRST);
      last = pick(LAST);
    } while (unique && (usedNames.contains(first + " " + last) || !usedNames.add(first + " " + last)));
    if (!unique && usedNames.contains(first + " " + last)) {
      // never reuse the name of a real contact for a stranger: it would merge two people
      first = first + (rng.nextBoolean() ? " J." : " M.");
    }
    String domain = workAddress && !company.isEmpty() ? domainOf(company) : pick(List.of("example.org", "example.net"));
    String local = rng.nextInt(4) == 0
        ? Person.fold(first).charAt(0) + Person.fold(last)
        : Person.fold(first) + "." + Person.fold(last);
    String slug = Person.fold(first) + "-" + Person.fold(last) + "-" + hex(rng.nextInt(3) == 0 ? 8 : 6);
    return new Person(first, last, local + "@" + domain, company, title, school, slug, ZoneId.of(pick(ZONES)));
  }

  static String domainOf(String company) {
    return Person.fold(company.split("[ &]")[0]) + ".example";
  }

  String hex(int digits) {
    StringBuilder sb = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      sb.append(Character.forDigit(rng.nextInt(16), 16));
    }
    return sb.toString();
  }

}
