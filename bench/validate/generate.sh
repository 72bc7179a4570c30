#!/usr/bin/env bash
# Writes 200 valid pipeline files (variations of the three examples, with the data and functions they name)
# into the folder given as $1, for the validation benchmark.
set -euo pipefail
out=${1:?usage: generate.sh OUTPUT_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out/data"
cp "$root"/pipelines/data/* "$out/data/"
cp "$root"/pipelines/*.py "$out/"
examples=("$root"/pipelines/*.yaml)
for i in $(seq 1 200); do
  example=${examples[$(( (i - 1) % ${#examples[@]} ))]}
  base=$(basename "$example" .yaml)
  sed -e "s/^name: .*/name: ${base:0:30}-$i/" "$example" > "$out/$base-$i.yaml"
done
echo "wrote 200 pipelines to $out"
