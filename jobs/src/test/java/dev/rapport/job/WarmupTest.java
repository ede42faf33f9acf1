package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.testing.SparkTestSession;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The warm-up loads on the side and changes nothing a run computes: no Spark job, no setting. */
class WarmupTest {
  @Test
  void loadsWithoutRunningASparkJobOrChangingASetting() throws Exception {
    SparkSession spark = SparkTestSession.get();
    String partitions = spark.conf().get("spark.sql.shuffle.partitions");
    AtomicInteger jobs = new AtomicInteger();
    SparkListener counter = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart e) {
        jobs.incrementAndGet();
      }
    };
    spark.sparkContext().addSparkListener(counter);
    try {
      Thread t = Warmup.start(spark).orElseThrow(() -> new AssertionError("a local session is warmed up"));
      t.join(120_000);
      assertTrue(!t.isAlive(), "the warm-up ends");
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertEquals(0, jobs.get(), "the warm-up ran no Spark job");
      spark.range(3).count(); // and the listener does see jobs
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertTrue(jobs.get() > 0);
      assertEquals(partitions, spark.conf().get("spark.sql.shuffle.partitions"));
    } finally {
      spark.sparkContext().removeSparkListener(counter);
    }
  }
}
