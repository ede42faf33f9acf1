package dev.rapport.language;

import java.util.List;

/**
 * The one seam between Rapport and its NLP library: splits text into sentences of lemmatised, POS-tagged tokens.
 *
 * <pre>{@code
 * List<AnnotatedSentence> s = NlpPipeline.shared().annotate("Could you send me the notes? Thanks!");
 * }</pre>
 *
 * <p>Which library, annotators and models are used is decided only in {@link #shared()}; everything else sees
 * tokens. Implementations are thread-safe. Do not create a pipeline per message or per Spark task: loading the
 * tagger costs about a second, so take {@link #shared()}, which is built once per JVM on first use.
 */
public interface NlpPipeline {

  /** Sentences whose tags and lemmas {@link #shared()} keeps, the least recently used dropped first: about 20 MB. */
  int CACHED_SENTENCES = 20_000;

  /** Sentences of {@code text}, with spans into {@code text}; an empty list for blank text. Never null. */
  List<AnnotatedSentence> annotate(String text);

  /** The JVM-wide pipeline: Stanford CoreNLP tokenize, ssplit, pos, lemma (no NER, no parser), built lazily. */
  static NlpPipeline shared() {
    return CoreNlpPipeline.shared();
  }

  /**
   * A new pipeline with its own tagger and its own cache of up to {@code cachedSentences} tagged sentences (0 keeps
   * none), for benchmarks that time a first pass over texts; {@link #shared()} keeps {@value
   * #CACHED_SENTENCES}.
   */
  static NlpPipeline create(int cachedSentences) {
    return new CoreNlpPipeline(CoreNlpPipeline.properties(), cachedSentences);
  }

  /** A copy of the CoreNLP configuration {@link #shared()} uses, for benchmarks that time a bare pipeline. */
  static java.util.Properties coreNlpProperties() {
    return CoreNlpPipeline.properties();
  }
}
