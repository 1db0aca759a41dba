// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// hearken oauth-client-metadata --client-id URL: the JSON document to host at URL.
int runOAuthClientMetadataCommand(const QStringList& arguments, CliIo io);

} // namespace hearken::cli
