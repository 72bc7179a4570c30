#!/usr/bin/env bash
# The local runtime's example pipelines, end to end, as a user runs them (results: bench/local/README.md).
#  1. pipelines/support-tickets.yaml from a fresh store: baseline -> SFT -> eval -> RFT -> eval -> deploy, every job
#     in its own worker process; wall time of the whole run and each stage's job time; then a second run (all up to date).
#  2. pipelines/stack-overflow-quality.yaml --set runtime.kind=local (4,700 rows, the case study's Python reward).
# Each pipeline is copied with its data into a scratch folder, so nothing is written into the repository.
# Public tools only: bash, grep, /usr/bin/time, dotnet. Environment: RUNS (default 3), BENCH_WORK (a folder).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-3}
work=${BENCH_WORK:-$(mktemp -d /tmp/novaforge-bench-local.XXXXXX)}
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/Runner" -c Release -nologo -v quiet >/dev/null
novaforge="$root/src/Runner/bin/Release/net10.0/novaforge"

# Copies a pipeline and the files it needs into a fresh folder; prints the folder.
fresh() {
  local folder="$work/$1-$2"
  rm -rf "$folder" && mkdir -p "$folder/data"
  shift 2
  for file in "$@"; do cp "$root/pipelines/$file" "$folder/$file"; done
  echo "$folder"
}

# Runs one pipeline from a fresh folder; prints the wall time and each stage's job time and metrics.
bench() {
  local name=$1 pipeline=$2; shift 2
  for run in $(seq 1 "$runs"); do
    local folder
    folder=$(fresh "$name" "$run" "$pipeline" "${@}")
    (cd "$folder" && /usr/bin/time -f "%e" -o time.txt "$novaforge" run "$pipeline" ${SET:+--set "$SET"} >run.txt 2>&1)
    echo "$name run $run: $(cat "$folder/time.txt") s wall"
    grep -E ": completed in" "$folder/run.txt" | sed -E 's/^\[[0-9:]+\] /    /' | cut -c1-150
    (cd "$folder" && /usr/bin/time -f "%e" -o again.txt "$novaforge" run "$pipeline" ${SET:+--set "$SET"} >again.txt.log 2>&1)
    echo "    second run: $(cat "$folder/again.txt") s wall, $(grep -c "up to date, skipping" "$folder/again.txt.log") stages up to date"
  done
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
bench support-tickets support-tickets.yaml data/support-tickets.csv
SET=runtime.kind=local bench stack-overflow stack-overflow-quality.yaml reward_function.py data/stack-overflow-questions.csv
