package dev.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeniorityTest {

  private static void all(Seniority expected, List<String> titles) {
    for (String t : titles) {
      assertEquals(expected, Seniority.of(t), "'" + t + "'");
    }
  }

  @Test
  void chiefsFoundersPresidentsVpsDirectorsPartnersHeadsPrincipalsAndManagingAreSenior() {
    all(Seniority.SENIOR, List.of("CEO", "Co-Founder & CTO", "Founder", "cofounder", "Co Founder", "CFO at Contoso",
        "Chief Operating Officer", "Chief of Staff", "President", "Vice President, Sales", "VP Engineering", "SVP",
        "V.P. Marketing", "Director of Partnerships", "Associate Director", "Managing Director", "Managing Partner",
        "Partner", "Senior Partner at Example & Co LLP", "Head of Talent", "Head, Marketing", "Head - Data",
        "Principal", "Principal Engineer", "Chairman of the Board", "Directeur Général", "Geschäftsführer",
        "General Manager"));
  }

  @Test
  void titlesTheSyntheticCohortUsesReadAsIntended() {
    all(Seniority.SENIOR, List.of("Chief Executive Officer", "Co-Founder & CEO", "VP of Engineering",
        "Vice President, Marketing", "Director of Product", "Head of Data", "Principal Designer",
        "Chief Technology Officer", "Founder and Managing Partner", "Director of Analytics", "VP, Talent"));
    all(Seniority.OTHER, List.of("Senior Product Manager", "Engineering Manager", "Technical Recruiter",
        "Senior Software Engineer", "Team Lead, Customer Success", "Senior Data Scientist", "Program Manager",
        "Consultant", "Financial Analyst", "Content Strategist", "QA Engineer", "Student"));
  }

  @Test
  void assistantToTheDirectorIsNotSenior() {
    all(Seniority.OTHER, List.of("Assistant to the Director", "Executive Assistant to the CEO",
        "PA to the Managing Director", "Senior Advisor to the President", "Office of the CEO"));
  }

  @Test
  void partnerAsACounterpartIsNotSenior() {
    all(Seniority.OTHER, List.of("Partner Manager", "HR Business Partner", "Channel Partner Specialist",
        "Strategic Partner Development Lead", "Talent Acquisition Partner", "Customer Success Partner"));
  }

  @Test
  void wordsMatchWholeNotAsPartsOfOtherWords() {
    all(Seniority.OTHER, List.of("Directory Services Analyst", "Partnerships Lead", "Presidential Scholar",
        "Headhunter", "Managing social media", "Vpn Engineer", "Software Engineer", "Student at Example University"));
  }

  @Test
  void ambitionIsNotATitle() {
    all(Seniority.OTHER, List.of("Aspiring Product Director", "Future CEO", "Student | aspiring founder"));
  }

  @Test
  void noTitleIsUnknown() {
    all(Seniority.UNKNOWN, java.util.Arrays.asList(null, "", "   ", "-", "N/A", "--"));
  }

  @Test
  void labelsAreWhatContactHolds() {
    assertEquals("senior", Seniority.of("CEO").label());
    assertEquals("other", Seniority.of("Analyst").label());
    assertEquals("unknown", Seniority.of(null).label());
  }
}
