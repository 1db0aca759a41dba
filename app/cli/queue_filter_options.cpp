// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/queue_filter_options.h"

#include "cli/cli_text.h"
#include "store/team_people.h"
#include "store/workspace.h"
#include "workflow/workspace_paths.h"

#include <QCoreApplication>

namespace hearken::cli {

namespace {

tl::unexpected<QString> unknown(const QString& option, const QString& value, const QString& known)
{
    return tl::unexpected(
        CliText::tr("Unknown %1 \"%2\"; use one of: %3.").arg(option, value, known));
}

tl::expected<qint64, QString> accountId(Workspace& workspace, const QString& value)
{
    auto accounts = workspace.accounts().accounts();
    if (!accounts)
        return tl::unexpected(accounts.error().message);
    QStringList known;
    for (const Account& account : *accounts) {
        if (QString::number(account.id) == value ||
            account.handle.compare(value, Qt::CaseInsensitive) == 0)
            return account.id;
        known << QStringLiteral("%1 (%2)").arg(account.id).arg(account.handle);
    }
    return unknown(QStringLiteral("--account"), value, known.join(QStringLiteral(", ")));
}

tl::expected<qint64, QString> assigneeId(Workspace& workspace, QString value)
{
    if (value == u"none")
        return 0;
    if (value == u"me")
        value = actingPerson(workspace.database(), currentUserName());
    auto teammates = workspace.accounts().teammates();
    if (!teammates)
        return tl::unexpected(teammates.error().message);
    QStringList known{QStringLiteral("none"), QStringLiteral("me")};
    for (const Teammate& teammate : *teammates) {
        if (teammate.name.compare(value, Qt::CaseInsensitive) == 0)
            return teammate.id;
        known << teammate.name;
    }
    return unknown(QStringLiteral("--assignee"), value, known.join(QStringLiteral(", ")));
}

} // namespace

void addQueueFilterOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("flag"),
         CliText::tr("Only items with this flag: unanswered-criticism, unanswered-question, "
                     "unthanked-praise, overdue."),
         QStringLiteral("flag")},
        {QStringLiteral("state"),
         CliText::tr(
             "Comma-separated states: open, snoozed, done, dismissed, or all (default: open)."),
         QStringLiteral("states")},
        {QStringLiteral("network"), CliText::tr("Only this network (mastodon, bluesky, ...)."),
         QStringLiteral("network")},
        {QStringLiteral("account"), CliText::tr("Only this account, by id or handle."),
         QStringLiteral("account")},
        {QStringLiteral("tone"), CliText::tr("Only this tone: criticism, praise, other."),
         QStringLiteral("tone")},
        {QStringLiteral("assignee"),
         CliText::tr("Only items assigned to this teammate, me, or none."), QStringLiteral("name")},
        {QStringLiteral("search"), CliText::tr("Full-text search in text and author names."),
         QStringLiteral("words")},
    });
}

tl::expected<QueueFilter, QString> queueFilterFrom(const QCommandLineParser& parser,
                                                   Workspace& workspace)
{
    QueueFilter filter;
    if (parser.isSet(QStringLiteral("flag"))) {
        const QString value = parser.value(QStringLiteral("flag"));
        filter.flag = flagFromName(value);
        if (!filter.flag)
            return unknown(QStringLiteral("--flag"), value,
                           QStringLiteral("unanswered-criticism, unanswered-question, "
                                          "unthanked-praise, overdue"));
    }
    if (parser.isSet(QStringLiteral("state"))) {
        filter.states.clear();
        for (const QString& name :
             parser.value(QStringLiteral("state")).split(u',', Qt::SkipEmptyParts)) {
            if (name.trimmed() == u"all") {
                filter.states.clear();
                break;
            }
            const auto state = itemStateFromName(name.trimmed());
            if (!state)
                return unknown(QStringLiteral("--state"), name,
                               QStringLiteral("open, snoozed, done, dismissed, all"));
            filter.states.append(*state);
        }
    }
    filter.network = parser.value(QStringLiteral("network")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("account"))) {
        auto id = accountId(workspace, parser.value(QStringLiteral("account")));
        if (!id)
            return tl::unexpected(id.error());
        filter.accountId = *id;
    }
    if (parser.isSet(QStringLiteral("tone"))) {
        const QString value = parser.value(QStringLiteral("tone"));
        filter.tone = toneFromName(value);
        if (!filter.tone)
            return unknown(QStringLiteral("--tone"), value,
                           QStringLiteral("criticism, praise, other"));
    }
    if (parser.isSet(QStringLiteral("assignee"))) {
        auto id = assigneeId(workspace, parser.value(QStringLiteral("assignee")));
        if (!id)
            return tl::unexpected(id.error());
        filter.assigneeId = *id;
    }
    filter.search = parser.value(QStringLiteral("search"));
    return filter;
}

} // namespace hearken::cli
