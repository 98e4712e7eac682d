#!/usr/bin/env bash
# Benchmark of the discussion pages on a generated forum (see README "Benchmarks").
#   bash bench/run.sh [POSTS]          e.g. bash bench/run.sh 10000   or   bash bench/run.sh 1000000
# Generates target/bench-POSTS once (GenerateForum; BENCH_DIR=... to keep it elsewhere), starts the microbundle on
# it, counts the SQL statements of each page (FORUM_SQL_LOG), then measures with wrk on loopback: 16 connections,
# 2 threads, DURATION seconds per page (default 15), as a guest and signed in.
# Prints req/s, p50, p99 and SQL statements per page. Build first: mvn -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS=${1:-10000}
DIR=${BENCH_DIR:-target/bench-$POSTS}
PORT=${BENCH_PORT:-18090}
DURATION=${DURATION:-15}
source bench/lib.sh
generate "$DIR" --posts "$POSTS"

BASE="http://localhost:$PORT"
SERVER=
start_server() { # $1 = true to log the SQL statements of each request, $2 = visitors' page cache seconds
    FORUM_SQL_LOG="$1" FORUM_GUEST_CACHE_SECONDS="$2" FORUM_DATA_DIR="$DIR" FORUM_DEMO=false java -Xmx1g -jar target/cluster-forum-microbundle.jar \
        --port "$PORT" --nocluster > "$DIR/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 300); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health")" = 200 ] && return
        sleep 1
    done
    echo "The forum did not start; see $DIR/server.log" >&2; exit 1
}
stop_server() { kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; }
trap stop_server EXIT

# Sign in as a generated member through the real form, keeping the session cookie.
sign_in() {
    local jar page viewstate nonce
    jar=$(mktemp)
    page=$(curl -s -c "$jar" -b "$jar" "$BASE/account/signin")
    viewstate=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')
    nonce=$(grep -o "PrimeFaces.csp.init('[^']*'" <<<"$page" | head -1 | sed "s/.*init('//;s/'$//")
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "signIn=signIn" \
        --data-urlencode "signIn:email=$(prop memberEmail)" --data-urlencode "signIn:password=$(prop password)" \
        --data-urlencode "signIn:signInButton=" --data-urlencode "jakarta.faces.ViewState=$viewstate" \
        --data-urlencode "primefaces.nonce=$nonce" "$BASE/account/signin"
    echo "JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)"
}

BIG=$(prop bigThreadId); PAGES=$(prop bigThreadPages); THEME=$(prop busiestThemeSlug); TPAGES=$(prop busiestThemePages)
declare -a NAMES=("home" "theme, first page" "theme, deep page ($TPAGES)" "big thread, first page"
                  "big thread, middle page" "big thread, last page ($PAGES)" "static file (CSS)")
declare -a URLS=("/" "/themes/theme?slug=$THEME" "/themes/theme?slug=$THEME&page=$TPAGES" "/threads/thread?id=$BIG"
                 "/threads/thread?id=$BIG&page=$(( (PAGES + 1) / 2 ))" "/threads/thread?id=$BIG&page=$PAGES"
                 "/jakarta.faces.resource/forum/css/forum.css.xhtml")

# Pass 1: SQL statements per page (the server logs them per request with FORUM_SQL_LOG=true), with the visitors'
# page cache off so that visitors' pages are rendered. Each page is opened once before counting, so a member's
# first-visit read mark is not counted as the steady state.
start_server true 0
COOKIE=$(sign_in)
declare -A SQL
for i in "${!URLS[@]}"; do
    for who in guest member; do
        [ "$who" = member ] && [ "$i" = 6 ] && continue
        header=(); [ "$who" = member ] && header=(-H "Cookie: $COOKIE")
        curl -s -o /dev/null "${header[@]}" "$BASE${URLS[$i]}"
        curl -s -o /dev/null "${header[@]}" "$BASE${URLS[$i]}"
        sleep 0.3
        SQL[$i$who]=$(grep -o 'SQL [0-9]* GET' "$DIR/server.log" | tail -1 | awk '{print $2}')
    done
done
stop_server

measure() { # $1 = row label index, $2 = who (label), $3.. = extra wrk arguments
    local i=$1 who=$2 out rps p50 p99 non2xx sql
    shift 2
    wrk -t2 -c16 -d5s "$@" "$BASE${URLS[$i]}" > /dev/null   # warm-up
    out=$(wrk -t2 -c16 -d"${DURATION}s" --latency "$@" "$BASE${URLS[$i]}")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print " (" $NF " non-2xx!)"}' <<<"$out")
    sql=${SQL[$i${who%% *}]:-0}; [ "$who" = "guest (cached)" ] && sql=0
    printf '%-32s %-15s %10s %10s %10s %6s%s\n' "${NAMES[$i]}" "$who" "$rps" "$p50" "$p99" "$sql" "$non2xx"
}

echo "Forum with $(prop posts) posts, $(prop threads) threads, $(prop members) members; wrk -t2 -c16 -d${DURATION}s"
printf '%-32s %-15s %10s %10s %10s %6s\n' "page" "as" "req/s" "p50" "p99" "SQL"

# Pass 2: every page rendered (cache off): visitors and a signed-in member, without per-request logging.
start_server false 0
COOKIE=$(sign_in)
wrk -t2 -c16 -d20s "$BASE${URLS[4]}" > /dev/null   # JIT warm-up on a big thread page
for i in 0 1 2 3 4 5; do
    measure "$i" guest
    measure "$i" member -H "Cookie: $COOKIE"
done
stop_server

# Pass 3: the product as shipped (visitors' page cache on, FORUM_GUEST_CACHE_SECONDS=60), and the static ceiling.
start_server false 60
wrk -t2 -c16 -d20s "$BASE${URLS[4]}" > /dev/null
for i in 0 1 2 3 4 5; do
    measure "$i" "guest (cached)"
done
measure 6 guest
