#!/usr/bin/env bash
# The compatibility matrix: apigw-sim in user projects with other versions of JUnit, AssertJ and Jackson, declared
# first or last, with or without the JUnit BOM, on JDK 17 and 25. Each cell generates a Maven project (the pom below,
# the README's first example with its handler, and the example pets API's sources and tests, or the README's example
# alone) and runs `mvn test`; it fails when a test fails or when apigw-sim brings JUnit, AssertJ or SLF4J 1.
#
#   compat/matrix.sh                 # every cell, 5 to 10 minutes on 2 cores
#   compat/matrix.sh issue-15 jdk25  # the cells whose names contain one of the words
#
# apigw-sim is installed into a private local repository (M2_REPO, default /tmp/m2-apigwsim-compat, seeded from
# ~/.m2/repository), never into ~/.m2. The first run downloads the matrix's versions (MATRIX_OFFLINE=1 for -o).
# JDK_17 and JDK_25 name the two JDKs (defaults: /usr/lib/jvm/...). Results: target/compat/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
m2=${M2_REPO:-/tmp/m2-apigwsim-compat}
jdk17=${JDK_17:-/usr/lib/jvm/java-17-openjdk-amd64}
jdk25=${JDK_25:-/usr/lib/jvm/temurin-25-jdk-amd64}
offline=${MATRIX_OFFLINE:+-o}
out=$repo/target/compat
version=$(sed -n 's:^    <version>\(.*\)</version>:\1:p' pom.xml | head -1)

# name project(pets|readme) jdk junit bom(yes|no) order(first|last) assertj jackson(- for none declared)
# slf4j(nop2|nop1|none). issue-15 is the project that failed before JUnit became provided: JUnit 5.11 without the
# BOM, apigw-sim declared first; readme-only is a fresh project with nothing but what the README's example needs.
cells=(
  "issue-15     pets   17 5.11.4 no  first 3.27.7 2.20.1 nop2"
  "readme-only  readme 17 5.11.4 no  first 3.27.7 -      none"
  "minimums     pets   17 5.10.0 no  first 3.21.0 2.15.0 nop2"
  "minimums-25  pets   25 5.10.0 yes last  3.21.0 2.15.0 nop2"
  "junit-5.11   pets   17 5.11.4 yes last  3.27.7 2.23.0 nop2"
  "junit-5.14   pets   25 5.14.4 no  first 3.27.7 2.23.0 nop2"
  "junit-5.14b  pets   17 5.14.4 yes last  3.24.2 2.18.2 nop2"
  "junit-6.0    pets   17 6.0.3  no  first 3.27.7 2.23.0 nop2"
  "junit-6.0b   pets   25 6.0.3  yes last  3.27.7 2.20.1 none"
  "junit-6.1    pets   25 6.1.3  no  last  3.27.7 2.23.0 nop2"
  "jackson-min  pets   17 5.11.4 no  last  3.27.7 2.15.0 none"
  "slf4j-1.7    pets   17 5.13.4 no  first 3.27.7 2.20.1 nop1"
)

selected=()
for cell in "${cells[@]}"; do
  name=${cell%% *}
  if [ $# -eq 0 ]; then selected+=("$cell"); continue; fi
  for word in "$@"; do
    case "$cell" in *"$word"*) selected+=("$cell"); break ;; esac
  done
done

mkdir -p "$out"
if [ ! -d "$m2" ]; then
  echo "seeding $m2 from ~/.m2/repository ..." >&2
  mkdir -p "$m2" && cp -r ~/.m2/repository/. "$m2"/
fi

echo "installing apigw-sim $version into $m2 ..." >&2
start=$(date +%s)
JAVA_HOME=$jdk17 mvn -B -q $offline -ntp -Dmaven.repo.local="$m2" -DskipTests -Dcheckstyle.skip -Dspotless.check.skip \
  -Dmaven.javadoc.skip -Dmaven.source.skip install >"$out/install.log" 2>&1 || { cat "$out/install.log"; exit 1; }
echo "  $(( $(date +%s) - start )) s" >&2

dep() { # groupId artifactId version [scope]
  printf '        <dependency>\n            <groupId>%s</groupId>\n            <artifactId>%s</artifactId>\n' "$1" "$2"
  [ -n "$3" ] && printf '            <version>%s</version>\n' "$3"
  printf '            <scope>%s</scope>\n        </dependency>\n' "${4:-test}"
}

generate() { # dir project junit bom order assertj jackson slf4j
  local dir=$1 project=$2 junit=$3 bom=$4 order=$5 assertj=$6 jackson=$7 slf4j=$8 junit_version
  rm -rf "$dir" && mkdir -p "$dir/src/test/java/com/example/readme" "$dir/src/main/java/com/example/readme"
  if [ "$project" = pets ]; then
    cp -r examples/pets-api/src "$dir"/ && cp examples/pets-api/openapi.yaml "$dir"/
  fi
  junit_version=$junit && [ "$bom" = yes ] && junit_version=""
  {
    cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
    <modelVersion>4.0.0</modelVersion>
    <groupId>com.example</groupId>
    <artifactId>compat-user</artifactId>
    <version>1</version>
    <properties>
        <maven.compiler.release>17</maven.compiler.release>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    </properties>
XML
    if [ "$bom" = yes ]; then
      printf '    <dependencyManagement>\n        <dependencies>\n'
      dep org.junit junit-bom "$junit" import | sed 's:<scope>import</scope>:<type>pom</type>\n            <scope>import</scope>:; s/^/    /'
      printf '        </dependencies>\n    </dependencyManagement>\n'
    fi
    printf '    <dependencies>\n'
    [ "$order" = first ] && dep io.github.apigwsim apigw-sim "$version"
    dep com.amazonaws aws-lambda-java-core 1.4.0 compile
    dep com.amazonaws aws-lambda-java-events 3.16.1 compile
    [ "$jackson" != - ] && dep com.fasterxml.jackson.core jackson-databind "$jackson" compile
    dep org.junit.jupiter junit-jupiter "$junit_version"
    if [ "$project" = pets ]; then
      # before AssertJ: AssertJ 3.24's byte-buddy 1.12 would otherwise win over the 1.17 Mockito 5.24 needs
      dep org.mockito mockito-core 5.24.0
      dep org.mockito mockito-junit-jupiter 5.24.0
    fi
    dep org.assertj assertj-core "$assertj"
    case $slf4j in
      nop2) dep org.slf4j slf4j-nop 2.0.17 ;;
      nop1) dep org.slf4j slf4j-nop 1.7.36 ;;
    esac
    [ "$order" = last ] && dep io.github.apigwsim apigw-sim "$version"
    cat <<XML
    </dependencies>
    <build>
        <plugins>
            <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-surefire-plugin</artifactId>
                <version>3.5.4</version>
                <configuration>
                    <argLine>-XX:+EnableDynamicAgentLoading -Xshare:off</argLine>
                </configuration>
            </plugin>
            <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.15.0</version>
            </plugin>
            <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.5.0</version>
            </plugin>
        </plugins>
    </build>
</project>
XML
  } >"$dir/pom.xml"

  # the README's first example, unchanged, with the imports it needs and the handler it names
  {
    cat <<'JAVA'
package com.example.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Test;

JAVA
    awk '/^```java/{if(!done){on=1;next}} /^```/{if(on){on=0;done=1}} on' README.md
  } >"$dir/src/test/java/com/example/readme/GetPetTests.java"
  cat >"$dir/src/main/java/com/example/readme/GetPet.java" <<'JAVA'
package com.example.readme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

public class GetPet implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        String id = request.getPathParameters().get("id");
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody("{\"id\":\"" + id + "\",\"name\":\"Rex\"}");
    }
}
JAVA
}

results="$out/results.md"
{
  echo "| Cell | Project | JDK | JUnit | JUnit BOM | apigw-sim declared | AssertJ | Jackson | SLF4J provider | Tests | SLF4J notice | Time | Result |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} >"$results"
failed=0
matrix_start=$(date +%s)
for cell in "${selected[@]}"; do
  read -r name project jdk junit bom order assertj jackson slf4j <<<"$cell"
  dir=$out/$name
  generate "$dir" "$project" "$junit" "$bom" "$order" "$assertj" "$jackson" "$slf4j"
  java_home=$jdk17 && [ "$jdk" = 25 ] && java_home=$jdk25
  echo "[$name] $project, JDK $jdk, JUnit $junit (BOM: $bom), apigw-sim $order, AssertJ $assertj, Jackson $jackson, SLF4J $slf4j" >&2
  start=$(date +%s)
  status=pass
  (cd "$dir" && JAVA_HOME=$java_home mvn -B $offline -ntp -Dmaven.repo.local="$m2" test) >"$dir/build.log" 2>&1 || status=FAIL
  seconds=$(( $(date +%s) - start ))
  # what the user resolved: nothing of JUnit, AssertJ or SLF4J 1 may come from apigw-sim
  (cd "$dir" && JAVA_HOME=$java_home mvn -B -o -q -Dmaven.repo.local="$m2" dependency:tree -DoutputFile=tree.txt) \
    >/dev/null 2>&1 || true
  if awk '/apigw-sim:/{on=1;next} /^[+\\]- /{on=0} on' "$dir/tree.txt" 2>/dev/null \
      | grep -E 'org\.junit|org\.assertj|net\.bytebuddy|slf4j-api:jar:1\.' >"$dir/unexpected.txt"; then
    status="FAIL (apigw-sim brings $(head -1 "$dir/unexpected.txt" | sed 's/^[ |+\\-]*//'))"
  fi
  tests=$(grep -h 'Tests run:' "$dir/build.log" | tail -1 | sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+), Skipped: ([0-9]+).*/\1 run, \2 failed, \3 errors/' || true)
  notice=none
  grep -q '^SLF4J' "$dir/build.log" && notice="\`$(grep -m1 '^SLF4J' "$dir/build.log" | cut -c1-60)\`"
  [ "$status" = pass ] || failed=1
  echo "| $name | $project | $jdk | $junit | $bom | $order | $assertj | $jackson | $slf4j | ${tests:-none} | $notice | ${seconds} s | $status |" >>"$results"
  echo "  $status in ${seconds} s (${tests:-no tests}); log: $dir/build.log" >&2
done
echo "" >>"$results"
echo "Matrix time: $(( $(date +%s) - matrix_start )) s for ${#selected[@]} cells." >>"$results"
cat "$results"
exit $failed
