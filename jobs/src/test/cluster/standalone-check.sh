#!/usr/bin/env bash
# The counselor's path, checked on a real (one-machine) Spark standalone cluster: a master, a worker whose
# executors are separate JVMs, and spark-submit with only Spark's own jars plus rapport-jobs.jar, as on a cluster
# where Spark is installed and our libraries are not. It analyses data-samples/ there and with ./rapport (embedded
# Spark), then requires every report.json and cohort.csv to be byte-identical. Exits non-zero on any difference.
# A fault on the way: once an executor runs a task of the second stage or later, it is killed (kill -9); the
# driver must notice the lost executor, the master starts another, and the outputs must still be identical.
#
#   jobs/src/test/cluster/standalone-check.sh            # about 4 minutes on 2 cores before the kill was added
#
# Spark's distribution is not downloaded (no network): its jars come from the local Maven cache, which holds the
# same artifacts, laid out as SPARK_HOME/jars. Libraries only Rapport uses are left out of that folder, so they
# must come from the shaded jar, as they would on a cluster.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

cd "$root"
./rapport --version >/dev/null # builds the jar and jobs/target/classpath.txt when needed

export SPARK_HOME="$work/spark" SPARK_SCALA_VERSION=2.13
mkdir -p "$SPARK_HOME/jars"
echo "Spark from the Maven cache, for Rapport's cluster check" > "$SPARK_HOME/RELEASE"
tr ':' '\n' < jobs/target/classpath.txt | while read -r jar; do
  case "$(basename "$jar")" in
    # Rapport's own libraries and CoreNLP's: they must come from rapport-jobs.jar
    stanford-corenlp*|ejml-*|jollyday*|joda-time*|xom-*|AppleJavaExtensions*|istack-*|jaxb-*|javax.activation-api*\
    |jakarta.json-1*|apache-mime4j-*|jsoup-*|commons-csv-*|picocli-*|javax.servlet-api-4*|xalan-*|xercesImpl-*\
    |xml-apis-*|serializer-*) ;;
    *) ln -s "$jar" "$SPARK_HOME/jars/" ;;
  esac
done

opens=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector -Dio.netty.tryReflectionSetAccessible=true)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
spark() { java "${opens[@]}" -cp "$SPARK_HOME/jars/*" "$@"; }
daemon() { exec java "${opens[@]}" -cp "$SPARK_HOME/jars/*" "$@"; } # run with &: $! is then the JVM itself

# port 0: the master and the web UIs take free ports; the master's address is read from its log
daemon -Xmx512m org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
  > "$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do grep -q "I have been elected leader" "$work/master.log" && break; sleep 1; done
master="$(grep -o 'spark://127.0.0.1:[0-9]*' "$work/master.log" | head -1)"
[ -n "$master" ] || { cat "$work/master.log" >&2; echo "the master did not start" >&2; exit 1; }
daemon -Xmx512m org.apache.spark.deploy.worker.Worker "$master" --host 127.0.0.1 --cores 2 \
  --memory 4g --webui-port 0 --work-dir "$work/worker" > "$work/worker.log" 2>&1 &
pids+=($!)
worker=$!
for _ in $(seq 60); do grep -q "Successfully registered with master" "$work/worker.log" && break; sleep 1; done
grep -q "Successfully registered with master" "$work/worker.log" || { echo "worker did not register" >&2; exit 1; }

# two executors of one core each, so that one is left running when the other is killed
spark -Xmx1g org.apache.spark.deploy.SparkSubmit --master "$master" --deploy-mode client \
  --executor-memory 2g --executor-cores 1 --total-executor-cores 2 \
  --class dev.rapport.cli.Main jobs/target/rapport-jobs.jar \
  analyze "$root/data-samples" --out "$work/cluster" > "$work/submit.log" 2>&1 &
submit=$!
pids+=($submit)

# Executors log each task they start to their stderr (Spark's default logging); the first to run a task of a later
# stage than the first is killed, by the process id its worker started it under.
killed=""
while kill -0 "$submit" 2>/dev/null && [ -z "$killed" ]; do
  for log in "$work"/worker/app-*/*/stderr; do
    [ -f "$log" ] || continue
    if grep -qE 'Running task [0-9.]+ in stage [1-9]' "$log"; then
      id="$(basename "$(dirname "$log")")"
      pid="$(pgrep -P "$worker" -f -- "--executor-id $id " || true)"
      if [ -n "$pid" ]; then
        kill -9 "$pid"
        killed="$id"
        echo "killed executor $id (pid $pid) while it ran: $(grep -oE 'Running task [0-9.]+ in stage [0-9.]+' "$log" | tail -1)"
        break
      fi
    fi
  done
  sleep 0.5
done
wait "$submit" || { tail -40 "$work/submit.log" >&2; echo "spark-submit failed" >&2; exit 1; }
[ -n "$killed" ] || { echo "the job ended before an executor could be killed" >&2; exit 1; }
grep -qE "Lost executor $killed |executor app-[0-9-]+/$killed because" "$work/submit.log" "$work/master.log" \
  || { tail -40 "$work/submit.log" >&2; echo "no sign that executor $killed was lost" >&2; exit 1; }
executors="$(find "$work/worker" -name stderr | wc -l)"
./rapport analyze data-samples --out "$work/embedded" > /dev/null 2>&1

sums() { (cd "$1" && find . \( -name report.json -o -name cohort.csv \) | sort | xargs sha256sum); }
if ! diff <(sums "$work/embedded") <(sums "$work/cluster"); then
  echo "cluster and embedded outputs differ" >&2
  exit 1
fi
echo "standalone cluster ($executors executor JVM(s), executor $killed killed mid-run) and embedded Spark wrote" \
  "identical reports:" \
  "$(sums "$work/cluster" | wc -l) files; $(grep -o 'Analysed.*' "$work/submit.log")"
