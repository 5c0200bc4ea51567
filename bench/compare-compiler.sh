#!/usr/bin/env bash
# ParityKit's cost in the compiler alone, without MSBuild around it: the workload's own csc command line, run directly.
#
# It generates the workload (bench/ParityKit.Workload), builds it once per configuration with -v:d to capture the
# compiler's command line, turns each into a response file, then runs the compiler (a fresh process each time) for
# every configuration in turn, RUNS times, interleaved so that drift in the machine's load falls on every configuration
# alike. It prints the median wall and CPU seconds and ParityKit's share against the SDK-only build.
#   sdk                  the SDK's default analyzers, no ParityKit   <- the baseline
#   paritykit            the SDK's analyzers and ParityKit (every rule, its generator)
#   paritykit-generators as paritykit, every PK rule at severity none: the generator's share
#   sdk-with-output      the SDK-only build plus ParityKit's generated sources as plain inputs: what compiling them costs
#
# Every compiler run carries a startup hook (bench/ParityKit.CompilerCounters) that records the runtime's own counters:
# JIT time and methods (and the JIT time of ParityKit's own methods), GC pauses, bytes allocated. With --perf, each run
# is also sampled by Linux perf (apt-get install linux-perf or linux-tools) and its CPU time split by bench/ParityKit.CpuSplit
# into ParityKit's generator and analyzers, the SDK's, and the rest of the compile, each as managed code, JIT, GC,
# runtime or kernel. ParityKit's own parts are counted from its own stack frames, so they hold still from run to run
# while the whole build's time does not (docs/performance.md, "Fourth round").
#
#   bench/compare-compiler.sh                       # 400 files, 5 runs
#   bench/compare-compiler.sh --files 2000 --runs 3
#   bench/compare-compiler.sh --files 400 --runs 4 --perf
#
# Extra configurations are easy to add by hand: copy a response file in $OUT and edit it (this is how the third
# round of docs/performance.md compared variants of the generated code).
set -euo pipefail

files=400
runs=5
seed=1
out="${TMPDIR:-/tmp}/paritykit-compiler"
perf=0
perf_frequency=499

while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --perf) perf=1; shift ;;
    -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; echo "options: --files N --runs N --seed N --out DIR --perf"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 LC_NUMERIC=C
if [ ! -x /usr/bin/time ]; then echo "/usr/bin/time (GNU time) is needed: apt-get install time" >&2; exit 1; fi
if [ "$perf" = 1 ] && ! command -v perf > /dev/null; then echo "--perf needs Linux perf: apt-get install linux-perf (Debian) or linux-tools-generic (Ubuntu)" >&2; exit 1; fi
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

log "building ParityKit and the workload generator (Release)"
dotnet build "$repo/src/ParityKit/ParityKit.csproj" -c Release -nodeReuse:false -tl:off -v:q -nologo > "$out/build.log" 2>&1 \
  && dotnet build "$repo/bench/ParityKit.Workload/ParityKit.Workload.csproj" -c Release -nodeReuse:false -tl:off -v:q -nologo >> "$out/build.log" 2>&1 \
  && dotnet build "$repo/bench/ParityKit.CompilerCounters/ParityKit.CompilerCounters.csproj" -c Release -nodeReuse:false -tl:off -v:q -nologo >> "$out/build.log" 2>&1 \
  && { [ "$perf" = 0 ] || dotnet build "$repo/bench/ParityKit.CpuSplit/ParityKit.CpuSplit.csproj" -c Release -nodeReuse:false -tl:off -v:q -nologo >> "$out/build.log" 2>&1; } \
  || { cat "$out/build.log" >&2; exit 1; }
counters_hook="$repo/bench/ParityKit.CompilerCounters/bin/Release/net10.0/ParityKit.CompilerCounters.dll"
cpu_split="$repo/bench/ParityKit.CpuSplit/bin/Release/net10.0/ParityKit.CpuSplit.dll"

workload="$out/workload-$files"
dotnet "$repo/bench/ParityKit.Workload/bin/Release/net10.0/ParityKit.Workload.dll" --files "$files" --seed "$seed" --out "$workload" --paritykit-root "$repo" >&2
dotnet restore "$workload/Workload.csproj" -nodeReuse:false -tl:off -v:q -nologo > "$out/restore.log" 2>&1 || { cat "$out/restore.log" >&2; exit 1; }

# The csc command line of one build, as a response file whose outputs and editorconfig are the configuration's own.
capture() {
  local name="$1"; shift
  log "capturing the compiler command line: $name"
  dotnet build "$workload/Workload.csproj" -c Release --no-restore --no-incremental -nodeReuse:false -tl:off -v:d -nologo \
    -p:UseSharedCompilation=false "$@" > "$out/detailed-$name.log" 2>&1 || { tail -20 "$out/detailed-$name.log" >&2; exit 1; }
  cp "$workload/obj/Release/net10.0/Workload.GeneratedMSBuildEditorConfig.editorconfig" "$out/$name.editorconfig"
  grep -m1 'bincore/csc ' "$out/detailed-$name.log" | sed 's#^.*bincore/csc ##' \
    | sed "s#/out:obj/Release/net10.0/Workload.dll#/out:$out/bin/$name.dll#; s#/refout:obj/Release/net10.0/refint/Workload.dll#/refout:$out/bin/$name.ref.dll#" \
    | sed "s#/analyzerconfig:obj/Release/net10.0/Workload.GeneratedMSBuildEditorConfig.editorconfig#/analyzerconfig:$out/$name.editorconfig#" \
    > "$out/$name.rsp"
  [ -s "$out/$name.rsp" ] || { echo "no csc command line in $out/detailed-$name.log" >&2; exit 1; }
}
mkdir -p "$out/bin" "$out/generated"
capture sdk -p:ParityKitEnabled=false
capture paritykit -p:ParityKitEnabled=true
log "the generated sources"
dotnet build "$workload/Workload.csproj" -c Release --no-restore --no-incremental -nodeReuse:false -tl:off -v:q -nologo \
  -p:UseSharedCompilation=false -p:EmitCompilerGeneratedFiles=true "-p:CompilerGeneratedFilesOutputPath=$out/generated" > "$out/generated.log" 2>&1 \
  || { tail -20 "$out/generated.log" >&2; exit 1; }

{
  echo "is_global = true"
  grep -ohE '"PK[0-9]{4}"' "$repo/src/ParityKit.Analyzers/Diagnostics/RuleIds.cs" | tr -d '"' | sort -u \
    | sed 's/.*/dotnet_diagnostic.&.severity = none/'
} > "$out/rules-off.globalconfig"
sed "s#\$# /analyzerconfig:$out/rules-off.globalconfig#; s#/bin/paritykit\.#/bin/paritykit-generators.#g" "$out/paritykit.rsp" > "$out/paritykit-generators.rsp"
generated=$(find "$out/generated/ParityKit.Analyzers" -name '*.g.cs' | sort | tr '\n' ' ')
sed "s#\$# $generated#; s#/bin/sdk\.#/bin/sdk-with-output.#g" "$out/sdk.rsp" > "$out/sdk-with-output.rsp"

configs="sdk paritykit paritykit-generators sdk-with-output"
version="$(cd "$workload" && dotnet --version)"
csc="$(dotnet --list-sdks | grep "^$version " | sed 's/^[^[]*\[\(.*\)\]$/\1/')/$version/Roslyn/bincore/csc.dll"
[ -f "$csc" ] || { echo "the SDK's compiler was not found at $csc" >&2; exit 1; }
printf 'config\trun\twall_s\tcpu_s\n' > "$out/runs.tsv"
printf 'config\twall_s\tcpu_s\tjit_s\tjit_methods\tgc_pause_s\tgc_collections\tallocated_mb\tparitykit_jit_s\tparitykit_jit_methods\n' > "$out/counters.tsv"
printf 'config\trun\tpart\tkind\tcpu_s\n' > "$out/cpu-split.tsv"
# perf names JIT'd code through the runtime's perf map; W^X double mapping would hide it, and the standalone GC
# library (the same regions GC the runtime has built in) lets GC time be told from the rest of the runtime's.
perf_env=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_GCName=libclrgcexp.so)
for run in $(seq 1 "$runs"); do
  for config in $configs; do
    compile=(dotnet "$csc" "@$out/$config.rsp")
    touch "$out/run-start"
    [ "$perf" = 1 ] && compile=(env "${perf_env[@]}" perf record -q -F "$perf_frequency" -g -o "$out/perf.data" -- "${compile[@]}")
    (cd "$workload" && PARITYKIT_COUNTERS_OUT="$out/counters.tsv" PARITYKIT_COUNTERS_NAME="$config" PARITYKIT_COUNTERS_JIT_PREFIX=ParityKit.Analyzers \
      DOTNET_STARTUP_HOOKS="$counters_hook" /usr/bin/time -f '%e %U %S' -o "$out/time.txt" "${compile[@]}" > "$out/csc-$config.log" 2>&1) \
      || { echo "compile failed: $config (see $out/csc-$config.log)" >&2; tail -5 "$out/csc-$config.log" >&2; exit 1; }
    read -r wall user sys < "$out/time.txt"
    printf '%s\t%s\t%s\t%s\n' "$config" "$run" "$wall" "$(echo "$user + $sys" | bc)" >> "$out/runs.tsv"
    if [ "$perf" = 1 ]; then
      perf script -i "$out/perf.data" -F comm,tid,ip,sym,dso 2> /dev/null | dotnet "$cpu_split" --frequency "$perf_frequency" \
        | sed "s/^/$config\t$run\t/" >> "$out/cpu-split.tsv"
      # The runtime writes its perf map to /tmp/perf-<pid>.map; only this run's compiler's is removed.
      rm -f "$out/perf.data"; find /tmp -maxdepth 1 -name 'perf-*.map' -newer "$out/run-start" -delete
    fi
    log "  $config, run $run: ${wall}s wall"
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
stat() { awk -F'\t' -v c="$1" -v k="$2" 'NR > 1 && $1 == c { print $k }' "${3:-$out/runs.tsv}" | median; }
sdk_wall=$(stat sdk 3); sdk_cpu=$(stat sdk 4)
echo
echo "$files files, $runs runs each, interleaved; the compiler run directly (a fresh process per run); load before the last run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| configuration | wall s (median) | CPU s (median) | wall vs sdk | CPU vs sdk |"
echo "|---|---:|---:|---:|---:|"
for config in $configs; do
  awk -v c="$config" -v w="$(stat "$config" 3)" -v u="$(stat "$config" 4)" -v sw="$sdk_wall" -v su="$sdk_cpu" \
    'BEGIN { printf "| %s | %.2f | %.2f | %+.1f%% | %+.1f%% |\n", c, w, u, (w / sw - 1) * 100, (u / su - 1) * 100 }'
done

[ "$perf" = 1 ] && echo "(with --perf the wall times carry perf's own overhead; compare the CPU split below, not these)"

echo
echo "The runtime's counters in the compiler process (medians; JIT time is summed over threads, including the background JIT):"
echo "| configuration | JIT s | methods JIT'd | ParityKit's own methods: JIT s (count) | GC pauses s | allocated MB |"
echo "|---|---:|---:|---:|---:|---:|"
for config in $configs; do
  c="$out/counters.tsv"
  printf '| %s | %.2f | %.0f | %.2f (%.0f) | %.2f | %.0f |\n' "$config" "$(stat "$config" 4 "$c")" "$(stat "$config" 5 "$c")" \
    "$(stat "$config" 9 "$c")" "$(stat "$config" 10 "$c")" "$(stat "$config" 6 "$c")" "$(stat "$config" 8 "$c")"
done

if [ "$perf" = 1 ]; then
  echo
  echo "CPU seconds by part and kind (perf samples at ${perf_frequency} Hz, median over runs; a part absent from a run counts 0):"
  printf '| part | kind |'; for config in $configs; do printf ' %s |' "$config"; done; echo
  printf '|---|---|'; for config in $configs; do printf '%s' '---:|'; done; echo
  awk -F'\t' 'NR > 1 { print $3 "\t" $4 }' "$out/cpu-split.tsv" | sort -u | while IFS=$'\t' read -r part kind; do
    printf '| %s | %s |' "$part" "$kind"
    for config in $configs; do
      value=$(for run in $(seq 1 "$runs"); do
        awk -F'\t' -v c="$config" -v r="$run" -v p="$part" -v k="$kind" \
          '$1 == c && $2 == r && $3 == p && $4 == k { v = $5 } END { print v + 0 }' "$out/cpu-split.tsv"
      done | median)
      printf ' %.2f |' "$value"
    done
    echo
  done
fi
