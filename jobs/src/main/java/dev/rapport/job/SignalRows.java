package dev.rapport.job;

import dev.rapport.language.Signals;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The message-features table: one row of language signals per distinct own text. */
final class SignalRows {
  private SignalRows() {}

  static final StructType SENTENCE = new StructType()
      .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType).add("ask", DataTypes.DoubleType)
      .add("labels", DataTypes.createArrayType(DataTypes.StringType));

  static final StructType SCHEMA = new StructType()
      .add("text_hash", DataTypes.StringType, false)
      .add("ask", DataTypes.DoubleType).add("gratitude", DataTypes.DoubleType).add("politeness", DataTypes.DoubleType)
      .add("greeting", DataTypes.BooleanType).add("self_introduction", DataTypes.BooleanType)
      .add("reason_for_writing", DataTypes.BooleanType).add("offer_of_help", DataTypes.BooleanType)
      .add("sharing", DataTypes.BooleanType).add("congratulations", DataTypes.BooleanType)
      .add("apology_for_delay", DataTypes.BooleanType).add("job_search", DataTypes.BooleanType)
      .add("first_person_singular", DataTypes.IntegerType).add("second_person", DataTypes.IntegerType)
      .add("questions_about_reader", DataTypes.IntegerType).add("questions", DataTypes.IntegerType)
      .add("asks_first", DataTypes.BooleanType)
      .add("sentences", DataTypes.createArrayType(SENTENCE));

  static Row toRow(String hash, Signals s) {
    return RowFactory.create(hash, s.ask(), s.gratitude(), s.politeness(), s.greeting(), s.selfIntroduction(),
        s.reasonForWriting(), s.offerOfHelp(), s.sharing(), s.congratulations(), s.apologyForDelay(), s.jobSearch(),
        s.firstPersonSingular(), s.secondPerson(), s.questionsAboutReader(), s.questions(), s.asksFirst(),
        s.sentences().stream().map(x -> RowFactory.create(x.start(), x.end(), x.ask(),
            x.labels().stream().sorted().toArray(String[]::new))).toArray(Row[]::new));
  }
}
