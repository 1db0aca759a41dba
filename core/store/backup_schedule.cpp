// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/backup_schedule.h"

namespace hearken {

BackupSchedule::BackupSchedule(const QString& workspacePath, QObject* parent)
    : QObject(parent)
    , m_backups(workspacePath)
{
    connect(&m_timer, &QTimer::timeout, this, &BackupSchedule::backUpIfDue);
}

BackupSchedule::~BackupSchedule()
{
    if (m_worker.joinable())
        m_worker.join();
}

void BackupSchedule::start(int everyMs)
{
    m_timer.start(everyMs);
    backUpIfDue();
}

void BackupSchedule::backUpIfDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_busy || !m_backups.isDue(now))
        return;
    if (m_worker.joinable())
        m_worker.join();
    m_busy = true;
    m_worker = std::thread([this, now] {
        const auto backup = m_backups.make(now);
        QMetaObject::invokeMethod(
            this,
            [this, backup] {
                if (backup)
                    Q_EMIT made(*backup);
                else
                    Q_EMIT failed(tr("Hearken could not back up the workspace: %1")
                                      .arg(backup.error().message));
            },
            Qt::QueuedConnection);
        m_busy = false;
    });
}

} // namespace hearken
