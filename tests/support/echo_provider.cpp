// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/echo_provider.h"

#include "store/ingest_writer.h"
#include "store/workspace.h"

#include <QTimer>

namespace hearken::echo {

namespace {

class Syncer : public AccountSyncer {
public:
    Syncer(Workspace& workspace, std::function<void(IngestBatch&)> classify, Account account,
           QStringList page, qint64 now)
        : m_workspace(workspace)
        , m_classify(std::move(classify))
        , m_account(std::move(account))
        , m_page(std::move(page))
        , m_now(now)
    {}

    void sync(Done done) override
    {
        QTimer::singleShot(0, this, [this, done = std::move(done)] {
            IngestBatch batch;
            for (qsizetype i = 0; i < m_page.size(); ++i) {
                InboundItem item;
                item.post.accountId = m_account.id;
                item.post.network = m_account.network;
                item.post.remoteId = QStringLiteral("echo-%1").arg(i);
                item.post.author = {0,
                                    m_account.network,
                                    QStringLiteral("caller"),
                                    QStringLiteral("caller"),
                                    QStringLiteral("Caller"),
                                    {},
                                    {},
                                    {}};
                item.post.text = m_page.at(i);
                item.post.createdAt = m_now - 60 * (i + 1);
                batch.items.append(item);
            }
            if (m_classify)
                m_classify(batch);
            const auto written = m_workspace.ingest().write(batch);
            SyncOutcome outcome;
            if (written) {
                outcome.newItems = int(written->newItemIds.size());
                outcome.fetched = int(m_page.size());
            } else {
                outcome.kind = SyncOutcome::Kind::Failed;
                outcome.message = written.error().message;
            }
            done(outcome);
        });
    }
    void cancel() override {}

private:
    Workspace& m_workspace;
    std::function<void(IngestBatch&)> m_classify;
    Account m_account;
    QStringList m_page;
    qint64 m_now;
};

class Deliverer : public hearken::Deliverer {
public:
    Deliverer(std::shared_ptr<QList<OutboxEntry>> sent, std::function<qint64()> now)
        : m_sent(std::move(sent))
        , m_now(std::move(now))
    {}
    void deliver(const OutboxEntry& entry, Done done) override
    {
        m_sent->append(entry);
        done(DeliveryReceipt{u"echo-reply-"_qs + entry.idempotencyKey, {}, m_now()});
    }

private:
    std::shared_ptr<QList<OutboxEntry>> m_sent;
    std::function<qint64()> m_now;
};

} // namespace

ReplyRules Provider::replyRules() const
{
    ReplyRules rules;
    rules.limit = 100;
    return rules;
}

SyncEngine::Factory Provider::syncerFactory(const NetworkServices& services,
                                            const SyncServices& sync) const
{
    return [services, sync, page = page](const Account& account, SyncEngine::Made made) {
        made(std::make_unique<Syncer>(sync.workspace, sync.classify, account, page, services.now()),
             QString());
    };
}

DeferredDeliverer::Make Provider::delivererMaker(const NetworkServices& services,
                                                 const Account&) const
{
    return [sent = sent, now = services.now](DeferredDeliverer::Made made) {
        made(std::make_unique<Deliverer>(sent, now), QString());
    };
}

void Provider::signOut(const NetworkServices&, auth::BrowserOpener&, Workspace&, const Account&,
                       SignedOut done) const
{
    done(QString());
}

} // namespace hearken::echo
