package dev.rapport.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.testing.Corpora;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline that keeps tags per sentence gives exactly what CoreNLP's whole pipeline gives, on real mail where
 * sentences repeat (the Lay and Skilling mailboxes), and the kept tags are actually used.
 */
class CoreNlpPipelineIT {

  /** Every 8th message body of the two mailboxes, in file order, cut as the analyzer cuts: 1,260 texts. */
  private static List<String> enronBodies() {
    return Corpora.enronBodies(8).stream().map(LanguageAnalyzer::capped).toList();
  }

  /** One sentence as CoreNLP's whole pipeline annotates it, in the {@link AnnotatedSentence} form. */
  private static AnnotatedSentence plain(CoreMap s) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
      tokens.add(new Token(l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag() == null ? "X" : l.tag(),
          l.beginPosition(), l.endPosition()));
    }
    return new AnnotatedSentence(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens);
  }

  @Test
  void keptTagsAreTheWholePipelinesOnEnronMail() {
    List<String> texts = enronBodies();
    StanfordCoreNLP whole = new StanfordCoreNLP(CoreNlpPipeline.properties());
    // a small cache, so that the least recently used sentences are dropped and tagged again along the way
    CoreNlpPipeline kept = new CoreNlpPipeline(CoreNlpPipeline.properties(), 500);
    int sentences = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (String text : texts) {
        List<AnnotatedSentence> expected = new ArrayList<>();
        if (!text.isBlank()) {
          Annotation doc = new Annotation(text);
          whole.annotate(doc);
          doc.get(CoreAnnotations.SentencesAnnotation.class).forEach(s -> expected.add(plain(s)));
        }
        assertEquals(expected, kept.annotate(text), text);
        sentences += expected.size();
      }
    }
    long[] counts = kept.cacheCounts();
    assertEquals(sentences, counts[0] + counts[1]);
    // sentences recur in this mail (a petition sent by a thousand people, sign-offs): well over a tenth are kept
    assertTrue(counts[0] > sentences / 10, "sentences whose tags were kept: " + counts[0] + " of " + sentences);
    assertTrue(counts[1] > sentences / 4, "a 500-sentence cache cannot hold all: tagged " + counts[1]);
  }

  @Test
  void aSentenceTooLongToTagIsTheSameKeptOrNot() {
    StringBuilder run = new StringBuilder("Figures follow");
    for (int i = 0; i < 150; i++) {
      run.append(" row").append(i);
    }
    String text = run + ".\n\nCould you check them? " + run + ".";
    StanfordCoreNLP whole = new StanfordCoreNLP(CoreNlpPipeline.properties());
    Annotation doc = new Annotation(text);
    whole.annotate(doc);
    List<AnnotatedSentence> expected = doc.get(CoreAnnotations.SentencesAnnotation.class).stream()
        .map(CoreNlpPipelineIT::plain).toList();
    CoreNlpPipeline kept = new CoreNlpPipeline(CoreNlpPipeline.properties(), 10);
    assertEquals(expected, kept.annotate(text));
    assertEquals(expected, kept.annotate(text));
    assertTrue(expected.get(0).tokens().size() > Integer.parseInt(CoreNlpPipeline.properties().getProperty(
        "pos.maxlen")), "the first sentence is longer than the tagger takes: " + expected.get(0).tokens().size());
    assertEquals(3, kept.cacheCounts()[0], "none kept on the first call (all looked up before tagging), all three on the second");
  }
}
