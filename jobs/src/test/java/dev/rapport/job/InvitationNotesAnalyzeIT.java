package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.testing.RunJson;
import dev.rapport.testing.SparkTestSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A LinkedIn export whose only outreach is invitation notes, analysed end to end: notes that open with a bare ask to
 * strangers are a cold ask quoted from the note, and notes that say who the writer is and why they write are not.
 */
class InvitationNotesAnalyzeIT {

  static final String HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n";

  @TempDir
  Path tmp;

  private Path export(String person, List<String> notes) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("cohort").resolve(person));
    Files.writeString(dir.resolve("Profile.csv"), "First Name,Last Name,Headline\nAvery,Quinn,Student\n",
        StandardCharsets.UTF_8);
    StringBuilder csv = new StringBuilder(HEADER);
    String[] invitees = {"Lena Voss", "Omar Haddad", "Iris Tan", "Jonas Berg"};
    for (int i = 0; i < notes.size(); i++) {
      String slug = invitees[i].toLowerCase().replace(' ', '-');
      csv.append("Avery Quinn,").append(invitees[i]).append(",\"3/").append(i + 2).append("/24, 8:56 PM\",\"")
          .append(notes.get(i)).append("\",OUTGOING,https://www.linkedin.com/in/avery-quinn,")
          .append("https://www.linkedin.com/in/").append(slug).append('\n');
    }
    Files.writeString(dir.resolve("Invitations.csv"), csv.toString(), StandardCharsets.UTF_8);
    return dir;
  }

  private JsonNode analyze(Path personDir) throws Exception {
    Path out = tmp.resolve("out");
    new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(personDir.toString()), out.toString())).run();
    try (var people = Files.list(out.resolve("people"))) {
      Path only = people.findFirst().orElseThrow();
      return RunJson.read(only.resolve("report.json"));
    }
  }

  private static JsonNode finding(JsonNode report, String pattern) {
    for (JsonNode f : report.get("findings")) {
      if (f.get("pattern").asText().equals(pattern)) {
        return f;
      }
    }
    return null;
  }

  @Test
  void bareAsksInInvitationNotesAreColdAsksQuotedFromTheNote() throws Exception {
    JsonNode report = analyze(export("avery", List.of(
        "Can you refer me to an analyst role at your company?",
        "Could you forward my resume to your hiring manager?",
        "Can you get me an interview with your data team?")));
    JsonNode cold = finding(report, "cold_ask");
    assertTrue(cold != null, "expected a cold_ask finding, got " + report.get("findings"));
    List<String> quoted = new ArrayList<>();
    for (JsonNode e : cold.get("evidence")) {
      quoted.add(e.get("excerpt").asText());
      assertTrue(e.get("why").asText().startsWith("invitation note"), e.toString());
    }
    assertEquals(3, quoted.size(), quoted.toString());
    assertTrue(quoted.contains("Can you refer me to an analyst role at your company?"), quoted.toString());
  }

  @Test
  void notesThatSayWhoAndWhyBeforeTheAskAreNotCold() throws Exception {
    JsonNode report = analyze(export("blair", List.of(
        "Hi Lena, I'm Avery, a data science student at State. I loved your post on dashboards. Could we talk?",
        "Hi Omar, I'm Avery, a student at State; Prof. Lee suggested I reach out. Could you spare 15 minutes?",
        "Hi Iris, I'm Avery, a fellow State alum. Would you be open to a short call about your team?")));
    assertFalse(finding(report, "cold_ask") != null, "unexpected cold_ask: " + report.get("findings"));
    assertEquals(0.0, report.get("scores").get("cold_ask").asDouble(), report.get("scores").toString());
  }
}
