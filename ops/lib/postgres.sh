# Makes sure a PostgreSQL server answers at GSEF_PG_HOST:GSEF_PG_PORT (default 127.0.0.1:5432).
# Source it, then call ensure_postgres. When nothing answers on this machine, it starts the local cluster, installing
# Debian's postgresql package first if needed (as root on Debian); anywhere else it says what to do and returns 1.

PG_HOST=${GSEF_PG_HOST:-127.0.0.1}
PG_PORT=${GSEF_PG_PORT:-5432}
PG_USER=${GSEF_PG_USER:-postgres}
PG_PASSWORD=${GSEF_PG_PASSWORD:-}

pg_reachable() {
    (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null
}

ensure_postgres() {
    pg_reachable && return 0
    echo "No PostgreSQL answers at $PG_HOST:$PG_PORT."
    if [ "$PG_HOST" != 127.0.0.1 ] && [ "$PG_HOST" != localhost ]; then
        echo "Start the server at $PG_HOST:$PG_PORT, or point GSEF_PG_HOST and GSEF_PG_PORT at one that runs." >&2
        return 1
    fi
    if [ ! -f /etc/debian_version ] || [ "$(id -u)" != 0 ]; then
        echo "Start PostgreSQL 15 or newer on 127.0.0.1:$PG_PORT (user $PG_USER), or run this as root on Debian so it" \
            "can install and start the postgresql package itself." >&2
        return 1
    fi
    if ! ls -d /etc/postgresql/*/main >/dev/null 2>&1; then
        echo "Installing Debian's postgresql package..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || {
            echo "Could not install the postgresql package." >&2
            return 1
        }
    fi
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "Starting the PostgreSQL $version cluster..."
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 60); do
        pg_reachable && break
        sleep 0.5
    done
    if ! pg_reachable; then
        echo "PostgreSQL $version did not start; see /var/log/postgresql/." >&2
        return 1
    fi
    if [ -z "$PG_PASSWORD" ] && [ "$PG_USER" = postgres ]; then
        # A freshly installed cluster asks for a password over TCP: give the test user a known one.
        PG_PASSWORD=postgres
        su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
    fi
}
