// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspace_backup.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <thread>

namespace hearken {

// Backs a workspace up once a day while it is open in the window: looks every hour whether
// a backup is due and makes it on a thread of its own, so the window never waits for it.
class BackupSchedule : public QObject {
    Q_OBJECT
public:
    explicit BackupSchedule(const QString& workspacePath, QObject* parent = nullptr);
    // Waits for a backup under way to finish.
    ~BackupSchedule() override;

    // Looks now, then every `everyMs`.
    void start(int everyMs = 60 * 60 * 1000);

Q_SIGNALS:
    void made(const QString& backupPath);
    void failed(const QString& message);

private:
    void backUpIfDue();

    WorkspaceBackups m_backups;
    QTimer m_timer;
    std::thread m_worker;
    std::atomic<bool> m_busy = false;
};

} // namespace hearken
