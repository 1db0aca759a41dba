// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QMessageBox;

namespace hearken {

// Adds to the message about a damaged workspace what can be done: a button that opens a
// copy of its newest good backup (`openCopy` gets the copy's path; the damaged file stays as
// it is), or where backups were looked for when there is none.
void offerNewestBackup(QMessageBox& box, const QString& workspacePath,
                       const std::function<void(const QString&)>& openCopy);

} // namespace hearken
