// SPDX-License-Identifier: GPL-3.0-or-later
// How the light `hearken` hands a command line to the full program.
#pragma once

#include <QString>

namespace hearken {

// The full program's file: HEARKEN_FULL_PROGRAM (the way from the installed bin/ to
// libexec/hearken/hearken-full, which the build tree mirrors) from this program's own file.
QString fullProgramPath();

// Replaces this process with the full program, its arguments (argv[0] too) unchanged. Returns
// only when that failed, with the reason.
QString execFullProgram(char** argv);

} // namespace hearken
