// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "providers/provider_registry.h"
#include "store/queue_query.h"
#include "store/remote_changes.h"
#include "store/team_people.h"
#include "store/workspace.h"
#include "sync/workspace_ledger.h"

#include <QFileInfo>

namespace hearken {

namespace {

std::optional<ToneTriage> openToneTriage(const std::optional<ToneClassifier>& classifier,
                                         Workspace& workspace, const Session::Clock& clock,
                                         std::optional<StoreError>& error)
{
    if (!classifier)
        return std::nullopt;
    auto triage = ToneTriage::open(*classifier, workspace, clock);
    if (!triage) {
        error = triage.error();
        return std::nullopt;
    }
    return std::move(*triage);
}

} // namespace

StoreResult<std::unique_ptr<Session>> Session::open(const QString& path,
                                                    const ProviderRegistry& providers,
                                                    const QString& actor, Clock clock,
                                                    const std::optional<ToneClassifier>& classifier,
                                                    const SessionServicesBuilder& services)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return tl::unexpected(workspace.error());
    return open(std::move(*workspace), providers, actor, std::move(clock), classifier, services);
}

StoreResult<std::unique_ptr<Session>> Session::open(std::unique_ptr<Workspace> workspace,
                                                    const ProviderRegistry& providers,
                                                    const QString& actor, Clock clock,
                                                    const std::optional<ToneClassifier>& classifier,
                                                    const SessionServicesBuilder& services)
{
    auto sample = workspace->isSample();
    if (!sample)
        return tl::unexpected(sample.error());
    auto targets = workspace->settings().responseTargets();
    if (!targets)
        return tl::unexpected(targets.error());
    return std::make_unique<Session>(std::move(workspace), Facts{*sample, *targets}, providers,
                                     actor, std::move(clock), classifier, services);
}

Session::Session(std::unique_ptr<Workspace> workspace, Facts facts,
                 const ProviderRegistry& providers, const QString& actor, Clock clock,
                 const std::optional<ToneClassifier>& classifier,
                 const SessionServicesBuilder& services)
    : m_workspace(std::move(workspace))
    , m_remoteChanges(
          m_workspace->database().engine() == Engine::Postgresql
              ? std::make_unique<RemoteChanges>(m_workspace->database(), m_workspace->changes())
              : nullptr)
    , m_facts(facts)
    , m_providers(providers)
    , m_services(services(*m_workspace,
                          [this](IngestBatch& batch) {
                              if (m_tone)
                                  m_tone->classify(batch);
                          }))
    , m_clock(std::move(clock))
    , m_tone(openToneTriage(classifier, *m_workspace, m_clock, m_toneError))
    // `actor` is the desk's user; on a team's database the person it was opened as acts.
    , m_actions(m_workspace->queue(), actingPerson(m_workspace->database(), actor), m_clock,
                toneTriage())
    , m_backups(m_workspace->database().path())
{
    if (m_services.network) {
        for (const Provider* provider : providers.providers()) {
            if (auto fetcher = provider->conversationFetcher(*m_services.network))
                m_conversations.emplace(provider->id(), std::move(fetcher));
        }
    }
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &Session::wakeSnoozed);
    connect(m_services.outbox, &DeliveryEngine::failed, this, &Session::failed);
    connect(&m_backups, &BackupSchedule::failed, this, &Session::failed);
}

Session::~Session() = default;

bool Session::fetchChain(const Post& post, std::function<void(const QString&)> done)
{
    const auto fetcher = m_conversations.find(post.network);
    if (fetcher == m_conversations.end())
        return false;
    const auto accounts = m_workspace->accounts().accounts();
    if (!accounts)
        return false;
    for (const Account& account : *accounts) {
        if (account.id != post.accountId || account.isSample)
            continue;
        // The fetcher belongs to this session: it answers only while both exist.
        fetcher->second->fetch(account, post,
                               [this, accountId = account.id,
                                done = std::move(done)](tl::expected<QList<Post>, QString> above) {
                                   if (!above) {
                                       done(above.error());
                                       return;
                                   }
                                   IngestBatch batch;
                                   batch.context = *std::move(above);
                                   const auto stored =
                                       WorkspaceLedger(*m_workspace, accountId, {}).store(batch);
                                   done(stored ? QString() : stored.error());
                               });
        return true;
    }
    return false;
}

QString Session::path() const
{
    return m_workspace->database().path();
}

QString Session::name() const
{
    return QFileInfo(path()).completeBaseName();
}

bool Session::isEmpty()
{
    auto accounts = m_workspace->accounts().accounts();
    if (!accounts || !accounts->isEmpty())
        return false;
    QueueFilter everything;
    everything.states.clear();
    const auto items =
        m_workspace->queue().count(QueueQuery(everything, m_clock(), m_facts.targets));
    return items && *items == 0;
}

void Session::start()
{
    if (m_remoteChanges)
        m_remoteChanges->start();
    auto me = m_workspace->accounts().teammate(m_actions.actor());
    if (me)
        m_me = *me;
    else
        Q_EMIT failed(me.error().message);
    if (m_toneError)
        Q_EMIT failed(m_toneError->message);
    m_services.outbox->start();
    // Sample data is made again on demand.
    if (m_workspace->database().keepsFileBackups() && !isSample())
        m_backups.start();
    wakeSnoozed();
    m_minute.start();
}

void Session::wakeSnoozed()
{
    if (auto woken = m_workspace->queue().wakeSnoozed(m_clock()); !woken)
        Q_EMIT failed(woken.error().message);
    Q_EMIT minutePassed();
}

} // namespace hearken
