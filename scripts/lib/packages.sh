# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian 12 packages Hearken builds, runs and tests with, and how to get them.
# Sourced by scripts/run and scripts/test.

# What scripts/run installs: the build and what the app needs running.
# tests/packaging/check_install_closure.sh fails when the build or the app uses a package that
# neither these lists nor their Depends bring.
HEARKEN_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libxkbcommon-dev
    libqt6sql6-sqlite libqt6svg6 libsqlite3-dev libexpected-dev
    # Qt's PostgreSQL driver plugin: team workspaces live in PostgreSQL.
    libqt6sql6-psql
    # libpq's headers: a solo workspace moves into a team's with COPY (team import).
    libpq-dev
    qt6-websockets-dev qtkeychain-qt6-dev
    # C++20 coroutines over Qt's signals and replies: async code that reads top to bottom.
    qcoro-qt6-dev
    # Qt6Charts' CMake config needs Qt6OpenGL's, which qt6-charts-dev does not depend on.
    qt6-charts-dev libqt6opengl6-dev
    libssl-dev
    # Sealed boxes: a team's tokens are sealed to its service's public key.
    libsodium-dev
    librsvg2-bin
    # Emoji in posts, drawn in colour instead of as empty boxes.
    fonts-noto-color-emoji
    # The desktop's cursor theme: Qt's X11 plugin opens it at run time, so no Depends names it.
    libxcursor1
    # Qt's own words (standard buttons such as Close, the command line's "Usage:") in the
    # person's language; the .deb recommends it.
    qt6-translations-l10n
)

# What scripts/test adds.
HEARKEN_TEST_PACKAGES=(
    libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth
    desktop-file-utils appstream dpkg-dev binutils file jq
    nodejs dbus dbus-x11 gnome-keyring poppler-utils
    # The store's tests on PostgreSQL, and the AT Protocol reference network's database
    # (tests/peers/atproto); node-gyp.
    postgresql python3 make
)

# What the screenshot scripts (scripts/screenshots, scripts/screenshot-team) drive the app
# with: a window manager, the keyboard, and a camera.
HEARKEN_SCREENSHOT_PACKAGES=(xvfb fluxbox xdotool imagemagick)

# The fuzz preset (scripts/test, scripts/fuzz): clang with libFuzzer and the sanitizers'
# runtimes.
HEARKEN_FUZZ_PACKAGES=(clang libclang-rt-dev)

# Installs whichever of the named packages are missing: with apt-get as root, through sudo
# otherwise, and says exactly what to run when neither is possible.
hearken_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local apt=(apt-get)
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            apt=(sudo apt-get)
        else
            echo "Hearken needs these Debian packages and cannot install them without root:" >&2
            echo "  apt-get install ${missing[*]}" >&2
            echo "Run that as root (or install sudo), then run this script again." >&2
            return 1
        fi
    fi
    "${apt[@]}" update -qq &&
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends \
            "${missing[@]}" || {
        echo "Installing the packages failed; see apt-get's message above." >&2
        return 1
    }
}
