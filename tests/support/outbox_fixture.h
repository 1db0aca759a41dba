// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/queue_query.h"
#include "support/workspace_fixture.h"

namespace hearken::testing {

// An account of ours and inbound items from made-up people, for outbox tests.
struct OutboxWorld {
    Workspace& ws;
    qint64 accountId = 0;
    QString network;

    static OutboxWorld create(Workspace& ws, const QString& network = QStringLiteral("mastodon"),
                              const QString& serverUrl = {})
    {
        Account account;
        account.network = network;
        account.remoteId = QStringLiteral("brand-1");
        account.handle = QStringLiteral("@brand@example.social");
        account.displayName = QStringLiteral("Brand");
        account.serverUrl = serverUrl;
        auto id = ws.accounts().saveAccount(account, fixedNow);
        EXPECT_TRUE(id.has_value());
        return {ws, id.value_or(0), network};
    }

    // An open item from `who` (a person remote id); returns its post id.
    qint64 item(const QString& remoteId, const QString& who, const QString& name,
                const QString& text, Tone tone = Tone::Criticism, qint64 at = fixedNow - 3600,
                bool question = false)
    {
        InboundItem i;
        i.post.accountId = accountId;
        i.post.network = network;
        i.post.remoteId = remoteId;
        i.post.kind = PostKind::Mention;
        i.post.author.network = network;
        i.post.author.remoteId = who;
        i.post.author.handle = who + QStringLiteral("@people.example");
        i.post.author.displayName = name;
        i.post.text = text;
        i.post.createdAt = at;
        i.tone = tone;
        i.toneSource = ToneSource::Sample;
        i.isQuestion = question;
        IngestBatch batch;
        batch.items = {i};
        auto written = ws.ingest().write(batch);
        EXPECT_TRUE(written.has_value());
        return postId(remoteId);
    }

    qint64 postId(const QString& remoteId)
    {
        QueueFilter all;
        all.states.clear();
        const auto items = ws.queue().page(QueueQuery(all, fixedNow, {}), std::nullopt, 1000);
        for (const QueueItem& i : items.value_or(QList<QueueItem>())) {
            if (ws.posts().post(i.postId).value().remoteId == remoteId)
                return i.postId;
        }
        ADD_FAILURE() << "no item " << remoteId.toStdString();
        return 0;
    }

    OutboxDraft reply(qint64 postId, const QString& text) const
    {
        return {accountId,   postId, OutboxKind::Reply, text, {}, QStringLiteral("Sam"),
                std::nullopt};
    }
};

} // namespace hearken::testing
