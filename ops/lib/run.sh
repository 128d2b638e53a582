# What the scripts that start the system and talk to it share, written once. Source it after jdk.sh.
#   free_port                      a free TCP port on 127.0.0.1, below the ephemeral range
#   wait_healthy URL PID LOG [S]   waits up to S seconds (default 90) until URL/actuator/health answers; fails, with the
#                                  end of LOG, when the process PID dies or the time is up
#   http METHOD URL [BODY] [USER]  one request with curl: prints the status line, the headers and the body; USER signs in
#                                  with HTTP Basic and the password in $demo_password
#   field NAME LINE                the value of NAME=value in a tool's summary line (a value may hold = itself)
#   caught_up SQL-COMMAND...       waits until every event processor has reached the event store's head; the command
#                                  runs one SQL query given as its last argument (e.g. a psql wrapper)
#   events_behind SQL-COMMAND...   how many events the furthest behind processor segment trails the store's head by
#   check NAME COMMAND...          runs a check, prints "$check_label: ok   NAME" or "FAIL", counts in checks_passed
#                                  and checks_failed

demo_password=${demo_password:-gsef-demo-2019}
check_label=${check_label:-check}
checks_passed=0
checks_failed=0

free_port() {
    local port low
    # Below the range the kernel gives outgoing connections their local ports (32768 and up by default): a port taken
    # from that range can be held by a client's socket when the server binds it ("Port ... was already in use").
    low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    [ "$low" -gt 12000 ] || low=32768
    for _ in $(seq 1 50); do
        port=$((10000 + RANDOM % (low - 10000)))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    return 1
}

wait_healthy() {
    local url=$1 pid=$2 log=$3 seconds=${4:-90}
    local deadline=$((SECONDS + seconds))
    while [ "$SECONDS" -lt "$deadline" ]; do
        curl -sf --max-time 2 "$url/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "The process at $url did not become healthy; its log ends with:" >&2
    tail -n 40 "$log" >&2
    return 1
}

http() {
    local method=$1 url=$2 body=${3:-} user=${4:-}
    local args=(-s -i --max-time 30 -X "$method" -H 'Content-Type: application/json')
    [ -n "$user" ] && args+=(-u "$user:$demo_password")
    [ -n "$body" ] && args+=(--data-binary "$body")
    curl "${args[@]}" "$url"
}

field() {
    printf '%s\n' "$2" | tr ' ' '\n' | awk -v k="$1" 'index($0, k "=") == 1 { print substr($0, length(k) + 2) }'
}

events_behind() {
    "$@" "SELECT COALESCE(max((SELECT COALESCE(max(global_index), 0) FROM domain_event_entry)
                             - COALESCE((convert_from(token, 'UTF8')::json->>'index')::bigint, -1)), 0)
            FROM token_entry"
}

caught_up() {
    for _ in $(seq 1 3000); do
        [ "$("$@" "SELECT count(*) FROM token_entry
              WHERE COALESCE((convert_from(token, 'UTF8')::json->>'index')::bigint, -1)
                    < (SELECT COALESCE(max(global_index), 0) FROM domain_event_entry)")" = 0 ] && return 0
        sleep 0.2
    done
    echo "The event processors did not catch up with the event store." >&2
    return 1
}

check() {
    local name=$1
    shift
    if "$@"; then
        echo "$check_label: ok   $name"
        checks_passed=$((checks_passed + 1))
    else
        echo "$check_label: FAIL $name"
        checks_failed=$((checks_failed + 1))
    fi
}

# rebuild URL USER [SECONDS]: starts a full rebuild of every read model, waits until it is no longer running (default at
# most 600 s) and prints its last status (JSON, with "status", "identical", "eventsDone", "eventsPerSecond"); fails when
# it could not be started or did not end in time.
rebuild() {
    local url=$1 user=$2 seconds=${3:-600} id status
    id=$(curl -sf -u "$user:$demo_password" -H 'Content-Type: application/json' -d '{}' "$url/api/read-models/rebuilds" |
        grep -o '"rebuildId":"[0-9a-f-]*"' | cut -d'"' -f4)
    [ -n "$id" ] || return 1
    local deadline=$((SECONDS + seconds))
    while [ "$SECONDS" -lt "$deadline" ]; do
        status=$(curl -sf -u "$user:$demo_password" "$url/api/read-models/rebuilds/$id") || return 1
        if ! printf '%s' "$status" | grep -q '"status":"RUNNING"'; then
            printf '%s\n' "$status"
            return 0
        fi
        sleep 0.5
    done
    return 1
}
