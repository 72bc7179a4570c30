#!/usr/bin/env bash
# Data-preparation benchmarks (results and how to read them: bench/README.md).
#  1. `novaforge prepare` of a generated 1,000,000-row case-study CSV (~500 MB) into SFT JSONL, with validation and
#     SHA-256 of the output: wall time, MB/s and peak RSS, beside `cat FILE > /dev/null` and `sha256sum FILE` run in
#     the same loop (ratios are taken run by run, then the median).
#  2. The unchanged-data check `plan` relies on: a ~1 GB data file hashed once (cache miss), then checked again through
#     the size+mtime hash cache (cache hit), whole process each time.
# Public tools only: bash, awk, /usr/bin/time -v, cat, sha256sum, dotnet. Generated files are deleted at the end.
# Environment: ROWS (default 1000000), BIG_ROWS (default 2000000, ~1 GB), RUNS (default 3), BENCH_WORK (a folder).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
rows=${ROWS:-1000000}
big_rows=${BIG_ROWS:-2000000}
runs=${RUNS:-3}
work=${BENCH_WORK:-$(mktemp -d /tmp/novaforge-bench-data.XXXXXX)}
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/Runner" -c Release -nologo -v quiet >/dev/null
dotnet build "$root/bench/data/DataBench" -c Release -nologo -v quiet >/dev/null
novaforge=(dotnet "$root/src/Runner/bin/Release/net10.0/novaforge.dll")
databench=(dotnet "$root/bench/data/DataBench/bin/Release/net10.0/databench.dll")

# Runs a command under /usr/bin/time -v; prints "wall_seconds max_rss_kb cpu_seconds" (cpu = user + system).
measure() {
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>&1 || { cat "$work/stdout.txt" >&2; return 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { rss = $2 }
    /User time|System time/ { cpu += $2 }
    END { printf "%.3f %d %.3f\n", wall, rss, cpu }' "$work/time.txt"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== Data preparation: ${rows} rows"
csv="$work/questions.csv"
"${databench[@]}" generate-csv "$csv" "$rows"
bytes=$(stat -c %s "$csv")
cat >"$work/pipeline.yaml" <<YAML
name: bench
model: nova-lite-2
datasets:
  questions:
    source: questions.csv
    columns: { query: Body, response: Y, system: system }
stages:
  - id: sft
    kind: sft
    dataset: questions
YAML
printf 'input: %s bytes (%.1f MB)\n' "$bytes" "$(echo "$bytes" | awk '{ print $1 / 1e6 }')"
: >"$work/prep.txt"
for run in $(seq "$runs"); do
  read -r cat_s cat_kb cat_cpu < <(measure sh -c "cat '$csv' > /dev/null")
  read -r sha_s sha_kb sha_cpu < <(measure sha256sum "$csv")
  read -r prep_s prep_kb prep_cpu < <(measure "${novaforge[@]}" prepare "$work/pipeline.yaml" --out "$work/prepared")
  echo "$cat_s $sha_s $prep_s $prep_kb $prep_cpu" >>"$work/prep.txt"
  printf 'run %d: cat %.2f s, sha256sum %.2f s, prepare %.2f s (cpu %.2f s, peak RSS %d MB)\n' "$run" "$cat_s" "$sha_s" "$prep_s" "$prep_cpu" $((prep_kb / 1024))
done
grep -h 'sft:' "$work/stdout.txt" || true
prep=$(awk '{ print $3 }' "$work/prep.txt" | median)
rss=$(awk '{ print $4 }' "$work/prep.txt" | sort -g | tail -1)
printf 'median: prepare %.2f s = %.1f MB/s of input (cpu %.2f s); peak RSS (max of runs) %d MB\n' "$prep" "$(awk -v b="$bytes" -v s="$prep" 'BEGIN { print b / 1e6 / s }')" "$(awk '{ print $5 }' "$work/prep.txt" | median)" $((rss / 1024))
printf 'median ratio prepare/cat: %.1f, prepare/sha256sum: %.1f (cat %.2f s, sha256sum %.2f s)\n' \
  "$(awk '{ print $3 / $1 }' "$work/prep.txt" | median)" "$(awk '{ print $3 / $2 }' "$work/prep.txt" | median)" \
  "$(awk '{ print $1 }' "$work/prep.txt" | median)" "$(awk '{ print $2 }' "$work/prep.txt" | median)"
rm -rf "$csv" "$work/prepared"

echo "== Unchanged-data check: ${big_rows} rows"
big="$work/big.csv"
"${databench[@]}" generate-csv "$big" "$big_rows"
printf 'data: %s bytes\n' "$(stat -c %s "$big")"
read -r miss_s miss_kb < <(measure "${databench[@]}" hash "$work/cache" "$big")
grep -h 'checked' "$work/stdout.txt"
printf 'first check (hashes the file): %.2f s whole process\n' "$miss_s"
: >"$work/hit.txt"
for run in $(seq "$runs"); do
  read -r hit_s hit_kb < <(measure "${databench[@]}" hash "$work/cache" "$big")
  grep -h 'checked' "$work/stdout.txt"
  echo "$hit_s" >>"$work/hit.txt"
done
grep -q '^cached' "$work/stdout.txt" || { echo "expected a cache hit" >&2; exit 1; }
printf 'unchanged (cache hit): median %.3f s whole process (runs: %s)\n' "$(median <"$work/hit.txt")" "$(tr '\n' ' ' <"$work/hit.txt")"
read -r sha_s sha_kb < <(measure sha256sum "$big")
printf 'sha256sum of the same file: %.2f s\n' "$sha_s"
