#!/usr/bin/env bash
# apigw-sim's serve command against serverless-offline, on this machine, in one run, serving the same trivial route:
# GET /pets/{id} answered by a Lambda proxy function returning {"id":"42","name":"rex"} as JSON.
# Measures, for each: start-up (launch of the command to the first 200 response; the median of three launches), then
# requests/s and p99 latency under wrk at 4 and at 64 connections (after the same warm-up for both), and prints the raw
# figures and the ratios.
#
# Usage (from the repository root): bench/serve-vs-serverless-offline.sh [SECONDS=10]
# SIM_CDS=1 also measures apigw-sim's start-up from jars with an AppCDS archive (needs jar and jcmd).
# Needs: JDK 17+, Maven, node and npm (serverless@3 and serverless-offline@13 are installed from the npm registry
# into $BENCH_CACHE, by default ~/.cache/apigw-sim/bench), wrk (Debian/Ubuntu: apt-get install -y wrk), curl, bc.
# Both servers bind to 127.0.0.1 only.
set -euo pipefail
secs=${1:-10}
warmup=${WARMUP_SECONDS:-5}
sim_port=${SIM_PORT:-3010} peer_port=${PEER_PORT:-3999}
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/apigw-sim/bench}
work=$(mktemp -d)
for tool in wrk curl bc java javac mvn node npm; do
  command -v "$tool" >/dev/null || { echo "$tool not found${tool/#wrk/: apt-get install -y wrk}" >&2; exit 2; }
done
pids=()
load_before=$(cut -d" " -f1-3 /proc/loadavg)
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# --- apigw-sim: the library's classes and its class path as a user's tests have it, and a one-route SAM project ---
# includeScope=compile is the compile, provided and system scopes: the libraries apigw-sim runs with (Netty included)
# and the JUnit API and AssertJ it expects from the user's test class path, without its own test libraries.
echo "Building apigw-sim ..." >&2
(cd "$repo" && mvn -B -q ${MAVEN_OFFLINE:+-o} -DskipTests -Dcheckstyle.skip -Dspotless.check.skip -Dmaven.javadoc.skip \
   compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -DincludeScope=compile >/dev/null)
mkdir -p "$work/sim/src/bench" "$work/sim/classes"
cat > "$work/sim/src/bench/GetPet.java" <<'JAVA'
package bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public final class GetPet implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Object id = ((Map<String, Object>) event.get("pathParameters")).get("id");
        return Map.of(
                "statusCode", 200,
                "headers", Map.of("content-type", "application/json"),
                "body", "{\"id\":\"" + id + "\",\"name\":\"rex\"}");
    }
}
JAVA
cat > "$work/sim/template.yaml" <<'YAML'
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  GetFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: java17
      Handler: bench.GetPet::handleRequest
      Events:
        Get: {Type: Api, Properties: {Path: '/pets/{id}', Method: get}}
YAML
classpath="$repo/target/classes:$(cat "$work/cp.txt")"
javac -nowarn -cp "$classpath" -d "$work/sim/classes" "$work/sim/src/bench/GetPet.java"

# --- serverless-offline: the same route, with serverless@3 and serverless-offline@13 ---
peer="$cache/serverless-offline"
mkdir -p "$peer"
if [ ! -x "$peer/node_modules/.bin/serverless" ]; then
  echo "Installing serverless@3 and serverless-offline@13 into $peer ..." >&2
  (cd "$peer" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error serverless@3 serverless-offline@13 >/dev/null)
fi
cat > "$peer/handler.js" <<'JS'
module.exports.get = async (event) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ id: event.pathParameters.id, name: 'rex' }),
});
JS
cat > "$peer/serverless.yml" <<'YML'
service: peer
frameworkVersion: '3'
provider: { name: aws, runtime: nodejs18.x, stage: test, region: us-east-1 }
plugins: [serverless-offline]
functions:
  get:
    handler: handler.get
    events: [{ http: { method: get, path: 'pets/{id}' } }]
YML

# Launch a command in directory $1 in the background; set started_in to the seconds from launch to its first 200 at $2.
startup() {
  local dir=$1 url=$2 log=$3; shift 3
  local start end pid
  start=$(date +%s.%N)
  (cd "$dir" && exec "$@") >"$log" 2>&1 &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 1 1500); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; then
      end=$(date +%s.%N); started_in=$(echo "$end - $start" | bc); return; fi
    kill -0 "$pid" 2>/dev/null || { echo "server exited; see its log:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.01
  done
  echo "no 200 from $url within 15 s; its log:" >&2; cat "$log" >&2; exit 1
}

# the middle one of three figures
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

# requests/s and p99 in ms under wrk, one line "RPS P99_MS NON_2XX"
load() {
  local url=$1 conns=$2
  wrk -t"$( [ "$conns" -ge 2 ] && echo 2 || echo 1)" -c"$conns" -d"${secs}s" --latency "$url" | awk '
    /Requests\/sec/ {rps=$2}
    /^ *99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; p99=v}
    /Non-2xx/ {bad=$4}
    END {printf "%s %s %s\n", rps, p99, (bad==""?0:bad)}'
}

measure() { # name url
  local name=$1 url=$2
  wrk -t2 -c64 -d"${warmup}s" "$url" >/dev/null
  read -r rps4 p99_4 bad4 < <(load "$url" 4)
  read -r rps64 p99_64 bad64 < <(load "$url" 64)
  echo "$rps4 $p99_4 $bad4 $rps64 $p99_64 $bad64"
}

sim_url="http://127.0.0.1:$sim_port/Prod/pets/42"
peer_url="http://127.0.0.1:$peer_port/test/pets/42"

echo "Measuring apigw-sim ..." >&2
times=()
for run in 1 2 3; do
  [ "$run" = 1 ] || { kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; }
  startup "$work/sim" "$sim_url" "$work/sim.log" \
    java -cp "$classpath:$work/sim/classes" io.apigwsim.cli.Serve --sam template.yaml --port "$sim_port"
  times+=("$started_in")
done
sim_start=$(median "${times[@]}")
sim_body=$(curl -s "$sim_url")
read -r sim_rps4 sim_p99_4 sim_bad4 sim_rps64 sim_p99_64 sim_bad64 < <(measure apigw-sim "$sim_url")
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# Start-up again from jars with an AppCDS archive of the classes a served request loads (JDK 17's dynamic archive
# cannot hold classes from directories, hence the jars; jcmd dumps it from the running server after its first 200).
cds_start=-
if [ -n "${SIM_CDS:-}" ]; then
  echo "Measuring apigw-sim's start-up with an AppCDS archive ..." >&2
  jar cf "$work/apigw-sim.jar" -C "$repo/target/classes" . && jar cf "$work/handler.jar" -C "$work/sim/classes" .
  jars="$work/apigw-sim.jar:$(cat "$work/cp.txt"):$work/handler.jar"
  startup "$work/sim" "$sim_url" "$work/sim-cds-dump.log" \
    java -XX:+RecordDynamicDumpInfo -cp "$jars" io.apigwsim.cli.Serve --sam template.yaml --port "$sim_port"
  jcmd "${pids[-1]}" VM.cds dynamic_dump "$work/serve.jsa" >/dev/null
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
  times=()
  for run in 1 2 3; do
    startup "$work/sim" "$sim_url" "$work/sim-cds.log" \
      java -XX:SharedArchiveFile="$work/serve.jsa" -cp "$jars" io.apigwsim.cli.Serve --sam template.yaml --port "$sim_port"
    times+=("$started_in")
    kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
  done
  cds_start=$(median "${times[@]}")
fi

echo "Measuring serverless-offline ..." >&2
export SLS_TELEMETRY_DISABLED=1 SLS_NOTIFICATIONS_MODE=off
times=()
for run in 1 2 3; do
  [ "$run" = 1 ] || { kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; }
  startup "$peer" "$peer_url" "$work/peer.log" \
    node_modules/.bin/serverless offline start --host 127.0.0.1 --httpPort "$peer_port" --lambdaPort $((peer_port + 1))
  times+=("$started_in")
done
peer_start=$(median "${times[@]}")
peer_body=$(curl -s "$peer_url")
read -r peer_rps4 peer_p99_4 peer_bad4 peer_rps64 peer_p99_64 peer_bad64 < <(measure serverless-offline "$peer_url")

ratio() { echo "scale=4; $1 / $2" | bc | awk '{printf "%.3g", $1}'; }
cat <<REPORT
machine: $(nproc) cores, load average before the run: $load_before, $(java -version 2>&1 | head -1), node $(node --version), wrk ${secs} s per run after ${warmup} s warm-up
bodies: apigw-sim $sim_body | serverless-offline $peer_body
                          apigw-sim   serverless-offline   ratio (apigw-sim / serverless-offline)
start-up to first 200 (s) $(printf '%-11s %-20s %s' "$sim_start" "$peer_start" "$(ratio "$sim_start" "$peer_start")")
start-up, jars + AppCDS   $(printf '%-11s %-20s %s' "$cds_start" "$peer_start" "$([ "$cds_start" = - ] && echo "- (SIM_CDS=1 measures it)" || ratio "$cds_start" "$peer_start")")
requests/s,  4 conns      $(printf '%-11s %-20s %s' "$sim_rps4" "$peer_rps4" "$(ratio "$sim_rps4" "$peer_rps4")")
requests/s, 64 conns      $(printf '%-11s %-20s %s' "$sim_rps64" "$peer_rps64" "$(ratio "$sim_rps64" "$peer_rps64")")
p99 (ms),    4 conns      $(printf '%-11s %-20s %s' "$sim_p99_4" "$peer_p99_4" "$(ratio "$sim_p99_4" "$peer_p99_4")")
p99 (ms),   64 conns      $(printf '%-11s %-20s %s' "$sim_p99_64" "$peer_p99_64" "$(ratio "$sim_p99_64" "$peer_p99_64")")
non-2xx responses         $(printf '%-11s %-20s' "$((sim_bad4 + sim_bad64))" "$((peer_bad4 + peer_bad64))")
REPORT
