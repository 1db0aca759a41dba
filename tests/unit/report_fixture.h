// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report_builder.h"
#include "store/report_repository.h"
#include "store/sql.h"
#include "support/postgres_workspace.h"
#include "workflow/queue_actions.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace hearken::testing {

inline qint64 at(int year, int month, int day, int hour, int minute,
                 const QTimeZone& zone = QTimeZone::utc())
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), zone).toSecsSinceEpoch();
}

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// A small workspace built item by item, so that every figure can be worked out by hand.
class ReportWorkspace : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        brand = addAccount(QStringLiteral("mastodon"), QStringLiteral("@brand@example.social"));
        us = person(QStringLiteral("mastodon"), QStringLiteral("us"), QStringLiteral("@brand"));
    }

    qint64 addAccount(const QString& network, const QString& handle)
    {
        Account account;
        account.network = network;
        account.remoteId = handle;
        account.handle = handle;
        return ws->accounts().saveAccount(account, fixedNow).value();
    }

    static Person person(const QString& network, const QString& remoteId, const QString& handle)
    {
        Person p;
        p.network = network;
        p.remoteId = remoteId;
        p.handle = handle;
        return p;
    }

    // An inbound item from `author`; returns its post id.
    qint64 item(const QString& remoteId, std::optional<Tone> tone, qint64 receivedAt,
                bool question = false, const QString& author = QStringLiteral("fan"),
                std::optional<qint64> account = std::nullopt)
    {
        const qint64 accountId = account.value_or(brand);
        const QString network = networkOf(accountId);
        InboundItem inbound;
        inbound.post.accountId = accountId;
        inbound.post.network = network;
        inbound.post.remoteId = remoteId;
        inbound.post.kind = PostKind::Mention;
        inbound.post.author = person(network, author, u'@' + author);
        inbound.post.author.displayName =
            author.left(1).toUpper() + author.mid(1) + QStringLiteral(" Example");
        inbound.post.text = QStringLiteral("words of ") + remoteId;
        inbound.post.createdAt = receivedAt;
        inbound.tone = tone;
        inbound.toneSource = ToneSource::Sample;
        inbound.isQuestion = question;
        IngestBatch batch;
        batch.items.append(inbound);
        auto written = ws->ingest().write(batch);
        EXPECT_TRUE(written.has_value());
        EXPECT_EQ(written->newItemIds.size(), 1);
        return written->newItemIds.value(0);
    }

    // One of our replies, from Hearken or any other app: the network tells us about it alike.
    void reply(const QString& remoteId, const QString& to, qint64 createdAt,
               const QString& text = QStringLiteral("We are on it."), bool thanks = false,
               std::optional<qint64> account = std::nullopt)
    {
        const qint64 accountId = account.value_or(brand);
        OwnReply own;
        own.post.accountId = accountId;
        own.post.network = networkOf(accountId);
        own.post.remoteId = remoteId;
        own.post.kind = PostKind::Own;
        own.post.author = person(own.post.network, QStringLiteral("us"), QStringLiteral("@brand"));
        own.post.text = text;
        own.post.replyToRemoteId = to;
        own.post.createdAt = createdAt;
        own.expressesThanks = thanks;
        IngestBatch batch;
        batch.ownReplies.append(own);
        ASSERT_TRUE(ws->ingest().write(batch).has_value());
    }

    QueueActions actionsBy(const QString& actor, qint64 when)
    {
        return QueueActions(ws->queue(), actor, [when] { return when; });
    }

    Report report(QDate from, QDate to, qint64 now, const ReportFilter& filter = {})
    {
        ReportRequest request;
        request.from = from;
        request.to = to;
        request.filter = filter;
        const ReportRepository repository(ws->database());
        auto built = ReportBuilder(repository, ReportSettings::read(ws->settings()).value())
                         .build(request, now);
        EXPECT_TRUE(built.has_value()) << (built ? "" : built.error().message.toStdString());
        return built.value_or(Report());
    }

    QString networkOf(qint64 accountId)
    {
        const QList<Account> accounts = ws->accounts().accounts().value();
        for (const Account& a : accounts) {
            if (a.id == accountId)
                return a.network;
        }
        return {};
    }

    std::unique_ptr<Workspace> ws;
    qint64 brand = 0;
    Person us;
};

} // namespace hearken::testing
