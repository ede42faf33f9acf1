package dev.rapport.patterns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import org.apache.spark.sql.catalyst.expressions.XXH64;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Groups one person's near-duplicate sent messages with MinHash LSH, in plain Java over that person's messages
 * (Spark MLlib's MinHashLSH is not published for Spark 4.2, and a person's sent mail fits in memory).
 *
 * <pre>{@code
 * List<List<String>> groups = NearDuplicates.groups(sent, 64, 16, 0.6, 12);   // sorted message ids per group
 * }</pre>
 *
 * <p>Steps: mask what templates personalise ({@link TemplateMask}: names after greetings, capitalised names and
 * companies, numbers, addresses, links); split into lower-case tokens; keep messages of at least {@code minWords}
 * tokens (short notes like "Thanks, see you then!" repeat naturally); word 3-shingles; one MinHash per hash
 * function as the minimum of Spark SQL's {@code xxhash64(shingle, seed)}; {@code bands} bands of
 * {@code numHashes / bands} rows each. Two messages are near-duplicates when they share a band and the share of
 * equal signature positions (the estimated Jaccard similarity) reaches {@code minJaccard}; groups are the connected
 * components of that relation.
 *
 * <p>Cost: within a band's bucket a message is compared with each group already there only until one member
 * matches, and not at all with a group it already belongs to. A template sent to n people therefore costs about
 * {@code bands × n} comparisons, not n²/2; only messages that share a band but do not match are compared pairwise.
 */
public final class NearDuplicates {
  /** The seed of Spark SQL's {@code xxhash64}. */
  private static final long SPARK_HASH_SEED = 42L;

  private NearDuplicates() {}

  /** One sent message: its id and own text. */
  public record Sent(String messageId, String text) {}

  /**
   * @param sent one person's sent person-to-person messages, any order
   * @return each group of two or more near-duplicate messages as its sorted distinct message ids; groups in the
   *     order of their smallest id
   */
  public static List<List<String>> groups(List<Sent> sent, int numHashes, int bands, double minJaccard,
      int minWords) {
    return groups(sent, numHashes, bands, minJaccard, minWords, new LongAdder());
  }

  /** As {@link #groups(List, int, int, double, int)}, counting signature comparisons in {@code compared}. */
  static List<List<String>> groups(List<Sent> sent, int numHashes, int bands, double minJaccard, int minWords,
      LongAdder compared) {
    if (sent == null) {
      throw new IllegalArgumentException("sent messages are required, got null");
    }
    if (numHashes < 1 || bands < 1 || numHashes % bands != 0) {
      throw new IllegalArgumentException("numHashes must be a positive multiple of bands, got " + numHashes
          + " hashes and " + bands + " bands");
    }
    if (!(minJaccard > 0 && minJaccard <= 1)) {
      throw new IllegalArgumentException("minJaccard must be within (0, 1], got " + minJaccard);
    }
    if (minWords < 3) {
      throw new IllegalArgumentException("minWords must be at least 3 (one shingle), got " + minWords);
    }
    List<String> ids = new ArrayList<>();
    List<long[]> sigs = new ArrayList<>();
    for (Sent s : sent) {
      List<String> tokens = TemplateMask.tokens(s.text());
      if (tokens.size() >= minWords) {
        ids.add(s.messageId());
        sigs.add(signature(tokens, numHashes));
      }
    }
    int rows = numHashes / bands;
    int[] parent = new int[ids.size()];
    Arrays.setAll(parent, i -> i);
    Map<BandKey, List<List<Integer>>> buckets = new HashMap<>();
    for (int x = 0; x < ids.size(); x++) {
      for (int b = 0; b < bands; b++) {
        List<List<Integer>> groups = buckets.computeIfAbsent(
            new BandKey(b, Arrays.copyOfRange(sigs.get(x), b * rows, (b + 1) * rows)), k -> new ArrayList<>());
        List<Integer> joined = null;
        for (Iterator<List<Integer>> it = groups.iterator(); it.hasNext(); ) {
          List<Integer> group = it.next();
          boolean same = find(parent, group.get(0)) == find(parent, x);
          for (int i = 0; !same && i < group.size(); i++) {
            int y = group.get(i);
            if (ids.get(y).equals(ids.get(x))) {
              continue;
            }
            compared.increment();
            if (similar(sigs.get(x), sigs.get(y), minJaccard)) {
              union(parent, x, y);
              same = true;
            }
          }
          if (same) {
            if (joined == null) {
              joined = group;
            } else {
              joined.addAll(group);
              it.remove();
            }
          }
        }
        if (joined == null) {
          groups.add(new ArrayList<>(List.of(x)));
        } else {
          joined.add(x);
        }
      }
    }
    Map<Integer, TreeSet<String>> components = new HashMap<>();
    for (int x = 0; x < ids.size(); x++) {
      components.computeIfAbsent(find(parent, x), k -> new TreeSet<>()).add(ids.get(x));
    }
    List<List<String>> out = new ArrayList<>();
    for (TreeSet<String> c : components.values()) {
      if (c.size() > 1) {
        out.add(List.copyOf(c));
      }
    }
    out.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return out;
  }

  /** A band of a signature: its index and its rows, compared by value. */
  private record BandKey(int band, long[] rows) {
    @Override
    public boolean equals(Object o) {
      return o instanceof BandKey k && k.band == band && Arrays.equals(k.rows, rows);
    }

    @Override
    public int hashCode() {
      return 31 * band + Arrays.hashCode(rows);
    }
  }

  private static boolean similar(long[] a, long[] b, double minJaccard) {
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / a.length >= minJaccard;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /**
   * The MinHash signature of a token list: for each {@code h} in {@code [0, numHashes)}, the least
   * {@code xxhash64(shingle, h)} over its word 3-shingles, exactly as Spark SQL's {@code xxhash64} computes it (seed
   * 42, the string's hash then seeding the int's), so signatures agree with any Spark SQL job that hashes the same.
   *
   * @param tokens at least 3 tokens
   */
  static long[] signature(List<String> tokens, int numHashes) {
    if (tokens.size() < 3 || numHashes < 1) {
      throw new IllegalArgumentException("need at least 3 tokens and 1 hash, got " + tokens.size() + " tokens and "
          + numHashes + " hashes");
    }
    long[] sig = new long[numHashes];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + 3 <= tokens.size(); i++) {
      String shingle = tokens.get(i) + " " + tokens.get(i + 1) + " " + tokens.get(i + 2);
      long base = XXH64.hashUTF8String(UTF8String.fromString(shingle), SPARK_HASH_SEED);
      for (int h = 0; h < numHashes; h++) {
        long v = XXH64.hashInt(h, base);
        if (v < sig[h]) {
          sig[h] = v;
        }
      }
    }
    return sig;
  }
}
