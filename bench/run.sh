#!/usr/bin/env bash
# Benchmark of the discussion pages on a generated forum (see README "Benchmarks").
#   bash bench/run.sh [POSTS]          e.g. bash bench/run.sh 10000   or   bash bench/run.sh 1000000
# Generates target/bench-POSTS once (GenerateForum), starts the microbundle on it, and measures with wrk on
# loopback: 16 connections, 2 threads, DURATION seconds per page (default 15), as a guest and signed in.
# Prints req/s, p50 and p99 per page. Build first: mvn -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS=${1:-10000}
DIR=${BENCH_DIR:-target/bench-$POSTS}
PORT=${BENCH_PORT:-18090}
DURATION=${DURATION:-15}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/cluster-forum-microbundle.jar ] || mvn -q -B -DskipTests package

if [ ! -f "$DIR/bench.properties" ]; then
    mvn -q -B test-compile exec:java -Dexec.mainClass=org.clusterforum.bench.GenerateForum \
        -Dexec.classpathScope=test -Dexec.args="--posts $POSTS --data-dir $DIR"
fi
prop() { grep "^$1=" "$DIR/bench.properties" | cut -d= -f2; }

FORUM_DATA_DIR="$DIR" FORUM_DEMO=false java -Xmx1g -jar target/cluster-forum-microbundle.jar --port "$PORT" \
    --nocluster > "$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
BASE="http://localhost:$PORT"
for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" = 200 ] && break
    sleep 1
done

# Sign in as a generated member through the real form, keeping the session cookie.
JAR=$(mktemp)
PAGE=$(curl -s -c "$JAR" -b "$JAR" "$BASE/account/signin")
VIEWSTATE=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$PAGE" | head -1 | sed 's/.*value="//;s/"$//')
NONCE=$(grep -o "PrimeFaces.csp.init('[^']*'" <<<"$PAGE" | head -1 | sed "s/.*init('//;s/'$//")
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "signIn=signIn" \
    --data-urlencode "signIn:email=$(prop memberEmail)" --data-urlencode "signIn:password=$(prop password)" \
    --data-urlencode "signIn:signInButton=" --data-urlencode "jakarta.faces.ViewState=$VIEWSTATE" \
    --data-urlencode "primefaces.nonce=$NONCE" "$BASE/account/signin"
COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1)"

BIG=$(prop bigThreadId); PAGES=$(prop bigThreadPages); THEME=$(prop busiestThemeSlug); TPAGES=$(prop busiestThemePages)
declare -a NAMES=("home" "theme, first page" "theme, deep page ($TPAGES)" "big thread, first page"
                  "big thread, middle page" "big thread, last page ($PAGES)" "static file (CSS)")
declare -a URLS=("/" "/themes/theme?slug=$THEME" "/themes/theme?slug=$THEME&page=$TPAGES" "/threads/thread?id=$BIG"
                 "/threads/thread?id=$BIG&page=$(( (PAGES + 1) / 2 ))" "/threads/thread?id=$BIG&page=$PAGES"
                 "/jakarta.faces.resource/forum/css/forum.css.xhtml")

echo "Forum with $(prop posts) posts, $(prop threads) threads, $(prop members) members; wrk -t2 -c16 -d${DURATION}s"
printf '%-32s %-8s %10s %10s %10s\n' "page" "as" "req/s" "p50" "p99"
for i in "${!URLS[@]}"; do
    for who in guest member; do
        [ "$who" = member ] && [ "$i" = 6 ] && continue
        header=(); [ "$who" = member ] && header=(-H "Cookie: $COOKIE")
        wrk -t2 -c16 -d5s "${header[@]}" "$BASE${URLS[$i]}" > /dev/null   # warm-up
        out=$(wrk -t2 -c16 -d"${DURATION}s" --latency "${header[@]}" "$BASE${URLS[$i]}")
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
        p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
        non2xx=$(awk '/Non-2xx/ {print " (" $NF " non-2xx!)"}' <<<"$out")
        printf '%-32s %-8s %10s %10s %10s%s\n' "${NAMES[$i]}" "$who" "$rps" "$p50" "$p99" "$non2xx"
    done
done
