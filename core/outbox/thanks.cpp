// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/thanks.h"

#include "domain/enum_names.h"
#include "store/settings_repository.h"

namespace hearken {

namespace {
const QString thanksModeKey = QStringLiteral("thanks/mode");
constexpr EnumName<ThanksMode> modeNames[] = {
    {ThanksMode::Like, u"like", QT_TRANSLATE_NOOP("hearken::ThanksMode", "Like")},
    {ThanksMode::Reply, u"reply", QT_TRANSLATE_NOOP("hearken::ThanksMode", "Short reply")},
    {ThanksMode::Both, u"both", QT_TRANSLATE_NOOP("hearken::ThanksMode", "Like and reply")},
};
} // namespace

QString thanksModeName(ThanksMode mode)
{
    return nameOf(modeNames, mode);
}

std::optional<ThanksMode> thanksModeFromName(QStringView name)
{
    return valueOf(modeNames, name);
}

ThanksMode thanksMode(const SettingsRepository& settings)
{
    return thanksModeFromName(settings.value(thanksModeKey).value_or(QString()))
        .value_or(ThanksMode::Like);
}

StoreResult<void> setThanksMode(SettingsRepository& settings, ThanksMode mode)
{
    return settings.setValue(thanksModeKey, thanksModeName(mode));
}

QString defaultThanksText()
{
    return QCoreApplication::translate("hearken::Thanks", "Thank you so much, {name}!");
}

QList<OutboxDraft> thanksDrafts(ThanksMode mode, qint64 accountId, qint64 targetPostId,
                                const QString& replyText, const QString& actor)
{
    QList<OutboxDraft> drafts;
    if (mode == ThanksMode::Like || mode == ThanksMode::Both)
        drafts.append({accountId, targetPostId, OutboxKind::Like, {}, {}, actor, std::nullopt});
    if (mode == ThanksMode::Reply || mode == ThanksMode::Both)
        drafts.append(
            {accountId, targetPostId, OutboxKind::Reply, replyText, {}, actor, std::nullopt});
    return drafts;
}

} // namespace hearken
