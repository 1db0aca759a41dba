// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox_repository.h"
#include "store/store_error.h"

#include <QList>
#include <QString>

#include <optional>

namespace hearken {

class SettingsRepository;

// What "Thank" sends, as the workspace's thanks setting says: a like (favourite), a short
// reply, or both.
enum class ThanksMode { Like, Reply, Both };

QString thanksModeName(ThanksMode mode);
std::optional<ThanksMode> thanksModeFromName(QStringView name);

// The workspace's thanks setting (a like unless set otherwise).
ThanksMode thanksMode(const SettingsRepository& settings);
StoreResult<void> setThanksMode(SettingsRepository& settings, ThanksMode mode);

// The short reply a thanks sends, with {placeholders}.
QString defaultThanksText();

// The outbox drafts one "Thank" makes for the item; `replyText` is the filled short reply.
QList<OutboxDraft> thanksDrafts(ThanksMode mode, qint64 accountId, qint64 targetPostId,
                                const QString& replyText, const QString& actor);

} // namespace hearken
