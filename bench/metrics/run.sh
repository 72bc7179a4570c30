#!/usr/bin/env bash
# Benchmark: all gen_qa metrics over ROWS prediction rows (default 1,000,000) with `novaforge metrics FILE`.
# Measures wall time, CPU time and peak RSS with GNU time (/usr/bin/time -v), and, in the same run, a baseline that only
# reads the file (`cat FILE > /dev/null`, `wc -l FILE`) for a ratio. The generated file is not committed.
# Usage: bench/metrics/run.sh [ROWS] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-1000000}"
work="${2:-${TMPDIR:-/tmp}/novaforge-bench-metrics}"
mkdir -p "$work"
data="$work/predictions-$rows.jsonl"

if [[ ! -s "$data" ]]; then
  echo "generating $rows rows into $data"
  python3 bench/metrics/generate.py "$rows" "$data"
fi

dotnet build src/Runner -c Release -nologo -v quiet >/dev/null
tool="src/Runner/bin/Release/net10.0/novaforge.dll"

measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -v "$@" > "$work/$name.out" 2> "$work/$name.time"
  local wall rss user sys
  wall=$(grep "Elapsed (wall clock)" "$work/$name.time" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$work/$name.time" | awk '{print $NF}')
  user=$(grep "User time" "$work/$name.time" | awk '{print $NF}')
  sys=$(grep "System time" "$work/$name.time" | awk '{print $NF}')
  printf '%-10s wall %-9s user %7ss sys %6ss peak RSS %6d MiB\n' "$name" "$wall" "$user" "$sys" $((rss / 1024))
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(dotnet --version)"
echo "file: $(du -h "$data" | cut -f1), $(wc -l < "$data") rows"
measure cat sh -c "cat '$data' > /dev/null"
measure wc wc -l "$data"
measure metrics dotnet "$tool" metrics "$data" --format json
grep -A2 '"em"' "$work/metrics.out" | head -3
