# Makes sure Debian's Chromium and ChromeDriver are there for the browser tests (PagesIT). Source it (and
# packages.sh), then call ensure_browser: when they are missing it installs the chromium and chromium-driver packages
# (as root on Debian), or says what to install (or which GSEF_CHROMIUM and GSEF_CHROMEDRIVER to set) and returns 1.

CHROMIUM=${GSEF_CHROMIUM:-/usr/bin/chromium}
CHROMEDRIVER=${GSEF_CHROMEDRIVER:-/usr/bin/chromedriver}

ensure_browser() {
    [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ] && return 0
    echo "The browser tests need Chromium and ChromeDriver ($CHROMIUM, $CHROMEDRIVER)."
    install_packages "the browser tests" chromium chromium-driver || return 1
    [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]
}
