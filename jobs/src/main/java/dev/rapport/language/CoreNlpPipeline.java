package dev.rapport.language;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stanford CoreNLP with only the cheap annotators. NER is about 20 times slower than POS tagging on mail and the
 * parsers slower still (shared/corpora/README.md); no signal here needs them.
 *
 * <p>Tags and lemmas are kept per sentence, so a sentence already seen in this JVM is not tagged again. Mail repeats
 * whole sentences across otherwise distinct texts: of the tokens in the distinct texts of the Lay and Skilling
 * mailboxes, 30% are in sentences that occur more than once (a petition a thousand people sent in their own names,
 * "Thank you.", a standing sign-off), and the POS tagger is three quarters of the analyzer's time (a flight
 * recording over 1,500 Enron texts). Where sentences do not repeat it saves nothing (README, "Measured"). The result
 * is the same as the whole pipeline's: the tagger sees one sentence's words at a time and nothing else
 * ({@code CoreNlpPipelineIT} compares the two on Enron mail), and the lemmatiser reads only a token's word and tag.
 */
final class CoreNlpPipeline implements NlpPipeline {

  /** The annotators, in one place; the models jar is shaded down to the tagger these need (jobs/pom.xml). */
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma";

  private static volatile CoreNlpPipeline shared;

  private final StanfordCoreNLP split;
  private final Annotator tagger;
  private final Annotator lemmatizer;
  private final Map<String, Tagged> cache;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /** The tags and lemmas of one sentence's tokens, in order. */
  private record Tagged(String[] tags, String[] lemmas) {}

  CoreNlpPipeline(Properties props, int cachedSentences) {
    Properties splitting = new Properties();
    splitting.putAll(props);
    splitting.setProperty("annotators", "tokenize,ssplit");
    this.split = new StanfordCoreNLP(splitting);
    // the very annotators StanfordCoreNLP builds for "pos" and "lemma" from the same properties
    AnnotatorImplementations made = new AnnotatorImplementations();
    this.tagger = made.posTagger(props);
    this.lemmatizer = made.morpha(props, false);
    this.cache = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Tagged> eldest) {
        return size() > cachedSentences;
      }
    });
  }

  static CoreNlpPipeline shared() {
    CoreNlpPipeline p = shared;
    if (p == null) {
      synchronized (CoreNlpPipeline.class) {
        p = shared;
        if (p == null) {
          p = new CoreNlpPipeline(properties(), CACHED_SENTENCES);
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

  /** Sentences whose tags came from the cache, and sentences tagged, since this pipeline was built. */
  long[] cacheCounts() {
    return new long[] {hits.get(), misses.get()};
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
    split.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    String[] keys = new String[sentences.size()];
    Tagged[] tagged = new Tagged[sentences.size()];
    List<CoreMap> untagged = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      keys[i] = key(sentences.get(i).get(CoreAnnotations.TokensAnnotation.class));
      tagged[i] = cache.get(keys[i]);
      if (tagged[i] == null) {
        untagged.add(sentences.get(i));
      }
    }
    hits.addAndGet(sentences.size() - untagged.size());
    misses.addAndGet(untagged.size());
    if (!untagged.isEmpty()) {
      Annotation part = new Annotation(text);
      part.set(CoreAnnotations.SentencesAnnotation.class, untagged);
      tagger.annotate(part);
      lemmatizer.annotate(part);
      for (int i = 0; i < sentences.size(); i++) {
        if (tagged[i] == null) {
          tagged[i] = read(sentences.get(i).get(CoreAnnotations.TokensAnnotation.class));
          cache.put(keys[i], tagged[i]);
        }
      }
    }
    List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int j = 0; j < labels.size(); j++) {
        CoreLabel l = labels.get(j);
        tokens.add(new Token(l.word(), tagged[i].lemmas()[j], tagged[i].tags()[j], l.beginPosition(),
            l.endPosition()));
      }
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new AnnotatedSentence(begin, end, tokens));
    }
    return out;
  }

  /** What the tagger reads of a sentence, its words, each prefixed with its length so no two lists collide. */
  private static String key(List<CoreLabel> tokens) {
    StringBuilder b = new StringBuilder();
    for (CoreLabel l : tokens) {
      b.append(l.word().length()).append(':').append(l.word());
    }
    return b.toString();
  }

  /** The tags and lemmas the annotators set; a missing tag is "X" and a missing lemma the word, as before. */
  private static Tagged read(List<CoreLabel> tokens) {
    String[] tags = new String[tokens.size()];
    String[] lemmas = new String[tokens.size()];
    for (int j = 0; j < tokens.size(); j++) {
      CoreLabel l = tokens.get(j);
      tags[j] = l.tag() == null ? "X" : l.tag();
      lemmas[j] = l.lemma() == null ? l.word() : l.lemma();
    }
    return new Tagged(tags, lemmas);
  }
}
