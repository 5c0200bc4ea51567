#!/usr/bin/env bash
# ParityKit's build-time cost, measured side by side in one run.
#
# For each size it generates the workload app (bench/ParityKit.Workload), then builds it from scratch
# (--no-incremental, no compiler server) in each configuration, alternating the order run by run so that drift in
# the machine's load falls on every configuration alike:
#   bare       compile alone: no analyzers at all (RunAnalyzers=false), no ParityKit
#   sdk        the SDK's default analyzers, no ParityKit          <- the baseline ParityKit is compared against
#   paritykit  the SDK's default analyzers and ParityKit (every rule on, generator, manifest task)
#   all        every NetAnalyzers rule on (AnalysisLevel=latest-all), no ParityKit (optional, slow: for context)
# It reports median wall and CPU time, peak memory (max RSS of the largest process), the Csc task's time, the ratios,
# ParityKit's per-analyzer and per-generator times from -p:ReportAnalyzer=true, and the generator in an edit loop
# (bench/ParityKit.EditLoop). Results go to $OUT/results.md (and raw numbers to $OUT/runs.tsv).
#
#   bench/run-benchmark.sh                          # 400 and 2,000 files, 5 runs each
#   bench/run-benchmark.sh --sizes "400 2000 10000" --runs 7
#   bench/run-benchmark.sh --sizes 400 --runs 1     # a quick check that everything works
#
# Timing needs a quiet machine: on 2 shared cores, anything else running shows up in the numbers.
set -euo pipefail

sizes="400 2000"
runs=5
seed=1
configs="bare sdk paritykit"
out="${TMPDIR:-/tmp}/paritykit-bench"
edit_iterations=15
report_analyzer=1
edit_loop=1

usage() {
  sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
  echo "options: --sizes \"400 2000\"  --runs N  --seed N  --configs \"bare sdk paritykit all\"  --out DIR"
  echo "         --edit-iterations N  --no-report-analyzer  --no-edit-loop"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --configs) configs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --edit-iterations) edit_iterations="$2"; shift 2 ;;
    --no-report-analyzer) report_analyzer=0; shift ;;
    --no-edit-loop) edit_loop=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

# GNU time reports the peak RSS; Debian's package is "time".
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    apt-get update -qq && apt-get install -y -qq time > /dev/null
  else
    echo "/usr/bin/time (GNU time) is needed: apt-get install time" >&2
    exit 1
  fi
fi

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

config_args() {
  case "$1" in
    bare) echo "-p:ParityKitEnabled=false -p:RunAnalyzers=false" ;;
    sdk) echo "-p:ParityKitEnabled=false" ;;
    paritykit) echo "-p:ParityKitEnabled=true" ;;
    all) echo "-p:ParityKitEnabled=false -p:AnalysisLevel=latest-all" ;;
    *) echo "unknown configuration $1" >&2; exit 2 ;;
  esac
}

log "building ParityKit and the bench tools (Release)"
dotnet build "$repo/src/ParityKit/ParityKit.csproj" -c Release -nodeReuse:false -tl:off -v:q -nologo > "$out/build-paritykit.log" 2>&1 \
  || { cat "$out/build-paritykit.log" >&2; exit 1; }
dotnet build "$repo/bench/ParityKit.Workload/ParityKit.Workload.csproj" -c Release -nodeReuse:false -tl:off -v:q -nologo > "$out/build-tools.log" 2>&1 \
  && dotnet build "$repo/bench/ParityKit.EditLoop/ParityKit.EditLoop.csproj" -c Release -nodeReuse:false -tl:off -v:q -nologo >> "$out/build-tools.log" 2>&1 \
  || { cat "$out/build-tools.log" >&2; exit 1; }
dotnet build-server shutdown > /dev/null 2>&1 || true

# One from-scratch build; appends "size config run wall user sys maxrss_kb csc_ms" to runs.tsv.
measure() {
  local size="$1" config="$2" run="$3" project="$4"
  local tag="$size-$config-$run"
  # shellcheck disable=SC2046
  if ! /usr/bin/time -f '%e %U %S %M' -o "$out/time-$tag.txt" \
      dotnet build "$project" -c Release --no-restore --no-incremental -nodeReuse:false -tl:off -v:q -nologo \
      -p:UseSharedCompilation=false $(config_args "$config") \
      "-flp:PerformanceSummary;Verbosity=quiet;LogFile=$out/perf-$tag.log" > "$out/build-$tag.log" 2>&1; then
    echo "build failed: $size files, $config (see $out/build-$tag.log)" >&2
    tail -20 "$out/build-$tag.log" >&2
    exit 1
  fi
  local csc
  csc=$(awk '/Task Performance Summary/ { t = 1 } t && $3 == "Csc" { print $1; exit }' "$out/perf-$tag.log")
  read -r wall user sys rss < <(tail -1 "$out/time-$tag.txt")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$config" "$run" "$wall" "$user" "$sys" "$rss" "${csc:-0}" >> "$out/runs.tsv"
  log "  $size files, $config, run $run: ${wall}s wall, $(echo "$user + $sys" | bc)s CPU, $((rss / 1024)) MB peak, Csc ${csc:-?} ms"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

stat() { # size config column-expression
  awk -F'\t' -v s="$1" -v c="$2" "\$1 == s && \$2 == c && \$3 > 0 { print $3 }" "$out/runs.tsv" | median
}

printf 'size\tconfig\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\tcsc_ms\n' > "$out/runs.tsv"
results="$out/results.md"
{
  echo "# ParityKit benchmark"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg); .NET SDK $(dotnet --version);"
  echo "ParityKit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'); seed $seed; $runs runs per configuration, order alternating."
  echo "Command: \`bench/run-benchmark.sh --sizes \"$sizes\" --runs $runs --seed $seed --configs \"$configs\"\`"
  echo
} > "$results"

for size in $sizes; do
  workload="$out/workload-$size"
  log "workload: $size files -> $workload"
  dotnet "$repo/bench/ParityKit.Workload/bin/Release/net10.0/ParityKit.Workload.dll" --files "$size" --seed "$seed" --out "$workload" --paritykit-root "$repo" >&2
  project="$workload/Workload.csproj"
  dotnet restore "$project" -nodeReuse:false -tl:off -v:q -nologo > "$out/restore-$size.log" 2>&1 || { cat "$out/restore-$size.log" >&2; exit 1; }

  log "warm-up (not counted)"
  for config in $configs; do measure "$size" "$config" 0 "$project"; done

  ordered="$configs"
  reversed="$(echo "$configs" | tr ' ' '\n' | tac | tr '\n' ' ')"
  for run in $(seq 1 "$runs"); do
    if [ $((run % 2)) = 0 ]; then order="$reversed"; else order="$ordered"; fi
    for config in $order; do measure "$size" "$config" "$run" "$project"; done
  done

  {
    echo "## $size files"
    echo
    echo "| configuration | wall s (median) | CPU s (median) | peak RSS MB | Csc task s | wall vs sdk | CPU vs sdk |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    sdk_wall=$(stat "$size" sdk '$4'); sdk_cpu=$(stat "$size" sdk '$5 + $6')
    for config in $configs; do
      wall=$(stat "$size" "$config" '$4'); cpu=$(stat "$size" "$config" '$5 + $6')
      rss=$(stat "$size" "$config" '$7 / 1024'); csc=$(stat "$size" "$config" '$8 / 1000')
      awk -v c="$config" -v w="$wall" -v u="$cpu" -v r="$rss" -v k="$csc" -v sw="$sdk_wall" -v su="$sdk_cpu" 'BEGIN {
        rw = (sw != "nan" && sw + 0 > 0) ? sprintf("%+.1f%%", (w / sw - 1) * 100) : "-"
        ru = (su != "nan" && su + 0 > 0) ? sprintf("%+.1f%%", (u / su - 1) * 100) : "-"
        printf "| %s | %.2f | %.2f | %.0f | %.2f | %s | %s |\n", c, w, u, r, k, rw, ru }'
    done
    echo
    echo "Per run (wall s): $(awk -F'\t' -v s="$size" '$1 == s && $3 > 0 { printf "%s#%s %s; ", $2, $3, $4 }' "$out/runs.tsv")"
    echo
  } >> "$results"

  if [ "$report_analyzer" = 1 ]; then
    log "ReportAnalyzer build (ParityKit on)"
    dotnet build "$project" -c Release --no-restore --no-incremental -nodeReuse:false -tl:off -v:q -nologo \
      -p:UseSharedCompilation=false -p:ParityKitEnabled=true -p:ReportAnalyzer=true \
      "-flp:Verbosity=detailed;LogFile=$out/report-analyzer-$size.log" > /dev/null 2>&1 || true
    {
      echo "### $size files: analyzer and generator times (-p:ReportAnalyzer=true, one build)"
      echo
      echo '```'
      # The compiler's tables: totals, then each assembly with its analyzers or generators indented below it.
      awk '/Total analyzer execution time|Total generator execution time/ { t = 1 }
           t && /^[[:space:]]*$/ { t = 0 }
           t { sub(/^[[:space:]]+/, ""); print }' "$out/report-analyzer-$size.log" \
        | grep -E 'Total (analyzer|generator) execution time|ParityKit|NetAnalyzers|NetCore.Analyzers|Razor|AspNetCore.Analyzers|Microsoft.CodeAnalysis.Analyzers' \
        | awk '!seen[$0]++' | head -60
      echo '```'
      echo
    } >> "$results"
  fi

  if [ "$edit_loop" = 1 ]; then
    log "edit loop"
    # The loop rebuilds the compilation from the inputs the last ParityKit-enabled build listed in obj/.
    dotnet build "$project" -c Release --no-restore -nodeReuse:false -tl:off -v:q -nologo -p:ParityKitEnabled=true > /dev/null 2>&1 || true
    {
      echo "### $size files: generator and analyzers in an edit loop (bench/ParityKit.EditLoop, in-process)"
      echo
      dotnet "$repo/bench/ParityKit.EditLoop/bin/Release/net10.0/ParityKit.EditLoop.dll" --workload "$workload" --iterations "$edit_iterations"
      echo
    } >> "$results"
  fi
done

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results"
log "done: $results"
cat "$results"
