package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final StructType SCHEMA = new StructType()
      .add("person", DataTypes.StringType)
      .add("message_id", DataTypes.StringType)
      .add("text", DataTypes.StringType);

  @Test
  void personalisedTemplatesGroupPerPersonAndDistinctMessagesDoNot() {
    List<Row> rows = new ArrayList<>();
    String[][] filled = {{"Dana", "Stripe", "3"}, {"Eli", "Plaid", "4"}, {"Fay", "Acme Corp", "5"},
        {"Gus", "Globex", "2"}, {"Hal", "Initech", "6"}, {"Ivy", "Umbrella Health", "7"}};
    for (int i = 0; i < filled.length; i++) {
      rows.add(RowFactory.create("gina", "g" + i, String.format("Hi %s,\nI am a student at State University and I"
          + " would love to learn more about your work at %s. Would you have %s minutes for a call next week?"
          + " You can reach me at gina%d@example.org or https://gina.example.org/cv. Best, Gina",
          filled[i][0], filled[i][1], filled[i][2], i)));
    }
    rows.add(RowFactory.create("gina", "x1", "Quarterly forecasts for the retail team look promising after the new"
        + " pricing model went live last month, and the board wants a summary"));
    rows.add(RowFactory.create("gina", "x2", "Our robotics club is hosting a build night with pizza and soldering"
        + " irons next Thursday evening, bring a friend who likes motors"));
    rows.add(RowFactory.create("gina", "x3", "Thanks so much, see you then!"));
    rows.add(RowFactory.create("gina", "x4", "Thanks so much, see you then!"));
    rows.add(RowFactory.create("omar", "o1", String.format("Hi %s,\nI am a student at State University and I would"
        + " love to learn more about your work at %s. Would you have 15 minutes for a call next week?", "Zoe", "Nike")));
    rows.add(RowFactory.create("omar", "o2", String.format("Hello %s, I am a student at State University and I would"
        + " love to learn more about your work at %s. Would you have 20 minutes for a call next week?", "Al", "Lego")));
    Dataset<Row> sent = SparkTestSession.get().createDataFrame(rows, SCHEMA);

    Map<String, List<String>> groups = new TreeMap<>();
    for (Row r : NearDuplicates.groups(sent, 64, 16, 0.6).collectAsList()) {
      groups.put(r.getString(0) + "/" + r.getString(1), r.getList(2));
    }
    assertEquals(Map.of(
        "gina/g0", List.of("g0", "g1", "g2", "g3", "g4", "g5"),
        "omar/o1", List.of("o1", "o2")), groups);
  }

  /** The signature moved from Spark SQL's higher-order functions to Java; the groups depend on every bit of it. */
  @Test
  void javaSignatureIsSparkSqlsXxhash64MinHash() {
    List<Row> rows = new ArrayList<>();
    String[] texts = {"a b c", "hi dana i am a student at state university and i would love to learn more",
        "Ünïcödé wörds — naïve café résumé ok then, 日本語 テキスト も ある", "x y z x y z x y z", "one two three four"};
    for (int i = 0; i < texts.length; i++) {
      rows.add(RowFactory.create("p", "m" + i, texts[i]));
    }
    Dataset<Row> tokens = SparkTestSession.get().createDataFrame(rows, SCHEMA)
        .selectExpr("message_id", "filter(split(text, ' '), t -> t != '') AS tokens")
        .selectExpr("message_id", "tokens", "transform(sequence(0, 63), h -> array_min(transform(array_distinct("
            + "transform(sequence(0, size(tokens) - 3), i -> concat_ws(' ', slice(tokens, i + 1, 3)))), "
            + "s -> xxhash64(s, h)))) AS sig");
    for (Row r : tokens.collectAsList()) {
      List<String> t = r.getList(1);
      List<Long> expected = r.getList(2);
      long[] actual = NearDuplicates.signature(t, 64);
      assertEquals(expected, java.util.Arrays.stream(actual).boxed().toList(), r.getString(0));
    }
  }

  @Test
  void badArgumentsAreRejectedWithWhatCameIn() {
    Dataset<Row> sent = SparkTestSession.get().createDataFrame(List.of(), SCHEMA);
    var e = assertThrows(IllegalArgumentException.class, () -> NearDuplicates.groups(sent, 64, 5, 0.6));
    assertTrue(e.getMessage().contains("64") && e.getMessage().contains("5"), e.getMessage());
    var cols = assertThrows(IllegalArgumentException.class,
        () -> NearDuplicates.groups(sent.drop("text"), 64, 16, 0.6));
    assertTrue(cols.getMessage().contains("message_id"), cols.getMessage());
  }

  @Test
  void maskingMakesFilledTemplatesEqualInJavaToo() {
    assertEquals(TemplateMask.tokens("Hi Dana, we met at Stripe on 3 May; mail dana@stripe.com"),
        TemplateMask.tokens("Hello Lee, we met at Plaid on 12 June; mail lee@plaid.com"
            .replace("Hello", "Hi")));
  }
}
