// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// `hearken classify`: tone and question for texts on standard input, one line out for each
// line in; or `--evaluate TEXTS LABELS` for the TweetEval metrics.
int runClassifyCommand(const QStringList& arguments, CliIo io);

} // namespace hearken::cli
