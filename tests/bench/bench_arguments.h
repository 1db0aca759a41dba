// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks share to read their options and to stop with a message.

#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace hearken::bench {

// The value after `name` on the command line, or null when it is not given.
inline const char* takeArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return argv[i + 1];
    }
    return nullptr;
}

[[noreturn]] inline void fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

} // namespace hearken::bench
