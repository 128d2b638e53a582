# Finds a JDK 21 or newer: JAVA_HOME first, then the java on the PATH, then the usual install folders.
# Source it, then call find_jdk: it prints the JDK's home, or explains what is missing and returns 1.

GSEF_MIN_JAVA=21

# The system's JVM options when GSEF_JAVA_OPTS is not set (set it, even empty, to choose others): the Z garbage
# collector, whose pauses stay under a millisecond. G1's young pauses of 18 to 38 ms were the commands' slowest
# answers; ZGC costs a first rebuild about a fifth of its rate (ops/benchmarks/README.md, 2026-12-05).
GSEF_DEFAULT_JAVA_OPTS="-XX:+UseZGC"

jdk_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 |
        awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

find_jdk() {
    local candidates=() home best="" best_major=0 major
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    if command -v java >/dev/null 2>&1; then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    fi
    for home in /usr/lib/jvm/* /opt/java/* /opt/*jdk* /usr/local/*jdk* "$HOME"/.sdkman/candidates/java/* \
        /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -d "$home" ] && candidates+=("$home")
    done
    for home in "${candidates[@]}"; do
        [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
        major=$(jdk_major "$home")
        [[ "$major" =~ ^[0-9]+$ ]] || continue
        if [ "$major" -ge "$GSEF_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
            best=$home
            best_major=$major
        fi
    done
    if [ -z "$best" ]; then
        {
            echo "GSEF Governance needs a JDK $GSEF_MIN_JAVA or newer (with javac), and none was found."
            echo "Looked at JAVA_HOME, the java on the PATH, /usr/lib/jvm, /opt, /usr/local, ~/.sdkman and macOS's JavaVirtualMachines."
            echo "Install one (for example Eclipse Temurin 21 or 25) and set JAVA_HOME to its folder."
        } >&2
        return 1
    fi
    echo "$best"
}
