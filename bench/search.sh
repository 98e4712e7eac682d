#!/usr/bin/env bash
# Benchmark of search on a generated forum (see BENCHMARKS.md "search").
#   bash bench/search.sh [DIR]          e.g. bash bench/search.sh   or   bash bench/search.sh /data/bench-search
# Generates DIR (default target/bench-search; BENCH_DIR=... works too) once, unless it holds bench.properties:
# GenerateForum --posts $POSTS --challenges $CHALLENGES (defaults 1000000 and 20000). Deletes DIR/search, so the
# forum rebuilds its Lucene index at start, and reports how long that took (the server's own log line). Then
# requests the search page (/search?q=…, rendered: FORUM_GUEST_CACHE_SECONDS=0) as a visitor, one request at a
# time (wrk -t1 -c1, so the figures are one searcher's latency, not queueing), DURATION seconds (default 20) per
# set after WARMUP seconds (default 5), each set rotating over several queries. Prints requests, p50, p95, p99
# and max in ms, and the number of results of each query. BENCH_PORT (default 18092) is the server's port.
# KEEP_INDEX=true skips the rebuild. Build first: mvn -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-${BENCH_DIR:-target/bench-search}}
POSTS=${POSTS:-1000000}
CHALLENGES=${CHALLENGES:-20000}
PORT=${BENCH_PORT:-18092}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
source bench/lib.sh
generate "$DIR" --posts "$POSTS" --challenges "$CHALLENGES"

BASE="http://localhost:$PORT"
SERVER=
stop_server() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; }
trap stop_server EXIT
[ "${KEEP_INDEX:-false}" = true ] || rm -rf "$DIR/search"
FORUM_GUEST_CACHE_SECONDS=0 FORUM_DATA_DIR="$DIR" FORUM_DEMO=false java -Xmx1g \
    -jar target/cluster-forum-microbundle.jar --port "$PORT" --nocluster > "$DIR/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health")" = 200 ] && break
    sleep 1
done
if [ "${KEEP_INDEX:-false}" != true ]; then
    for _ in $(seq 1 3600); do
        grep -q "Search index rebuilt\|search index could not be rebuilt" "$DIR/server.log" && break
        sleep 1
    done
    grep -o "Search index rebuilt[^]|]*\|search index could not be rebuilt.*" "$DIR/server.log" | head -1
fi
echo "Index on disk: $(du -sh "$DIR/search" | cut -f1)"

THEME=$(prop busiestThemeSlug)
MEMBER=$(prop memberEmail)
ONE=(funding procurement cleanroom commissioners certification penetration classification governance)
TWO=("clinical evidence" "notified body" "supply chain" "safety case" "quality system" "technical documentation"
     "data protection" "pilot trust")
enc() { jq -rn --arg v "$1" '$v|@uri' 2>/dev/null || python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }

declare -a SETS=(
    "one word|"
    "two words|"
    "one word, in one theme|&place=$THEME"
    "two words, in one theme|&place=$THEME"
    "one word, last 3 months|&from=2026-08-20&to=2026-11-20"
    "two words, discussions only|&kind=discussions"
    "one word, by one member|&by=$(enc "$MEMBER")"
    "one word, challenges, tag, unsolved|&kind=challenges&tag=regulation-ukca&solved=no"
    "two words, theme and dates|&place=$THEME&from=2026-01-01&to=2026-06-30"
)

echo "Search as a visitor on $(prop posts) posts ($(prop threads) threads, $(prop challenges) challenges," \
     "$(prop members) members); wrk -t1 -c1 -d${DURATION}s per set, latency in ms"
printf '%-40s %9s %8s %8s %8s %8s  %s\n' "queries" "requests" "p50" "p95" "p99" "max" "results per query"
for set in "${SETS[@]}"; do
    label=${set%%|*}; filter=${set#*|}
    if [[ $label == one* ]]; then words=("${ONE[@]}"); else words=("${TWO[@]}"); fi
    list=$(mktemp)
    counts=()
    for w in "${words[@]}"; do
        path="/search?q=$(enc "$w")$filter"
        echo "$path" >> "$list"
        page=$(curl -s "$BASE$path")
        counts+=("$(grep -o '<h2 id="resultsHeading">[0-9]*' <<<"$page" | grep -o '[0-9]*$' || echo '?')")
    done
    wrk -t1 -c1 -d"${WARMUP}s" -s bench/paths.lua "$BASE" -- "$list" > /dev/null
    result=$(wrk -t1 -c1 -d"${DURATION}s" -s bench/paths.lua "$BASE" -- "$list" | grep '^RESULT')
    read -r _ requests p50 p95 p99 max errors <<<"$result"
    [ "$errors" = 0 ] || requests="$requests ($errors non-2xx!)"
    printf '%-40s %9s %8s %8s %8s %8s  %s\n' "$label" "$requests" "$p50" "$p95" "$p99" "$max" "${counts[*]}"
    rm -f "$list"
done
