#!/usr/bin/env bash
# Fuzzes one reader with Jazzer for a chosen time, from the repository root or anywhere:
#   jobs/src/test/fuzz/fuzz.sh mboxSplitter 600      # seconds; default 300
# Targets: mboxSplitter, mimeMessage (dev.rapport.ingest.IngestFuzzTest),
#          linkedInCsv, linkedInZip (dev.rapport.ingest.linkedin.LinkedInFuzzTest).
# A crash stops the run and is written as crash-<sha1> into the target's inputs folder under
# jobs/src/test/resources/dev/rapport/ingest/.../<Class>Inputs/<target>/, where every later `mvn test` replays it:
# fix the reader, keep the file. New coverage-increasing inputs go to jobs/.cifuzz-corpus/ (not committed).
# Jazzer's own summary (executions, coverage) is printed at the end and kept in jobs/target/fuzz-<target>.log.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
target="${1:?usage: fuzz.sh TARGET [SECONDS]   (TARGET: mboxSplitter, mimeMessage, linkedInCsv, linkedInZip)}"
seconds="${2:-300}"
case "$target" in
  mboxSplitter|mimeMessage) class=dev.rapport.ingest.IngestFuzzTest ;;
  linkedInCsv|linkedInZip) class=dev.rapport.ingest.linkedin.LinkedInFuzzTest ;;
  *) echo "fuzz.sh: unknown target '$target' (mboxSplitter, mimeMessage, linkedInCsv, linkedInZip)" >&2; exit 2 ;;
esac
mkdir -p "$root/jobs/target"
log="$root/jobs/target/fuzz-$target.log"
# Jazzer reads its options from JAZZER_* variables, which the test JVM surefire forks inherits. Only the readers and
# the libraries they call are instrumented: coverage of Spark or CoreNLP would only slow the fuzzer down.
export JAZZER_FUZZ=1
export JAZZER_MAX_DURATION="${seconds}s"
export JAZZER_INSTRUMENTATION_INCLUDES="dev.rapport.**:org.apache.james.mime4j.**:org.apache.commons.csv.**:org.apache.commons.compress.**:org.jsoup.**"
set +e
mvn -B -f "$root/pom.xml" -pl jobs test-compile surefire:test@fuzz-regression -Dtest="$class#$target" \
  -Dsurefire.redirectTestOutputToFile=false 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
echo "---- $target, ${seconds}s: libFuzzer's last status lines (#executions, coverage, exec/s) ----"
grep -E '^#[0-9]+' "$log" | tail -3 || true
grep -E 'Done [0-9]+ runs|crash-|Java Exception|FuzzTestFindingException' "$log" | tail -5 || true
exit "$status"
