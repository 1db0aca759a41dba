// SPDX-License-Identifier: GPL-3.0-or-later
#include "full_program.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace hearken {

QString fullProgramPath()
{
    // The file this process runs, whatever link or relative path started it.
    const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (self.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(self).dir().filePath(QStringLiteral(HEARKEN_FULL_PROGRAM)));
}

QString execFullProgram(const QString& path, char** argv)
{
    execv(QFile::encodeName(path).constData(), argv);
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace hearken
