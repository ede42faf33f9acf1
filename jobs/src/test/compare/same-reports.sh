#!/usr/bin/env bash
# Byte-identical reports before and after a change: builds BASE_REF in a temporary git worktree under jobs/target/,
# runs `analyze` with that build and with this working tree (uncommitted changes included) on data-samples/, the
# independent story cohort and the real Enron mailboxes (both tarballs in ../shared/corpora/enron, one subfolder per
# person), then compares every people/*/report.json and cohort.csv. One line per input; exits non-zero on any
# difference. run.json (stage timings, paths), the HTML pages and the tables are not compared.
#
#   jobs/src/test/compare/same-reports.sh BASE_REF [FIX...]
#   jobs/src/test/compare/same-reports.sh 1ca8b04
#
# FIX: commits applied on top of BASE_REF before it is built (not committed), for a base that cannot finish a run
# without them: e66b464 never finishes the Enron mailboxes (QuoteSplitter backtracks on keavey-p), ffd3e47 fixes
# that and accepts exactly the same lines. Takes long: an Enron run alone is several minutes on an idle 2-core
# machine, and both builds run it. Not part of `mvn verify`: run it on request, for a change that must not change
# what reports say.
set -euo pipefail
base_ref="${1:?usage: $0 BASE_REF [FIX...]   (a commit to compare this working tree with, and fixes it needs)}"
shift
fixes=("$@")
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
shared="$(cd "$root/.." && pwd)/shared"
work="$root/jobs/target/same-reports"
base="$work/base-tree"
cd "$root"
base_commit="$(git rev-parse --verify --quiet "$base_ref^{commit}")" \
  || { echo "same-reports: $base_ref is not a commit in $root" >&2; exit 2; }
[ -d "$shared/corpora/enron" ] || { echo "same-reports: no Enron corpora under $shared/corpora/enron" >&2; exit 2; }

remove_tree() {
  git -C "$root" worktree remove --force "$base" >/dev/null 2>&1 || rm -rf "$base"
  git -C "$root" worktree prune
}
remove_tree
trap remove_tree EXIT
rm -rf "$work/out"
mkdir -p "$work/out"

# The Enron mailboxes are unpacked once and kept (under target/, so `mvn clean` removes them); the marker stays
# outside the cohort folder, where it would be read as an input file.
enron="$work/enron"
if [ ! -f "$work/enron.unpacked" ]; then
  rm -rf "$enron"
  mkdir -p "$enron"
  tar -xzf "$shared/corpora/enron/enron-cohort-5-maildir.tar.gz" -C "$enron"
  tar -xzf "$shared/corpora/enron/enron-lay-skilling-maildir.tar.gz" -C "$enron" --strip-components=1
  touch "$work/enron.unpacked"
fi

echo "same-reports: building $base_ref ($(git rev-parse --short "$base_commit"))${fixes[*]:+ with ${fixes[*]}}" \
  "and this working tree" >&2
git worktree add --detach --quiet "$base" "$base_commit"
for fix in "${fixes[@]}"; do
  git -C "$base" cherry-pick --no-commit "$fix" >/dev/null \
    || { echo "same-reports: $fix does not apply on $base_ref" >&2; exit 2; }
done
"$base/rapport" --version >/dev/null
"$root/rapport" --version >/dev/null

inputs=(
  "samples|$root/data-samples"
  "independent|$root/jobs/src/test/resources/stories-independent/cohort"
  "enron|$enron"
)
reports() { (cd "$1" && find . \( -name report.json -o -name cohort.csv \) -type f | LC_ALL=C sort); }

status=0
for input in "${inputs[@]}"; do
  name="${input%%|*}"
  path="${input#*|}"
  for side in base head; do
    launcher="$root/rapport"
    [ "$side" = base ] && launcher="$base/rapport"
    if ! "$launcher" analyze "$path" --out "$work/out/$side/$name" > "$work/out/$side-$name.log" 2>&1; then
      echo "$name: FAILED: analyze with the $side build failed; see $work/out/$side-$name.log"
      status=1
      continue 2
    fi
  done
  if ! diff <(reports "$work/out/base/$name") <(reports "$work/out/head/$name") > "$work/out/$name.files.diff"; then
    echo "$name: DIFFERENT: not the same files; see $work/out/$name.files.diff"
    status=1
    continue
  fi
  differing=()
  count=0
  while read -r f; do
    count=$((count + 1))
    cmp -s "$work/out/base/$name/$f" "$work/out/head/$name/$f" || differing+=("${f#./}")
  done < <(reports "$work/out/base/$name")
  if [ "$count" -eq 0 ]; then
    echo "$name: FAILED: no report.json or cohort.csv written"
    status=1
  elif [ "${#differing[@]}" -eq 0 ]; then
    echo "$name: identical ($count files: cohort.csv and every report.json)"
  else
    echo "$name: DIFFERENT: ${#differing[@]} of $count files differ: ${differing[*]}"
    status=1
  fi
done
exit "$status"
