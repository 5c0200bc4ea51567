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
#   bare-paritykit  no analyzers, but ParityKit's generators and manifest task (optional: their cost alone, vs bare)
#   paritykit-generators  the SDK's analyzers and ParityKit with every PK rule set to none, so its analyzers do not
#              run and its generators and task do (optional: the generators' share, vs sdk)
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
compiler_server=0

usage() {
  sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'
  echo "options: --sizes \"400 2000\"  --runs N  --seed N  --out DIR"
  echo "         --configs \"bare sdk paritykit all bare-paritykit paritykit-generators\""
  echo "         --edit-iterations N  --no-report-analyzer  --no-edit-loop  --compiler-server"
  echo "--compiler-server: compile in the SDK's shared compiler server (VBCSCompiler), warm across builds, as a developer's"
  echo "  repeated builds do; CPU time then adds the server's. Without it (the default) each build starts a fresh compiler,"
  echo "  as a clean CI build does, and ParityKit's JIT time is part of its cost. The server is shared by every build of"
  echo "  the same user and SDK on the machine: measure with it only when nothing else builds."
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
    --compiler-server) compiler_server=1; shift ;;
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
    bare-paritykit) echo "-p:ParityKitEnabled=true -p:RunAnalyzers=false" ;;
    paritykit-generators) echo "-p:ParityKitEnabled=true -p:WorkloadGlobalConfig=$out/paritykit-rules-off.globalconfig" ;;
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

# CPU seconds (user + system) the shared compiler server has used so far; 0 without one.
server_cpu() {
  local total=0 pid
  for pid in $(pgrep -f 'VBCSCompiler( |\.dll|$)' || true); do
    total=$(awk -v t="$total" -v hz="$(getconf CLK_TCK)" '{ print t + ($14 + $15) / hz }' "/proc/$pid/stat" 2>/dev/null || echo "$total")
  done
  echo "$total"
}

shared_compilation=false
if [ "$compiler_server" = 1 ]; then shared_compilation=true; fi

# One from-scratch build; appends "size config run wall user sys maxrss_kb csc_ms" to runs.tsv.
measure() {
  local size="$1" config="$2" run="$3" project="$4"
  local tag="$size-$config-$run"
  local server_before server_after
  server_before=$(server_cpu)
  # shellcheck disable=SC2046
  if ! /usr/bin/time -f '%e %U %S %M' -o "$out/time-$tag.txt" \
      dotnet build "$project" -c Release --no-restore --no-incremental -nodeReuse:false -tl:off -v:q -nologo \
      -p:UseSharedCompilation=$shared_compilation $(config_args "$config") \
      "-flp:PerformanceSummary;Verbosity=quiet;LogFile=$out/perf-$tag.log" > "$out/build-$tag.log" 2>&1; then
    echo "build failed: $size files, $config (see $out/build-$tag.log)" >&2
    tail -20 "$out/build-$tag.log" >&2
    exit 1
  fi
  local csc
  csc=$(awk '/Task Performance Summary/ { t = 1 } t && $3 == "Csc" { print $1; exit }' "$out/perf-$tag.log")
  read -r wall user sys rss < <(tail -1 "$out/time-$tag.txt")
  server_after=$(server_cpu)
  # With the compiler server, the compile's CPU is the server's: counted with the client's user time.
  user=$(awk -v u="$user" -v a="$server_after" -v b="$server_before" 'BEGIN { d = a - b; if (d < 0) d = 0; printf "%.2f", u + d }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$config" "$run" "$wall" "$user" "$sys" "$rss" "${csc:-0}" >> "$out/runs.tsv"
  log "  $size files, $config, run $run: ${wall}s wall, $(echo "$user + $sys" | bc)s CPU, $((rss / 1024)) MB peak, Csc ${csc:-?} ms"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

stat() { # size config column-expression
  awk -F'\t' -v s="$1" -v c="$2" "\$1 == s && \$2 == c && \$3 > 0 { print $3 }" "$out/runs.tsv" | median
}

# Every ParityKit rule off: with all of an analyzer's rules at severity none the compiler does not run it.
{
  echo "is_global = true"
  grep -ohE '"PK[0-9]{4}"' "$repo/src/ParityKit.Analyzers/Diagnostics/RuleIds.cs" | tr -d '"' | sort -u \
    | sed 's/.*/dotnet_diagnostic.&.severity = none/'
} > "$out/paritykit-rules-off.globalconfig"

printf 'size\tconfig\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\tcsc_ms\n' > "$out/runs.tsv"
results="$out/results.md"
{
  echo "# ParityKit benchmark"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg); .NET SDK $(dotnet --version);"
  echo "ParityKit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'); seed $seed; $runs runs per configuration, order alternating;"
  if [ "$compiler_server" = 1 ]; then echo "shared compiler server (warm; its CPU counted)."; else echo "a fresh compiler process per build (no compiler server: ParityKit's JIT time included)."; fi
  server_flag=""; if [ "$compiler_server" = 1 ]; then server_flag=" --compiler-server"; fi
  echo "Command: \`bench/run-benchmark.sh --sizes \"$sizes\" --runs $runs --seed $seed --configs \"$configs\"$server_flag\`"
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
      -p:UseSharedCompilation=$shared_compilation -p:ParityKitEnabled=true -p:ReportAnalyzer=true \
      "-flp:Verbosity=detailed;LogFile=$out/report-analyzer-$size.log" > /dev/null 2>&1 || true
    {
      echo "### $size files: analyzer and generator times (-p:ReportAnalyzer=true, one build)"
      echo
      echo '```'
      # The compiler's tables: totals, then each assembly with its analyzers or generators indented below it.
      # The compiler's tables: a total line, a header, then each assembly with its analyzers or generators below it.
      # ParityKit's rows in full; of the others, the assembly totals only.
      grep -E 'Total (analyzer|generator) execution time|^[[:space:]]+<?[0-9]+\.[0-9]+[[:space:]]+<?[0-9]+[[:space:]]' "$out/report-analyzer-$size.log" \
        | sed -E 's/^[[:space:]]+//' \
        | awk '/^Total/ || /ParityKit/ || / Version=/ { if (!seen[$0]++) print }' | head -60
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
