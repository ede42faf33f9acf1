package dev.rapport.language;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP with only the cheap annotators. NER is about 20 times slower than POS tagging on mail and the
 * parsers slower still (shared/corpora/README.md); no signal here needs them.
 */
final class CoreNlpPipeline implements NlpPipeline {

  /** The annotators, in one place; the models jar is shaded down to the tagger these need (jobs/pom.xml). */
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma";

  private static volatile CoreNlpPipeline shared;

  private final StanfordCoreNLP pipeline;

  private CoreNlpPipeline(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
  }

  static CoreNlpPipeline shared() {
    CoreNlpPipeline p = shared;
    if (p == null) {
      synchronized (CoreNlpPipeline.class) {
        p = shared;
        if (p == null) {
          p = new CoreNlpPipeline(properties());
          shared = p;
        }
      }
    }
    return p;
  }

  /** The exact configuration; a fresh copy each call. */
  static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    // Mail paragraphs end in blank lines, and a salutation line ("Hi Ana,") stands alone.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Tagging time grows with sentence length; run-on lines of pasted tables are not language worth tagging.
    props.setProperty("pos.maxlen", "120");
    props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
    props.setProperty("tokenize.language", "en");
    return props;
  }

  @Override
  public List<AnnotatedSentence> annotate(String text) {
    if (text == null) {
      throw new IllegalArgumentException("expected text to annotate, got null");
    }
    if (text.isBlank()) {
      return List.of();
    }
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        String word = l.word();
        String tag = l.tag() == null ? "X" : l.tag();
        String lemma = l.lemma() == null ? word : l.lemma();
        tokens.add(new Token(word, lemma, tag, l.beginPosition(), l.endPosition()));
      }
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new AnnotatedSentence(begin, end, tokens));
    }
    return out;
  }
}
