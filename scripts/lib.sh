# Shared by scripts/run, scripts/test and .ci/run. Source it; do not run it.
set -euo pipefail

SOCKSCOPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

# Debian packages to build and run the app.
BUILD_PACKAGES=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-websockets-dev libqscintilla2-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev)
# Extra packages for the tests: peers nobody here wrote, and certificates made at test time.
TEST_PACKAGES=(python3 python3-websockets openssl)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: need root (or sudo) to run: $*" >&2
        exit 1
    fi
}

# Installs the Debian packages that are missing; does nothing when all are present.
ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    log "Installing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# node and npm for the interop tests: any node >= 18 on PATH will do, else Debian's.
ensure_node() {
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        local major
        major="$(node -p 'process.versions.node.split(".")[0]')"
        if [ "$major" -ge 18 ]; then
            return 0
        fi
    fi
    ensure_packages nodejs npm
}

# configure_and_build BUILD_DIR [extra cmake args...]
configure_and_build() {
    local dir="$1"
    shift
    log "Configuring $dir"
    cmake -S "$SOCKSCOPE_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
    log "Building $dir"
    cmake --build "$dir" -j "$JOBS"
}

# Extra lupdate options for one translations/*.ts file. The English file holds only the
# singular and plural forms of the English %n messages ("1 item", "2 items"): -pluralonly
# keeps every other string out of it, so nothing else waits for a translation there.
lupdate_options_for() {
    case "$(basename "$1")" in
        sockscope_en.ts) echo "-pluralonly" ;;
    esac
}
