# Shared by the bench scripts, sourced from the project root: the JDK, wrk and the microbundle they need, and the
# generated forum they measure.
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/cluster-forum-microbundle.jar ] || mvn -q -B -DskipTests package

# generate DIR GENERATOR-OPTIONS...: fills DIR with GenerateForum unless it already holds bench.properties.
generate() {
    local dir=$1 start
    shift
    [ -f "$dir/bench.properties" ] && return 0
    start=$(date +%s)
    mvn -q -B test-compile exec:java -Dexec.mainClass=org.clusterforum.bench.GenerateForum \
        -Dexec.classpathScope=test -Dexec.args="$* --data-dir $dir"
    echo "Generated $dir in $(( $(date +%s) - start )) s"
}

# prop NAME: a fact GenerateForum wrote to $DIR/bench.properties (ids and pages worth measuring).
prop() { grep "^$1=" "$DIR/bench.properties" | cut -d= -f2; }
