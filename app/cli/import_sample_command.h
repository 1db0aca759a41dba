// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// `hearken import-sample N`: adds N generated sample items to a workspace.
int runImportSampleCommand(const QStringList& arguments, CliIo io);

} // namespace hearken::cli
