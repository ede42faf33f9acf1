package dev.rapport.spark;

import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession for a run: the cluster's when under spark-submit, an embedded one otherwise. */
public final class Sessions {
  private Sessions() {}

  /**
   * Returns the active session if there is one (spark-submit, tests), else builds one on {@code master}
   * ({@code local[*]} by default) with the UI off and a shuffle width suited to a laptop.
   */
  public static SparkSession getOrCreate(String master) {
    var active = SparkSession.getActiveSession().isDefined() ? SparkSession.getActiveSession() : SparkSession.getDefaultSession();
    if (active.isDefined()) {
      return active.get();
    }
    var builder = SparkSession.builder().appName("rapport");
    boolean underSubmit = System.getProperty("spark.master") != null;
    if (!underSubmit) {
      builder = builder.master(master == null ? "local[*]" : master)
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "8")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    } else if (master != null) {
      builder = builder.master(master);
    }
    return builder.config("spark.sql.session.timeZone", "UTC").getOrCreate();
  }
}
