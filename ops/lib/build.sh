# Whether a built jar is older than the sources it is built from. Source it, then call
#   stale JAR FOLDER...   true when JAR is missing, or a source file (under src/main, or a pom.xml) in one of the FOLDERs
#                         is newer than it
# so that a script builds only when something changed since the last build (ops/test's Maven run has just built them).

stale() {
    local jar=$1
    shift
    [ -f "$jar" ] || return 0
    [ -n "$(find "$@" -path '*/target' -prune -o -type f \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" \
        -print -quit)" ]
}
