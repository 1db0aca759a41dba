// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/account_status_text.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hearken {

QString statusText(const AccountSyncStatus& status)
{
    switch (status.kind) {
    case AccountSyncStatus::Kind::Ok:
        return QCoreApplication::translate("hearken::sync", "ok");
    case AccountSyncStatus::Kind::Paused:
        return QCoreApplication::translate("hearken::sync", "paused until %1")
            .arg(QDateTime::fromSecsSinceEpoch(status.pausedUntil.value_or(0))
                     .toString(QStringLiteral("HH:mm")));
    case AccountSyncStatus::Kind::SignInNeeded:
        return QCoreApplication::translate("hearken::sync", "sign in again");
    case AccountSyncStatus::Kind::Error:
        return QCoreApplication::translate("hearken::sync", "error: %1").arg(status.lastError);
    }
    return {};
}

QString notSyncedReason(const AccountSyncStatus& status)
{
    switch (status.kind) {
    case AccountSyncStatus::Kind::Ok:
        return {};
    case AccountSyncStatus::Kind::Paused:
        return QCoreApplication::translate("hearken::sync",
                                           "paused by the server's rate limit until %1")
            .arg(QDateTime::fromSecsSinceEpoch(status.pausedUntil.value_or(0))
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    case AccountSyncStatus::Kind::SignInNeeded:
        return status.lastError.isEmpty()
                   ? QCoreApplication::translate(
                         "hearken::sync", "the sign-in expired or was revoked: sign in again")
                   : status.lastError;
    case AccountSyncStatus::Kind::Error:
        return status.lastError.isEmpty()
                   ? QCoreApplication::translate("hearken::sync", "the last sync failed")
                   : status.lastError;
    }
    return {};
}

} // namespace hearken
