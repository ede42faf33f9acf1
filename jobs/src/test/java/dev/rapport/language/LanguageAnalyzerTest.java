package dev.rapport.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageAnalyzerTest {

  static final LanguageAnalyzer A = LanguageAnalyzer.shared();

  @Test
  void sentenceSpansQuoteTheAskingAndThankingSentencesExactly() {
    String text = "Hi Noor,\n\nThanks so much for the advice last week. Could you introduce me to Dev Patel? Best, Sam";
    Signals s = A.analyze(text);
    Signals.SentenceSignal ask = s.sentences().stream().filter(x -> x.labels().contains("request")).findFirst()
        .orElseThrow();
    assertEquals("Could you introduce me to Dev Patel?", text.substring(ask.start(), ask.end()));
    Signals.SentenceSignal thanks = s.sentences().stream().filter(x -> x.labels().contains("gratitude")).findFirst()
        .orElseThrow();
    assertEquals("Thanks so much for the advice last week.", text.substring(thanks.start(), thanks.end()));
    assertTrue(s.ask() >= 0.5 && s.gratitude() >= 0.5 && s.greeting(), s.toString());
    assertFalse(s.asksFirst(), "a greeting came before the ask");
  }

  @Test
  void phrasesAreReadForTheMessageAndForEachSentenceTheyAreIn() {
    String text = "Hi Ana, I'm a data analyst at Tolland. Could you add me to your network? Not really urgent.";
    Signals s = A.analyze(text);
    assertTrue(s.says(Phrase.WHO_I_AM) && s.says(Phrase.ASKS_TO_CONNECT) && s.says(Phrase.DECLINE), s.toString());
    assertFalse(s.says(Phrase.PITCH));
    Signals.SentenceSignal who = s.sentences().stream().filter(x -> x.labels().contains("who_i_am")).findFirst()
        .orElseThrow();
    assertTrue(text.substring(who.start(), who.end()).contains("I'm a data analyst"), text.substring(who.start()));
    Signals.SentenceSignal connect = s.sentences().stream().filter(x -> x.labels().contains("asks_to_connect"))
        .findFirst().orElseThrow();
    assertEquals("Could you add me to your network?", text.substring(connect.start(), connect.end()));
    assertFalse(connect.labels().contains("who_i_am"));
  }

  @Test
  void phrasesAreReadOnExactlyTheFirstMaxCharsCharacters() {
    // "not really" ends at MAX_CHARS and "abc" follows with no space, so the annotated prefix, cut at the last
    // space, stops after "not"; the detectors were always handed the first MAX_CHARS characters, and so are phrases.
    String head = "word ".repeat((LanguageAnalyzer.MAX_CHARS - 10) / 5) + "not really";
    assertEquals(LanguageAnalyzer.MAX_CHARS, head.length());
    assertTrue(A.analyze(head + "abc and more").says(Phrase.DECLINE));
    assertFalse(A.analyze(head + "abc, he is no longer at Acme").says(Phrase.BELITTLES), "past MAX_CHARS");
    assertEquals(Set.of(), A.analyze("   ").phrases());
  }

  @Test
  void anAskWithNoContextIsAskedFirst() {
    Signals s = A.analyze("Can you refer me for the data analyst internship at your company? I attached my resume.");
    assertTrue(s.asksFirst());
    assertTrue(s.jobSearch());
    assertFalse(s.greeting());
  }

  @Test
  void contextAfterTheAskDoesNotExcuseIt() {
    Signals s = A.analyze("Could you send me the job description? My name is Ari and I study physics at Tolland.");
    assertTrue(s.asksFirst());
    assertTrue(s.selfIntroduction());
  }

  @Test
  void countsPersonsAndQuestions() {
    Signals s = A.analyze("I built my app and I shipped it. How is your new team? What are you reading lately?");
    assertEquals(3, s.firstPersonSingular());
    assertEquals(2, s.secondPerson());
    assertEquals(2, s.questions());
    assertEquals(2, s.questionsAboutReader());
  }

  @Test
  void politeRequestsScoreAboveRudeOnes() {
    double polite = A.analyze("Hi Jo, thanks for your help! Would you mind taking a quick look at my draft?")
        .politeness();
    double rude = A.analyze("Why haven't you answered? Send it now.").politeness();
    assertTrue(polite > rude + 0.5, "polite " + polite + " vs rude " + rude);
  }

  @Test
  void blankTextSignalsNothing() {
    assertEquals(Signals.none(), A.analyze("  \n "));
    assertEquals(Signals.none(), A.analyze(null));
  }

  @Test
  void longTextIsCutAtTheCapAndSpansStayInsideIt() {
    String para = "We reviewed the quarterly numbers and the logistics plan in detail. ";
    String text = "Could you send me the report? " + para.repeat(400);
    Signals s = A.analyze(text);
    int last = s.sentences().get(s.sentences().size() - 1).end();
    assertTrue(last <= LanguageAnalyzer.MAX_CHARS, "analysed up to " + last);
    assertTrue(s.ask() >= 0.5);
    assertEquals(text.substring(0, 29), "Could you send me the report?");
  }

  @Test
  void oneSharedAnalyzerGivesTheSameAnswersFromManyThreads() throws Exception {
    assertSame(A, LanguageAnalyzer.shared());
    List<String> texts = List.of("Could you review my resume?", "Congrats on the new role!",
        "Sorry for the late reply.", "Here is the article I mentioned: https://example.org/a");
    List<Signals> expected = texts.stream().map(A::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> {
          for (int j = 0; j < texts.size(); j++) {
            if (!A.analyze(texts.get(j)).equals(expected.get(j))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : runs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
