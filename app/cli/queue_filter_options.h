// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queue_filter.h"
#include "store/store_error.h"

#include <QCommandLineParser>

namespace hearken {
class Workspace;
}

namespace hearken::cli {

// The queue filters of the window as command-line options: --flag, --state, --network,
// --account, --tone, --assignee, --search.
void addQueueFilterOptions(QCommandLineParser& parser);

// The filter the parsed options describe; an unknown value is an error in words.
tl::expected<QueueFilter, QString> queueFilterFrom(const QCommandLineParser& parser,
                                                   Workspace& workspace);

} // namespace hearken::cli
