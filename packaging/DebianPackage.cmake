# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cpack -G DEB` in the build directory writes hearken_<version>_<arch>.deb.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${HEARKEN_EXECUTABLE})
set(CPACK_PACKAGE_VENDOR "The Hearken developers")
set(CPACK_PACKAGE_CONTACT "Hearken Engineering <engineering@hearken.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "social inbox for community managers")
set(CPACK_PACKAGE_DESCRIPTION [[
Hearken lists the mentions, replies, quotes and comments addressed to a
brand's accounts in one queue, triaged so that no criticism goes unanswered
and no praise goes unthanked. Triage happens at the keyboard; workspaces are
local SQLite files, and a command line lists the queue for scripts.]])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Qt loads as plugins at run time, which dpkg-shlibdeps cannot see (the SQLite driver,
# the PostgreSQL driver for team workspaces,
# and the SVG icon engine that draws the window icon). The xcb platform
# plugin comes with libqt6gui6, which shlibdeps does find (and so will the OpenSSL TLS
# backend, in libqt6network6, once Hearken talks HTTPS).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6")
# Native Wayland windows (X11 through XWayland otherwise),
# Qt's own dialogs and messages in the user's language,
# and emoji in posts drawn in colour, in the window and the PDF, instead of as empty boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, fonts-noto-color-emoji")

include(CPack)
