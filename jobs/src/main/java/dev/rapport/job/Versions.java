package dev.rapport.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Software versions for run.json: what was built in, and the Spark and Java actually running. */
public final class Versions {
  private Versions() {}

  public static Map<String, String> all() {
    Map<String, String> v = new TreeMap<>();
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/dev/rapport/versions.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // versions are informative; a missing file must not fail a run
    }
    p.forEach((k, val) -> v.put(k.toString(), val.toString()));
    v.put("spark", org.apache.spark.package$.MODULE$.SPARK_VERSION());
    v.put("java", System.getProperty("java.version"));
    return v;
  }
}
