package dev.rapport.ingest.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkedInFormatTest {

  @Test
  void eachPresetRecognisesItsOwnHeader() {
    for (LinkedInFormat f : LinkedInFormat.values()) {
      LinkedInFormat expected = f == LinkedInFormat.CONNECTIONS_2022 ? LinkedInFormat.CONNECTIONS_2018 : f;
      assertEquals(Optional.of(expected), LinkedInFormat.recognise(f.header()), f.name());
    }
  }

  @Test
  void columnOrderCaseSpacingAndBomDoNotMatter() {
    List<String> header = new ArrayList<>(LinkedInFormat.MESSAGES_2024.header());
    Collections.reverse(header);
    header.replaceAll(c -> " " + c.toLowerCase() + " ");
    header.set(0, "\uFEFF" + header.get(0));
    assertEquals(Optional.of(LinkedInFormat.MESSAGES_2024), LinkedInFormat.recognise(header));
  }

  @Test
  void extraColumnsKeepTheMostSpecificPreset() {
    List<String> header = new ArrayList<>(LinkedInFormat.MESSAGES_2022.header());
    header.add("RECIPIENT PROFILE URLS");
    header.add("ATTACHMENTS");
    assertEquals(Optional.of(LinkedInFormat.MESSAGES_2022), LinkedInFormat.recognise(header),
        "without the draft columns a 2024 file is read as 2022 plus recipients, by column name");
  }

  @Test
  void otherHeadersAreNotRecognised() {
    assertTrue(LinkedInFormat.recognise(List.of("Notes:")).isEmpty());
    assertTrue(LinkedInFormat.recognise(List.of("First Name", "Last Name", "Company", "Job Title", "Text")).isEmpty());
    assertTrue(LinkedInFormat.recognise(List.of()).isEmpty());
    assertTrue(LinkedInFormat.recognise(null).isEmpty());
  }
}
