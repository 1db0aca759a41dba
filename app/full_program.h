// SPDX-License-Identifier: GPL-3.0-or-later
// How the light `hearken` hands a command line to the full program.
#pragma once

#include <QString>

namespace hearken {

// The full program's file: HEARKEN_FULL_PROGRAM (the way from the installed bin/ to
// libexec/hearken/hearken-full, which the build tree mirrors) from this program's own file.
// Empty when that file cannot be told (no /proc): a way from the working directory instead
// could start a file planted there.
QString fullProgramPath();

// Replaces this process with the full program at `path` (not empty), its arguments (argv[0]
// too) unchanged. Returns only when that failed, with the reason.
QString execFullProgram(const QString& path, char** argv);

} // namespace hearken
