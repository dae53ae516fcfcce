#!/usr/bin/env bash
# Soak test of the serve command: 100 connections under wrk on loopback (30 s by default) while slow clients trickle
# their requests byte by byte and malformed ones arrive (a bad request line, a 70,000-byte header); reports wrk's
# socket errors and non-2xx answers, what the slow and malformed clients got, whether the server still answers after
# the load, and the heap in use after a full GC before and after the load.
#
#   bench/soak.sh            # from the repository root; about a minute (SECONDS_OF_LOAD=30, SOAK_PORT=3099)
#
# Needs wrk, curl, java, javac, jcmd and mvn; MAVEN_OFFLINE=1 builds with -o.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
seconds=${SECONDS_OF_LOAD:-30}
port=${SOAK_PORT:-3099}
work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
for tool in wrk curl java javac jcmd mvn; do
  command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 2; }
done

echo "Building apigw-sim ..." >&2
(cd "$repo" && mvn -B -q ${MAVEN_OFFLINE:+-o} -DskipTests -Dcheckstyle.skip -Dspotless.check.skip -Dmaven.javadoc.skip \
   compile dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" -DincludeScope=compile >/dev/null)
mkdir -p "$work/classes" "$work/soak"
cat > "$work/soak/Echo.java" <<'JAVA'
package soak;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Answers every request with its path, so each response differs a little. */
public final class Echo implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return Map.of("statusCode", 200, "body", String.valueOf(event.get("path")));
    }
}
JAVA
printf '%s\n' 'Transform: AWS::Serverless-2016-10-31' 'Resources:' '  Echo:' \
  '    Type: AWS::Serverless::Function' \
  '    Properties: {Handler: soak.Echo::handleRequest, Runtime: java17,' \
  "      Events: {Any: {Type: Api, Properties: {Path: '/{proxy+}', Method: any}}}}" > "$work/template.yaml"
classpath="$repo/target/classes:$(cat "$work/classpath.txt")"
javac -nowarn -cp "$classpath" -d "$work/classes" "$work/soak/Echo.java"

(cd "$work" && exec java -Xmx256m -cp "$classpath:$work/classes" io.apigwsim.cli.Serve --sam template.yaml \
   --port "$port") >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port/Prod"
for _ in $(seq 1 1000); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ready" || true)" = 200 ] && break
  sleep 0.02
done

heap_after_gc() {
  jcmd "$server" GC.run >/dev/null
  jcmd "$server" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }'
}

wrk -t2 -c100 -d5s "$base/warm/1" >/dev/null
heap_start=$(heap_after_gc)

# A slow client sends a valid request one byte every 0.2 s on its own connection and records its status line.
slow_client() {
  local text=$'GET /Prod/slow/'"$1"$' HTTP/1.1\r\nHost: soak\r\nConnection: close\r\n\r\n'
  exec 3<>/dev/tcp/127.0.0.1/"$port"
  for ((i = 0; i < ${#text}; i++)); do printf '%s' "${text:i:1}" >&3; sleep 0.2; done
  timeout 10 head -1 <&3 | tr -d '\r' > "$work/slow-$1.txt" || true
  exec 3>&-
}
clients=()
for n in 1 2 3 4; do slow_client "$n" & clients+=("$!"); done
# Malformed requests during the load: a bad request line, and a header section over the server's limit.
(sleep 3
 exec 4<>/dev/tcp/127.0.0.1/"$port"
 printf 'BROKEN /\r\n\r\n' >&4
 timeout 5 head -1 <&4 | tr -d '\r' > "$work/bad.txt" || true
 exec 4>&-
 big=$(head -c 70000 /dev/zero | tr '\0' 'a')
 curl -s -o /dev/null --max-time 10 -w '%{http_code}\n' -H "X-Big: $big" "$base/big" > "$work/big.txt" || true) &
clients+=("$!")

wrk -t2 -c100 -d"${seconds}s" --latency "$base/pets/1" > "$work/wrk.txt"
for pid in "${clients[@]}"; do wait "$pid" || true; done
heap_end=$(heap_after_gc)
after=$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$base/after" || true)

requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
rps=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
errors=$(grep -E 'Socket errors' "$work/wrk.txt" | sed 's/^ *//' || true)
non2xx=$(awk '/Non-2xx/ { print $5 }' "$work/wrk.txt")
echo "load: 100 connections for ${seconds} s: $requests requests, $rps requests/s, p99 $p99;" \
  "${errors:-no socket errors}; non-2xx answers: ${non2xx:-0}"
echo "slow clients (one byte every 0.2 s): $(cat "$work"/slow-*.txt | sort | uniq -c | sed 's/^ *//' | paste -sd ';')"
echo "bad request line: $(cat "$work/bad.txt"); 70,000-byte header: HTTP $(cat "$work/big.txt")"
echo "after the load: HTTP $after"
echo "heap in use after a full GC: $heap_start after the warm-up, $heap_end after the load"
