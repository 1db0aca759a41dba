// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/settings_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/thanks_sql.h"
#include "store/transaction.h"

namespace hearken {

namespace {
const QString criticismTarget = QStringLiteral("response-target/criticism");
const QString questionTarget = QStringLiteral("response-target/question");
const QString praiseTarget = QStringLiteral("response-target/praise");
const QString timeZoneKey = QStringLiteral("workspace/time-zone");
const QString businessHoursKey = QStringLiteral("review/business-hours");
} // namespace

SettingsRepository::SettingsRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

StoreResult<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, fallback);
}

StoreResult<void> SettingsRepository::setValue(const QString& key, const QString& value)
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                           {key, value});
    if (!query)
        return tl::unexpected(query.error());
    return {};
}

StoreResult<ResponseTargets> SettingsRepository::responseTargets() const
{
    ResponseTargets targets;
    for (auto [key, seconds] : {std::pair{&criticismTarget, &targets.criticism},
                                std::pair{&questionTarget, &targets.question},
                                std::pair{&praiseTarget, &targets.praise}}) {
        auto stored = value(*key);
        if (!stored)
            return tl::unexpected(stored.error());
        bool ok = false;
        // Never set, or not a duration: the default target stands.
        if (const qint64 read = stored->toLongLong(&ok); ok && read > 0)
            *seconds = read;
    }
    return targets;
}

StoreResult<void> SettingsRepository::setResponseTargets(const ResponseTargets& targets)
{
    for (const auto& [key, seconds] :
         {std::pair{criticismTarget, targets.criticism},
          std::pair{questionTarget, targets.question}, std::pair{praiseTarget, targets.praise}}) {
        if (auto set = setValue(key, QString::number(seconds)); !set)
            return set;
    }
    return {};
}

StoreResult<bool> SettingsRepository::likesCountAsThanks() const
{
    return value(likesCountAsThanksKey, QStringLiteral("1")).map([](const QString& stored) {
        return stored != u"0";
    });
}

StoreResult<void> SettingsRepository::setLikesCountAsThanks(bool count)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    if (auto set =
            setValue(likesCountAsThanksKey, count ? QStringLiteral("1") : QStringLiteral("0"));
        !set)
        return set;
    auto rederived = sql::exec(m_database.connection(),
                               QStringLiteral("UPDATE queue SET thanked_at = ") +
                                   thankedAtExpression(Dialect::of(m_database.connection())) +
                                   QStringLiteral(" WHERE liked_at IS NOT NULL"));
    if (!rederived)
        return tl::unexpected(rederived.error());
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT m_changes.queueReset();
    return {};
}

StoreResult<QString> SettingsRepository::timeZone() const
{
    return value(timeZoneKey);
}

StoreResult<void> SettingsRepository::setTimeZone(const QString& ianaId)
{
    return setValue(timeZoneKey, ianaId);
}

StoreResult<QString> SettingsRepository::businessHours() const
{
    return value(businessHoursKey);
}

StoreResult<void> SettingsRepository::setBusinessHours(const QString& hours)
{
    return setValue(businessHoursKey, hours);
}

} // namespace hearken
