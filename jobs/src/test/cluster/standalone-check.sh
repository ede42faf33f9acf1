#!/usr/bin/env bash
# The counselor's path, checked on a real (one-machine) Spark standalone cluster: a master, a worker whose
# executors are separate JVMs, and spark-submit with only Spark's own jars plus rapport-jobs.jar, as on a cluster
# where Spark is installed and our libraries are not. It analyses four people of data-samples/ (every format:
# Thunderbird, Maildir, Takeout, LinkedIn ZIP) there and with ./rapport (embedded Spark), then requires every
# report.json and cohort.csv to be byte-identical. Exits non-zero on any difference.
# A fault on the way: once ingest, dedupe and owner are done (their data cached on the executors), the first
# executor to run a task of a later stage is killed (kill -9), mid-run; the driver must notice the lost executor,
# the master starts another, lost blocks are recomputed, and the outputs must still be identical. Should the job
# end before the kill, the check fails.
#
#   jobs/src/test/cluster/standalone-check.sh            # run by .ci/run after mvn -B verify (needs the jar)
#
# Needs Java 17, Maven's local repository as the build left it, and Linux's /proc (to find an executor's process).
# Every wait is bounded: RAPPORT_CHECK_MINUTES (default 30) for the cluster run, 120 s for each daemon to start.
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
minutes="${RAPPORT_CHECK_MINUTES:-30}"
start=$SECONDS

# the input: four people covering every format, copied (links into data-samples would not be followed)
people=(devon-cold-ask emery-generic harper-status morgan-cold-status)
mkdir -p "$work/input"
for p in "${people[@]}"; do cp -R "data-samples/$p" "$work/input/"; done

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
daemon() { exec java "${opens[@]}" -cp "$SPARK_HOME/jars/*" "$@"; } # run with &: $! is then the JVM itself

# port 0: the master and the web UIs take free ports; the master's address is read from its log
daemon -Xmx512m org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
  > "$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do grep -q "I have been elected leader" "$work/master.log" && break; sleep 1; done
master="$(grep -o 'spark://127.0.0.1:[0-9]*' "$work/master.log" | head -1)"
[ -n "$master" ] || { cat "$work/master.log" >&2; echo "the master did not start" >&2; exit 1; }
daemon -Xmx512m org.apache.spark.deploy.worker.Worker "$master" --host 127.0.0.1 --cores 2 \
  --memory 4g --webui-port 0 --work-dir "$work/worker" > "$work/worker.log" 2>&1 &
pids+=($!)
worker=$!
for _ in $(seq 120); do grep -q "Successfully registered with master" "$work/worker.log" && break; sleep 1; done
grep -q "Successfully registered with master" "$work/worker.log" || { echo "worker did not register" >&2; exit 1; }

# Two executors of one core each, so that one is left running when the other is killed. Four shuffle partitions:
# Spark's default of 200 (a cluster's settings are left alone) makes each of the run's many small shuffles 200 tasks,
# which on a tiny input is nearly all the time (over 15 minutes for data-samples on a loaded 2-core machine).
timeout --kill-after=30 "${minutes}m" java "${opens[@]}" -cp "$SPARK_HOME/jars/*" -Xmx1g \
  org.apache.spark.deploy.SparkSubmit --master "$master" --deploy-mode client \
  --executor-memory 2g --executor-cores 1 --total-executor-cores 2 --conf spark.sql.shuffle.partitions=4 \
  --class dev.rapport.cli.Main jobs/target/rapport-jobs.jar \
  analyze "$work/input" --out "$work/cluster" > "$work/submit.log" 2>&1 &
submit=$!
pids+=($submit)

# The process id of executor $1: a child of the worker whose command line names it. Read from /proc, as procps
# (pgrep, ps) may be missing on a fresh machine.
executor_pid() {
  local d
  for d in /proc/[0-9]*; do
    [ "$(cut -d' ' -f4 "$d/stat" 2>/dev/null)" = "$worker" ] || continue
    if tr '\0' ' ' < "$d/cmdline" 2>/dev/null | grep -q -- "--executor-id $1 "; then
      basename "$d"
      return
    fi
  done
}

# Mid-run: once the console says the owner stage is done, the stages run so far are over; the first executor to
# log (on its stderr, Spark's default logging) a task of a later stage is killed, by the process id its worker
# started it under.
killed=""
after=""
while kill -0 "$submit" 2>/dev/null && [ -z "$killed" ]; do
  if [ -z "$after" ]; then
    if grep -q '^rapport: owner ' "$work/submit.log"; then
      after="$( (grep -ohE 'in stage [0-9]+' "$work"/worker/app-*/*/stderr 2>/dev/null || true) | grep -oE '[0-9]+$' \
        | sort -n | tail -1 || true)"
      after="${after:-0}"
      echo "owner stage done after Spark stage $after; killing the next executor to run a later one"
    else
      sleep 0.5
      continue
    fi
  fi
  for log in "$work"/worker/app-*/*/stderr; do
    [ -f "$log" ] || continue
    if grep -oE 'Running task [0-9.]+ in stage [0-9]+' "$log" | grep -oE '[0-9]+$' \
        | awk -v a="$after" '$1 > a { found = 1 } END { exit !found }'; then
      id="$(basename "$(dirname "$log")")"
      pid="$(executor_pid "$id")"
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
status=0
wait "$submit" || status=$?
[ "$status" = 0 ] || { tail -40 "$work/submit.log" >&2
  [ "$status" = 124 ] || [ "$status" = 137 ] && echo "spark-submit did not finish within $minutes minutes" >&2
  echo "spark-submit failed (exit $status)" >&2; exit 1; }
[ -n "$killed" ] || { echo "the job ended before an executor could be killed" >&2; exit 1; }
grep -qE "Lost executor $killed |executor app-[0-9-]+/$killed because" "$work/submit.log" "$work/master.log" \
  || { tail -40 "$work/submit.log" >&2; echo "no sign that executor $killed was lost" >&2; exit 1; }
executors="$(find "$work/worker" -name stderr | wc -l)"
./rapport analyze "$work/input" --out "$work/embedded" > "$work/embedded.log" 2>&1 \
  || { tail -20 "$work/embedded.log" >&2; echo "the embedded run failed" >&2; exit 1; }

sums() { (cd "$1" && find . \( -name report.json -o -name cohort.csv \) | sort | xargs sha256sum); }
if ! diff <(sums "$work/embedded") <(sums "$work/cluster"); then
  echo "cluster and embedded outputs differ" >&2
  exit 1
fi
echo "standalone cluster ($executors executor JVM(s), executor $killed killed mid-run) and embedded Spark wrote" \
  "identical reports: $(sums "$work/cluster" | wc -l) files, $((SECONDS - start)) s in all." \
  "$(grep -o 'Analysed.*' "$work/submit.log")"
