// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workspace_paths.h"

#include <QDir>
#include <QStandardPaths>

namespace hearken {

namespace {
QString dataFile(const QString& name)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}
} // namespace

QString defaultWorkspacePath()
{
    return dataFile(QStringLiteral("workspace.hearken"));
}

QString sampleWorkspacePath()
{
    return dataFile(QStringLiteral("sample.hearken"));
}

QString currentUserName()
{
    for (const char* variable : {"HEARKEN_USER", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("me");
}

} // namespace hearken
