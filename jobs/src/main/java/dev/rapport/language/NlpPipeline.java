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

  /** Sentences of {@code text}, with spans into {@code text}; an empty list for blank text. Never null. */
  List<AnnotatedSentence> annotate(String text);

  /** The JVM-wide pipeline: Stanford CoreNLP tokenize, ssplit, pos, lemma (no NER, no parser), built lazily. */
  static NlpPipeline shared() {
    return CoreNlpPipeline.shared();
  }

  /** A copy of the CoreNLP configuration {@link #shared()} uses, for benchmarks that time a bare pipeline. */
  static java.util.Properties coreNlpProperties() {
    return CoreNlpPipeline.properties();
  }
}
