package dev.rapport.bench;

import dev.rapport.language.LanguageAnalyzer;
import dev.rapport.language.NlpPipeline;
import dev.rapport.testing.SparkTestSession;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Throughput of {@link LanguageAnalyzer#analyze} against a bare CoreNLP pipeline with the same annotators and
 * configuration, on the same distinct Enron message bodies, one thread, timed in thread CPU time (so tokens/s is per
 * core and other processes on a shared machine do not skew it). Not a unit test: run
 *
 * <pre>
 * mvn -B -q -o -pl jobs test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.rapport.bench.LanguageBenchmark [-Dexec.args="MESSAGES"]
 * </pre>
 *
 * <p>Bodies are cut crudely (headers dropped at the first blank line, quoted lines and forwarded parts removed),
 * capped at {@link LanguageAnalyzer#MAX_CHARS} characters for both sides, and each distinct body is kept once, as the
 * language stage annotates each distinct text once. The analyzer is timed twice per round, each time with a new
 * pipeline: keeping no tagged sentences, and keeping them as a run does ({@link NlpPipeline#shared()}), so that the
 * rounds never reuse each other's tags.
 */
public final class LanguageBenchmark {

  private LanguageBenchmark() {}

  public static void main(String[] args) throws IOException {
    int max = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
    Path tar = SparkTestSession.shared().resolve("corpora/enron/enron-lay-skilling-maildir.tar.gz");
    if (!Files.isReadable(tar)) {
      tar = Path.of("../shared/corpora/enron/enron-lay-skilling-maildir.tar.gz");
    }
    List<String> all = bodies(tar, Integer.MAX_VALUE);
    java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
    int capped = 0;
    for (String t : all) {
      if (distinct.size() == max) {
        break;
      }
      if (t.length() > LanguageAnalyzer.MAX_CHARS) {
        capped++;
        t = t.substring(0, LanguageAnalyzer.MAX_CHARS);
      }
      distinct.add(t);
    }
    List<String> texts = new ArrayList<>(distinct);
    System.out.printf(Locale.ROOT, "%d distinct message bodies from %s (%d cut to %d chars), %d chars%n",
        texts.size(), tar.getFileName(), capped, LanguageAnalyzer.MAX_CHARS,
        texts.stream().mapToLong(String::length).sum());

    StanfordCoreNLP bare = new StanfordCoreNLP(NlpPipeline.coreNlpProperties());
    List<String> warm = texts.subList(0, Math.min(200, texts.size()));
    LanguageAnalyzer warmAnalyzer = LanguageAnalyzer.over(NlpPipeline.create(0));
    long tokens = 0;
    for (String t : warm) {
      bareTokens(bare, t);
      warmAnalyzer.analyze(t);
    }
    for (String t : texts) {
      tokens += bareTokens(bare, t);
    }
    // CPU time of this thread, not wall time: on a shared machine other processes would otherwise set the figures.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double bestBare = 0;
    double bestUncached = 0;
    double bestOurs = 0;
    for (int round = 1; round <= 3; round++) {
      LanguageAnalyzer uncached = LanguageAnalyzer.over(NlpPipeline.create(0));
      LanguageAnalyzer ours = LanguageAnalyzer.over(NlpPipeline.create(NlpPipeline.CACHED_SENTENCES));
      long t0 = cpu.getCurrentThreadCpuTime();
      for (String t : texts) {
        bareTokens(bare, t);
      }
      double bareRate = tokens / ((cpu.getCurrentThreadCpuTime() - t0) / 1e9);
      double uncachedRate = tokens / seconds(cpu, uncached, texts);
      double oursRate = tokens / seconds(cpu, ours, texts);
      System.out.printf(Locale.ROOT, "round %d, tokens/s per CPU second: bare CoreNLP %,.0f; analyze, no tags kept"
          + " %,.0f (%.3f of bare); analyze %,.0f (%.3f of bare, %.3f of no tags kept)%n", round, bareRate,
          uncachedRate, uncachedRate / bareRate, oursRate, oursRate / bareRate, oursRate / uncachedRate);
      bestBare = Math.max(bestBare, bareRate);
      bestUncached = Math.max(bestUncached, uncachedRate);
      bestOurs = Math.max(bestOurs, oursRate);
    }
    System.out.printf(Locale.ROOT, "%,d tokens per pass, one thread, CPU time; best: bare %,.0f tokens/s, analyze with"
        + " no tags kept %,.0f, analyze %,.0f; analyze/bare = %.3f, analyze/no tags kept = %.3f%n", tokens, bestBare,
        bestUncached, bestOurs, bestOurs / bestBare, bestOurs / bestUncached);
  }

  private static double seconds(ThreadMXBean cpu, LanguageAnalyzer analyzer, List<String> texts) {
    long t0 = cpu.getCurrentThreadCpuTime();
    for (String t : texts) {
      analyzer.analyze(t);
    }
    return (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
  }

  private static int bareTokens(StanfordCoreNLP pipeline, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  /** Crude bodies of the first {@code max} non-empty messages: it is only a benchmark. */
  static List<String> bodies(Path tarGz, int max) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(tarGz));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null && out.size() < max) {
        if (!e.isFile()) {
          continue;
        }
        String raw = new String(tar.readAllBytes(), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        int blank = raw.indexOf("\n\n");
        if (blank < 0) {
          continue;
        }
        StringBuilder body = new StringBuilder();
        for (String line : raw.substring(blank + 2).split("\n")) {
          if (line.contains("-----Original Message-----") || line.startsWith("---------------------- Forwarded")) {
            break;
          }
          if (!line.startsWith(">")) {
            body.append(line).append('\n');
          }
        }
        String b = body.toString().strip();
        if (b.length() >= 20) {
          out.add(b);
        }
      }
    }
    return out;
  }
}
