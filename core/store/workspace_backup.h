// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearken {

// Consistent copies of one workspace, kept beside it in "<file>.backups/" and named by the
// time they were made. Copies are made by SQLite's online backup (never by copying the file,
// which would drop this process's locks on it) and count only once SQLite finds them whole.
class WorkspaceBackups {
public:
    static constexpr int kept = 5;
    static constexpr qint64 intervalSeconds = 24 * 60 * 60;

    explicit WorkspaceBackups(QString workspacePath);

    QString folder() const;
    // Every backup, newest first.
    QStringList backups() const;

    // Copies the workspace into a new backup, checks the copy and then removes the oldest
    // beyond `kept`. A copy that fails the check is removed and reported, so a damaged
    // workspace never pushes a good backup out.
    StoreResult<QString> make(const QDateTime& now) const;
    // Makes a backup when the newest is older than a day; std::nullopt when none was due.
    StoreResult<std::optional<QString>> makeIfDue(const QDateTime& now) const;
    bool isDue(const QDateTime& now) const;

    // The newest backup SQLite finds whole.
    std::optional<QString> newestGood() const;
    // Copies `backup` to a new workspace file beside the original and returns its path. The
    // original is left as it is, damaged or not.
    StoreResult<QString> restore(const QString& backup, const QDateTime& now) const;

    // When a backup was made, read from its name.
    static QDateTime madeAt(const QString& backupPath);

private:
    QString m_path;
};

} // namespace hearken
