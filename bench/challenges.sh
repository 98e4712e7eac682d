#!/usr/bin/env bash
# Benchmark of the challenge pages on a generated forum with many challenges (see README "Benchmarks").
#   bash bench/challenges.sh [DIR]          e.g. bash bench/challenges.sh   or   bash bench/challenges.sh /data/bench-ch
# Generates DIR (default target/bench-challenges; BENCH_DIR=... works too) once, unless it holds bench.properties:
# GenerateForum --posts $POSTS --challenges $CHALLENGES (defaults 10000 and 100000). Starts the microbundle on it
# with the visitors' page cache off (FORUM_GUEST_CACHE_SECONDS=0), so every page is rendered: first with
# FORUM_SQL_LOG=true to count the SQL statements of each page, then without it to measure each page as a visitor
# with wrk on loopback: 16 connections, 2 threads, after a JIT warm-up (JIT_WARMUP seconds, default 10), WARMUP
# (default 3) then DURATION seconds per page (default 10). BENCH_PORT (default 18091) is the server's port.
# Prints req/s, p50, p99, SQL statements and the number of challenges listed per page.
# Build first: mvn -DskipTests package
# Note: "top" lists the challenges of the last 30 days, and the generated ones end on 2026-11-20 (the generator's
# fixed time range), so that list shrinks, and is empty from 2026-12-20 on.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-${BENCH_DIR:-target/bench-challenges}}
POSTS=${POSTS:-10000}
CHALLENGES=${CHALLENGES:-100000}
PORT=${BENCH_PORT:-18091}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
JIT_WARMUP=${JIT_WARMUP:-10}
source bench/lib.sh
generate "$DIR" --posts "$POSTS" --challenges "$CHALLENGES"
[ "$(prop challenges)" -gt 0 ] 2>/dev/null || { echo "$DIR has no challenges: generate it with --challenges" >&2; exit 1; }

BASE="http://localhost:$PORT"
SERVER=
start_server() { # $1 = true to log the SQL statements of each request
    FORUM_SQL_LOG="$1" FORUM_GUEST_CACHE_SECONDS=0 FORUM_DATA_DIR="$DIR" FORUM_DEMO=false java -Xmx1g \
        -jar target/cluster-forum-microbundle.jar --port "$PORT" --nocluster > "$DIR/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 300); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health")" = 200 ] && return
        kill -0 "$SERVER" 2>/dev/null || break
        sleep 1
    done
    echo "The forum did not start; see $DIR/server.log" >&2; exit 1
}
stop_server() { [ -z "$SERVER" ] || { kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; SERVER=; }; }
trap stop_server EXIT

COMMON=$(prop commonTagSlug); PAIR=$(prop pairTagSlugs); DEEP=$(prop challengeUnansweredPages)
SOLVED=$(prop solvedChallengeId)
declare -a NAMES=("newest" "unanswered" "unanswered, last page ($DEEP)" "unsolved" "top this month"
                  "tag $COMMON" "tags $PAIR" "tag page $COMMON (leaderboard)" "solved challenge $SOLVED")
declare -a URLS=("/challenges" "/challenges?view=unanswered" "/challenges?view=unanswered&page=$DEEP"
                 "/challenges?view=unsolved" "/challenges?view=top" "/challenges?tags=$COMMON"
                 "/challenges?tags=$PAIR" "/challenges/tag?slug=$COMMON" "/challenges/challenge?id=$SOLVED")

# Pass 1: SQL statements per page (the server logs "SQL n GET /path?query" per request with FORUM_SQL_LOG=true),
# each page opened once before counting; also its status and how many challenges its list says it has.
start_server true
declare -A SQL LISTED
for i in "${!URLS[@]}"; do
    url=${URLS[$i]}
    curl -s -o /dev/null "$BASE$url"
    page=$(curl -s -w '\n%{http_code}' "$BASE$url")
    status=${page##*$'\n'}
    [ "$status" = 200 ] || echo "WARNING: $url answered $status" >&2
    LISTED[$i]=$({ grep -o 'id="challengeCount">[0-9,]*' <<<"$page" || true; } | head -1 | sed 's/.*>//')
    sleep 0.3
    SQL[$i]=$(grep -o 'SQL [0-9]* GET [^ |]*' "$DIR/server.log" | awk -v u="$url" '$4 == u {n = $2} END {print n}')
done
stop_server

measure() { # $1 = page index
    local i=$1 out rps p50 p99 non2xx
    wrk -t2 -c16 -d"${WARMUP}s" "$BASE${URLS[$i]}" > /dev/null
    out=$(wrk -t2 -c16 -d"${DURATION}s" --latency "$BASE${URLS[$i]}")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print " (" $NF " non-2xx!)"}' <<<"$out")
    non2xx+=$(awk '/Socket errors/ {gsub(",", ""); print " (socket errors: " $3 " " $4 " " $5 " " $6 " " $7 " " $8 " " $9 " " $10 ")"}' <<<"$out")
    printf '%-44s %10s %10s %10s %6s %9s%s\n' "${NAMES[$i]}" "$rps" "$p50" "$p99" "${SQL[$i]:-?}" \
        "${LISTED[$i]:--}" "$non2xx"
}

echo "Forum with $(prop challenges) challenges ($(prop challengesOpen) open, $(prop challengesAnswered) answered,"\
     "$(prop challengesSolved) solved; $(prop challengePosts) posts), $(prop posts) discussion posts,"\
     "$(prop members) members; as a visitor, page cache off; wrk -t2 -c16 -d${DURATION}s"
printf '%-44s %10s %10s %10s %6s %9s\n' "page" "req/s" "p50" "p99" "SQL" "listed"

# Pass 2: every page rendered (cache off) as a visitor, without per-request logging.
start_server false
wrk -t2 -c16 -d"${JIT_WARMUP}s" "$BASE${URLS[0]}" > /dev/null   # JIT warm-up
for i in "${!URLS[@]}"; do
    measure "$i"
done
stop_server
