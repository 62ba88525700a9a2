#!/usr/bin/env bash
# Speed check for `servicebench staffing`: full searches up to 10,000 agents and 9,000 erlangs,
# release build, wall time per run (process start included). Usage: Benchmarks/staffing/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product servicebench >/dev/null
binary=.build/release/servicebench
runs=(
  "Erlang C textbook|--calls 100 --interval 30m --aht 180 --target 80/20"
  "Erlang C 9,000 erlangs|--calls 180000 --interval 1h --aht 180 --target 80/20"
  "Erlang C 9,000 erlangs, 99.9/0|--calls 180000 --interval 1h --aht 180 --target 99.9/0"
  "Erlang A 9,000 erlangs, 30 s patience|--calls 180000 --interval 1h --aht 180 --target 80/20 --patience 30"
  "Erlang A 9,000 erlangs, 20/0, 10,000 s patience|--calls 180000 --interval 1h --aht 180 --target 20/0 --patience 10000"
  "Erlang A 9,950 erlangs, unreachable at 10,000|--calls 199000 --interval 1h --aht 180 --target 99.9/0 --patience 6000"
  "Erlang A 9,000 erlangs, occupancy bound unreachable|--calls 180000 --interval 1h --aht 180 --target 80/20 --patience 60 --max-occupancy 5%"
)
printf '%-52s %10s  %s\n' "case" "seconds" "agents"
for entry in "${runs[@]}"; do
  name=${entry%%|*}
  arguments=${entry#*|}
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  output=$($binary staffing $arguments --format json)
  end=$(date +%s.%N)
  agents=$(printf '%s\n' "$output" | sed -n 's/^  "agents": \(.*\),$/\1/p')
  printf '%-52s %10.4f  %s\n' "$name" "$(echo "$end - $start" | bc -l)" "$agents"
done
