# Installs Debian packages a script needs when they are missing. Source it, then call
#   install_packages "what they are for" package...
# It installs them as root on Debian, or says what to install and returns 1.

install_packages() {
    local purpose=$1
    shift
    if [ ! -f /etc/debian_version ] || [ "$(id -u)" != 0 ]; then
        echo "$purpose needs Debian's $* package(s): install them, or run this as root on Debian so it can install" \
            "them itself." >&2
        return 1
    fi
    echo "Installing Debian's $* package(s) for $purpose..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || {
        echo "Could not install $*." >&2
        return 1
    }
}
