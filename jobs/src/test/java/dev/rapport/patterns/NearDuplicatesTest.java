package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.patterns.NearDuplicates.Sent;
import dev.rapport.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final String TEMPLATE = "Hi %s,\nI am a student at State University and I would love to learn more"
      + " about your work at %s. Would you have %s minutes for a call next week? You can reach me at"
      + " gina%d@example.org or https://gina.example.org/cv. Best, Gina";

  @Test
  void personalisedTemplatesGroupAndDistinctMessagesDoNot() {
    List<Sent> sent = new ArrayList<>();
    String[][] filled = {{"Dana", "Stripe", "3"}, {"Eli", "Plaid", "4"}, {"Fay", "Acme Corp", "5"},
        {"Gus", "Globex", "2"}, {"Hal", "Initech", "6"}, {"Ivy", "Umbrella Health", "7"}};
    for (int i = 0; i < filled.length; i++) {
      sent.add(new Sent("g" + i, String.format(TEMPLATE, filled[i][0], filled[i][1], filled[i][2], i)));
    }
    sent.add(new Sent("x1", "Quarterly forecasts for the retail team look promising after the new pricing model"
        + " went live last month, and the board wants a summary"));
    sent.add(new Sent("x2", "Our robotics club is hosting a build night with pizza and soldering irons next"
        + " Thursday evening, bring a friend who likes motors"));
    sent.add(new Sent("x3", "Thanks so much, see you then!"));
    sent.add(new Sent("x4", "Thanks so much, see you then!"));
    sent.add(new Sent("o1", "Hi Zoe,\nI am a student at State University and I would love to learn more about your"
        + " work at Nike. Would you have 15 minutes for a call next week? Our robotics club meets on Thursdays"));
    sent.add(new Sent("o2", "Hello Al, I am a student at State University and I would love to learn more about"
        + " your work at Lego. Would you have 20 minutes for a call next week? Our robotics club meets on Thursdays"));

    assertEquals(List.of(List.of("g0", "g1", "g2", "g3", "g4", "g5"), List.of("o1", "o2")),
        NearDuplicates.groups(sent, 64, 16, 0.6, 12));
  }

  /**
   * The bucket shortcut (compare with a group only until one member matches) finds exactly the connected groups of
   * the every-pair relation "shares a band and reaches minJaccard", on variants that make chains and near misses.
   */
  @Test
  void groupsEqualTheEveryPairReference() {
    Random random = new Random(12);
    String[] words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma"
        + " tau upsilon phi chi psi omega").split(" ");
    List<Sent> sent = new ArrayList<>();
    for (int base = 0; base < 8; base++) {
      List<String> text = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        text.add(words[random.nextInt(words.length)]);
      }
      for (int v = 0; v < 30; v++) {
        List<String> variant = new ArrayList<>(text);
        for (int edits = random.nextInt(12); edits > 0; edits--) {
          variant.set(random.nextInt(variant.size()), words[random.nextInt(words.length)]);
        }
        sent.add(new Sent(String.format("m%d-%02d", base, v), String.join(" ", variant)));
      }
    }
    List<List<String>> groups = NearDuplicates.groups(sent, 64, 16, 0.6, 12);
    assertEquals(everyPair(sent, 64, 16, 0.6, 12), groups);
    assertTrue(groups.size() > 8 && groups.size() < 200, "the data has both matches and near misses: " + groups);
  }

  /** A template sent to n people costs O(n) comparisons (at most one per band per message), not n²/2. */
  @Test
  void aTemplateToManyPeopleIsComparedLinearly() {
    List<Sent> sent = new ArrayList<>();
    int n = 3000;
    for (int i = 0; i < n; i++) {
      sent.add(new Sent(String.format("t%05d", i), String.format(TEMPLATE, "Person", "Company", i % 60, i)));
    }
    LongAdder compared = new LongAdder();
    List<List<String>> groups = NearDuplicates.groups(sent, 64, 16, 0.6, 12, compared);
    assertEquals(1, groups.size());
    assertEquals(n, groups.get(0).size());
    assertTrue(compared.sum() <= 16L * n, compared.sum() + " comparisons for " + n + " copies");
  }

  @Test
  void badArgumentsAreRejectedWithWhatCameIn() {
    var e = assertThrows(IllegalArgumentException.class, () -> NearDuplicates.groups(List.of(), 64, 5, 0.6, 12));
    assertTrue(e.getMessage().contains("64") && e.getMessage().contains("5"), e.getMessage());
    var j = assertThrows(IllegalArgumentException.class, () -> NearDuplicates.groups(List.of(), 64, 16, 0, 12));
    assertTrue(j.getMessage().contains("minJaccard"), j.getMessage());
    var w = assertThrows(IllegalArgumentException.class, () -> NearDuplicates.groups(List.of(), 64, 16, 0.6, 2));
    assertTrue(w.getMessage().contains("minWords"), w.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NearDuplicates.groups(null, 64, 16, 0.6, 12));
  }

  /** The signature is Spark SQL's xxhash64 MinHash, so it agrees with a Spark SQL job hashing the same shingles. */
  @Test
  void javaSignatureIsSparkSqlsXxhash64MinHash() {
    StructType schema = new StructType().add("message_id", DataTypes.StringType).add("text", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    String[] texts = {"a b c", "hi dana i am a student at state university and i would love to learn more",
        "Ünïcödé wörds — naïve café résumé ok then, 日本語 テキスト も ある", "x y z x y z x y z", "one two three four"};
    for (int i = 0; i < texts.length; i++) {
      rows.add(RowFactory.create("m" + i, texts[i]));
    }
    Dataset<Row> tokens = SparkTestSession.get().createDataFrame(rows, schema)
        .selectExpr("message_id", "filter(split(text, ' '), t -> t != '') AS tokens")
        .selectExpr("message_id", "tokens", "transform(sequence(0, 63), h -> array_min(transform(array_distinct("
            + "transform(sequence(0, size(tokens) - 3), i -> concat_ws(' ', slice(tokens, i + 1, 3)))), "
            + "s -> xxhash64(s, h)))) AS sig");
    for (Row r : tokens.collectAsList()) {
      List<String> t = r.getList(1);
      List<Long> expected = r.getList(2);
      assertEquals(expected, Arrays.stream(NearDuplicates.signature(t, 64)).boxed().toList(), r.getString(0));
    }
  }

  @Test
  void maskingMakesFilledTemplatesEqual() {
    assertEquals(TemplateMask.tokens("Hi Dana, we met at Stripe on 3 May; mail dana@stripe.com"),
        TemplateMask.tokens("Hello Lee, we met at Plaid on 12 June; mail lee@plaid.com"
            .replace("Hello", "Hi")));
  }

  /** Connected groups of every pair that shares a band key and reaches minJaccard: the definition, quadratically. */
  private static List<List<String>> everyPair(List<Sent> sent, int numHashes, int bands, double minJaccard,
      int minWords) {
    List<String> ids = new ArrayList<>();
    List<long[]> sigs = new ArrayList<>();
    for (Sent s : sent) {
      List<String> tokens = TemplateMask.tokens(s.text());
      if (tokens.size() >= minWords) {
        ids.add(s.messageId());
        sigs.add(NearDuplicates.signature(tokens, numHashes));
      }
    }
    int rows = numHashes / bands;
    int[] label = new int[ids.size()];
    Arrays.setAll(label, i -> i);
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        boolean band = false;
        for (int k = 0; k < bands && !band; k++) {
          band = Arrays.equals(sigs.get(a), k * rows, (k + 1) * rows, sigs.get(b), k * rows, (k + 1) * rows);
        }
        int equal = 0;
        for (int i = 0; i < numHashes; i++) {
          equal += sigs.get(a)[i] == sigs.get(b)[i] ? 1 : 0;
        }
        if (band && (double) equal / numHashes >= minJaccard) {
          int from = label[b];
          int to = label[a];
          for (int i = 0; i < label.length; i++) {
            if (label[i] == from) {
              label[i] = to;
            }
          }
        }
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (int l = 0; l < label.length; l++) {
      TreeSet<String> group = new TreeSet<>();
      for (int i = 0; i < label.length; i++) {
        if (label[i] == l) {
          group.add(ids.get(i));
        }
      }
      if (group.size() > 1) {
        out.add(List.copyOf(group));
      }
    }
    out.sort((x, y) -> x.get(0).compareTo(y.get(0)));
    return out;
  }
}
