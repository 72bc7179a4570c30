#!/usr/bin/env bash
# Validation benchmark: `novaforge validate` on 200 pipeline files in one call, against ajv-cli validating the same
# files against the same schema (schemas/pipeline.schema.json), measured alternately in the same run.
# Needs: the .NET SDK and `npm ci` in tests/editor (ajv-cli).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bench/validate/generate.sh" "$work" >/dev/null
# By default the build users install on Linux x64: what the NovaForge.Runner.linux-x64 tool package holds (ReadyToRun).
# NOVAFORGE=path/to/novaforge.dll times another build (the figures in bench/README.md also time the JIT build).
if [ -z "${NOVAFORGE:-}" ]; then
  dotnet publish "$root/src/Runner" -c Release -r linux-x64 --self-contained false -o "$work/novaforge" -nologo -v quiet >/dev/null
fi
novaforge=(dotnet "${NOVAFORGE:-$work/novaforge/novaforge.dll}" validate)
ajv=(node "$root/tests/editor/node_modules/ajv-cli/dist/index.js" validate --spec=draft7 --strict=false -s "$root/schemas/pipeline.schema.json" -d "$work/*.yaml")
measure() { /usr/bin/time -f "%e %U %S %M" "$@" >/dev/null 2>>"$work/times" || true; tail -n 1 "$work/times"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
: > "$work/nf"; : > "$work/ajv"
for _ in $(seq 1 "$runs"); do
  measure "${novaforge[@]}" "$work"/*.yaml >> "$work/nf"
  measure "${ajv[@]}" >> "$work/ajv"
done
for tool in nf ajv; do
  wall=$(cut -d' ' -f1 "$work/$tool" | median); cpu=$(awk '{ print $2 + $3 }' "$work/$tool" | median); rss=$(cut -d' ' -f4 "$work/$tool" | median)
  printf '%-10s wall %ss  cpu %ss  peak RSS %s KB  per file %s ms\n' "$tool" "$wall" "$cpu" "$rss" "$(echo "$wall * 1000 / 200" | bc -l | xargs printf '%.2f')"
done
