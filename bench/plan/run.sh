#!/usr/bin/env bash
# `novaforge plan` on an unchanged pipeline whose data totals ~1 GB: the first plan hashes the data (cache miss),
# later plans find every hash in the size+mtime cache. Whole process each time, with the ratio to the first plan.
# Public tools only: bash, awk, /usr/bin/time -v, dotnet. The generated data is deleted at the end.
# Environment: ROWS (default 2000000, ~1 GB), RUNS (default 7), NOVAFORGE (the novaforge.dll to time; default the
# linux-x64 ReadyToRun publish, as the tool package installs it; the figures in bench/README.md also time the JIT build).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rows=${ROWS:-2000000}
runs=${RUNS:-7}
work=$(mktemp -d /tmp/novaforge-bench-plan.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/bench/data/DataBench" -c Release -nologo -v quiet >/dev/null
# By default the build users install on Linux x64: what the NovaForge.Runner.linux-x64 tool package holds (ReadyToRun).
if [ -z "${NOVAFORGE:-}" ]; then
  dotnet publish "$root/src/Runner" -c Release -r linux-x64 --self-contained false -o "$work/novaforge" -nologo -v quiet >/dev/null
fi
novaforge=${NOVAFORGE:-$work/novaforge/novaforge.dll}

mkdir -p "$work/data"
dotnet "$root/bench/data/DataBench/bin/Release/net10.0/databench.dll" generate-csv "$work/data/stack-overflow-questions.csv" "$rows"
cp "$root/pipelines/stack-overflow-quality.yaml" "$root/pipelines/reward_function.py" "$work/"
echo "data: $(stat -c %s "$work/data/stack-overflow-questions.csv") bytes"

measure() {
  /usr/bin/time -q -f "%e %U %S %M" -o "$work/time.txt" dotnet "$novaforge" plan "$work/stack-overflow-quality.yaml" --set runtime.kind=local >/dev/null 2>&1 || [ $? -eq 2 ]
  awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' "$work/time.txt"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

first=$(measure)
: > "$work/warm"
for _ in $(seq 1 "$runs"); do measure >> "$work/warm"; done
wall=$(cut -d' ' -f1 "$work/warm" | median); cpu=$(cut -d' ' -f2 "$work/warm" | median); rss=$(cut -d' ' -f3 "$work/warm" | median)
echo "first plan (hashes the data): wall $(echo "$first" | cut -d' ' -f1) s, cpu $(echo "$first" | cut -d' ' -f2) s"
echo "unchanged plan, median of $runs: wall $wall s, cpu $cpu s, peak RSS $rss KB"
echo "ratio unchanged / first (wall): $(echo "$wall / $(echo "$first" | cut -d' ' -f1)" | bc -l | xargs printf '%.3f')"
