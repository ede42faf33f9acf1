package dev.rapport.patterns;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.XXH64;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Groups each person's near-duplicate sent messages with MinHash LSH, in Spark SQL's own functions, so a cohort is
 * compared without comparing every pair (Spark MLlib's MinHashLSH is not published for Spark 4.2).
 *
 * <pre>{@code
 * Dataset<Row> groups = NearDuplicates.groups(sent, 64, 16, 0.6);   // person, group_id, message_ids
 * }</pre>
 *
 * <p>Steps: mask what templates personalise ({@link TemplateMask}: names after greetings, capitalised names and
 * companies, numbers, addresses, links); split into lower-case tokens; keep messages of at least
 * {@code minWords} tokens (short notes like "Thanks, see you then!" repeat naturally); word 3-shingles; one MinHash
 * per hash function as the minimum of {@code xxhash64(shingle, seed)}; {@code bands} band keys of
 * {@code numHashes / bands} rows each; candidate pairs are messages of the same person sharing a band key, kept when
 * the share of equal signature positions (the estimated Jaccard similarity) reaches {@code minJaccard}; connected
 * groups by iterated min-label propagation. Nothing is collected to the driver. A template sent to n people yields
 * about n²/2 candidate pairs per band; at cohort scale that is the cost to watch.
 */
public final class NearDuplicates {
  private static final int MAX_ITERATIONS = 50;

  private NearDuplicates() {}

  /** {@link #signature} as a Spark function of {@code (tokens array<string>, numHashes int)}. */
  private static final org.apache.spark.sql.expressions.UserDefinedFunction MINHASH = functions.udf(
      (org.apache.spark.sql.api.java.UDF2<scala.collection.Seq<String>, Integer, long[]>) (tokens, n) -> {
        List<String> list = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
          list.add(tokens.apply(i));
        }
        return signature(list, n);
      }, DataTypes.createArrayType(DataTypes.LongType, false));

  /**
   * The MinHash signature of a token list: for each {@code h} in {@code [0, numHashes)}, the least
   * {@code xxhash64(shingle, h)} over its word 3-shingles, exactly as Spark SQL's {@code xxhash64} computes it (seed
   * 42, the string's hash then seeding the int's). Plain Java, because the same in Spark's higher-order functions
   * ({@code transform} over {@code transform}) is interpreted value by value and was most of the people stage.
   *
   * @param tokens at least 3 tokens
   */
  static long[] signature(List<String> tokens, int numHashes) {
    if (tokens.size() < 3 || numHashes < 1) {
      throw new IllegalArgumentException("need at least 3 tokens and 1 hash, got " + tokens.size() + " tokens and "
          + numHashes + " hashes");
    }
    long[] sig = new long[numHashes];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
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

  /** The seed of Spark SQL's {@code xxhash64}. */
  private static final long SPARK_HASH_SEED = 42L;

  /** As {@link #groups(Dataset, int, int, double, int)} with {@link Thresholds#templateMinWords()}'s default. */
  public static Dataset<Row> groups(Dataset<Row> sent, int numHashes, int bands, double minJaccard) {
    return groups(sent, numHashes, bands, minJaccard, Thresholds.defaults().templateMinWords());
  }

  /**
   * @param sent columns {@code person, message_id, text}: the owners' sent person-to-person messages
   * @return columns {@code person, group_id} (the group's smallest message id), {@code message_ids} (sorted
   *     {@code array<string>}), one row per group of two or more messages
   */
  public static Dataset<Row> groups(Dataset<Row> sent, int numHashes, int bands, double minJaccard, int minWords) {
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
    var columns = Arrays.asList(sent.columns());
    for (String c : new String[] {"person", "message_id", "text"}) {
      if (!columns.contains(c)) {
        throw new IllegalArgumentException("sent messages need columns person, message_id, text; got " + columns);
      }
    }
    int rows = numHashes / bands;

    Column masked = functions.coalesce(col("text").cast("string"), lit(""));
    for (String[] r : TemplateMask.REPLACEMENTS) {
      masked = regexp_replace(masked, lit(r[0]), lit(r[1]));
    }
    Dataset<Row> tokens = sent
        .select(col("person").cast("string").as("person"), col("message_id").cast("string").as("message_id"),
            split(lower(masked), TemplateMask.TOKEN_SPLIT).as("raw"))
        .withColumn("tokens", expr("filter(raw, t -> t != '')"))
        .where(size(col("tokens")).geq(minWords));

    Dataset<Row> signatures = tokens
        .withColumn("sig", MINHASH.apply(col("tokens"), lit(numHashes)))
        .select("person", "message_id", "sig");

    Dataset<Row> bandKeys = signatures
        .select(col("person"), col("message_id"), posexplode(expr(String.format(Locale.ROOT,
            "transform(sequence(0, %d), b -> xxhash64(b, slice(sig, b * %d + 1, %d)))", bands - 1, rows, rows)))
            .as(new String[] {"band", "key"}));

    // Unique column names and name-only references: every side of these self-joins comes from one Dataset.
    Dataset<Row> a = bandKeys.toDF("a_person", "a_id", "a_band", "a_key");
    Dataset<Row> b = bandKeys.toDF("b_person", "b_id", "b_band", "b_key");
    Dataset<Row> candidates = a.join(b, col("a_person").equalTo(col("b_person"))
            .and(col("a_band").equalTo(col("b_band")))
            .and(col("a_key").equalTo(col("b_key")))
            .and(col("a_id").lt(col("b_id"))))
        .select(col("a_person").as("person"), col("a_id"), col("b_id"))
        .distinct();

    Dataset<Row> sigA = signatures.toDF("sa_person", "sa_id", "a_sig");
    Dataset<Row> sigB = signatures.toDF("sb_person", "sb_id", "b_sig");
    Dataset<Row> edges = candidates
        .join(sigA, col("person").equalTo(col("sa_person")).and(col("a_id").equalTo(col("sa_id"))))
        .join(sigB, col("person").equalTo(col("sb_person")).and(col("b_id").equalTo(col("sb_id"))))
        .where(expr(String.format(Locale.ROOT,
            "aggregate(zip_with(a_sig, b_sig, (x, y) -> IF(x = y, 1, 0)), 0, (acc, v) -> acc + v) / %d.0 >= %s",
            numHashes, Double.toString(minJaccard))))
        .select(col("person"), col("a_id").as("src"), col("b_id").as("dst"));

    Dataset<Row> both = edges.union(edges.select(col("person"), col("dst").as("src"), col("src").as("dst")))
        .toDF("e_person", "src", "dst")
        .localCheckpoint(); // every iteration below joins the edges: compute signatures and pairs once
    Dataset<Row> labels = both.select(col("e_person").as("person"), col("src").as("id"), col("src").as("label"))
        .distinct();
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      Dataset<Row> current = labels.toDF("l_person", "l_id", "l_label");
      Dataset<Row> spread = both.join(current, col("e_person").equalTo(col("l_person"))
              .and(col("src").equalTo(col("l_id"))))
          .select(col("e_person").as("person"), col("dst").as("id"), col("l_label").as("label"));
      Dataset<Row> next = spread.union(labels)
          .groupBy("person", "id").agg(min("label").as("label"))
          .localCheckpoint();
      long changed = next.join(current, col("person").equalTo(col("l_person")).and(col("id").equalTo(col("l_id"))))
          .where(col("label").notEqual(col("l_label")))
          .count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    return labels.groupBy(col("person"), col("label").as("group_id"))
        .agg(sort_array(collect_list(col("id"))).as("message_ids"));
  }
}
