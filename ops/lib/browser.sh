# Makes sure Debian's Chromium and ChromeDriver are there for the browser tests (PagesIT). Source it, then call
# ensure_browser: when they are missing it installs the chromium and chromium-driver packages (as root on Debian), or
# says what to install and returns 1.

CHROMIUM=${GSEF_CHROMIUM:-/usr/bin/chromium}
CHROMEDRIVER=${GSEF_CHROMEDRIVER:-/usr/bin/chromedriver}

ensure_browser() {
    [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ] && return 0
    echo "The browser tests need Chromium and ChromeDriver ($CHROMIUM, $CHROMEDRIVER)."
    if [ ! -f /etc/debian_version ] || [ "$(id -u)" != 0 ]; then
        echo "Install Debian's chromium and chromium-driver packages (or set GSEF_CHROMIUM and GSEF_CHROMEDRIVER)," \
            "or run this as root on Debian so it can install them itself." >&2
        return 1
    fi
    echo "Installing Debian's chromium and chromium-driver packages..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null || {
        echo "Could not install chromium and chromium-driver." >&2
        return 1
    }
    [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]
}
