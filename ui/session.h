// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/delivery_engine.h"
#include "session_services.h"
#include "store/backup_schedule.h"
#include "store/store_error.h"
#include "workflow/queue_actions.h"
#include "workflow/tone_triage.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace hearken {

class ConversationFetcher;
class ProviderRegistry;
class RemoteChanges;
class SyncEngine;
class Workspace;

// One open workspace and what acting on it needs: the triage actions in the user's name,
// the clock, and the minute tick that wakes snoozed items.
class Session : public QObject {
    Q_OBJECT
public:
    using Clock = QueueActions::Clock;

    // Opens the workspace at `path`, creating an empty one when the file does not exist.
    // With a `classifier`, tone corrections teach the workspace's copy of it. `services` builds
    // what syncs and delivers it (real accounts through the network it was given, sample
    // accounts through the sample deliverer).
    static StoreResult<std::unique_ptr<Session>>
    open(const QString& path, const ProviderRegistry& providers, const QString& actor, Clock clock,
         const std::optional<ToneClassifier>& classifier, const SessionServicesBuilder& services);
    // The same for a workspace already open. Either refuses a workspace whose settings or
    // accounts cannot be read rather than showing it with defaults.
    static StoreResult<std::unique_ptr<Session>>
    open(std::unique_ptr<Workspace> workspace, const ProviderRegistry& providers,
         const QString& actor, Clock clock, const std::optional<ToneClassifier>& classifier,
         const SessionServicesBuilder& services);

    // What a session reads once, when it opens: sample accounts cannot be added to or
    // removed from an open workspace, and nothing in the window changes the targets.
    struct Facts {
        bool sample = false;
        ResponseTargets targets;
    };

    Session(std::unique_ptr<Workspace> workspace, Facts facts, const ProviderRegistry& providers,
            const QString& actor, Clock clock, const std::optional<ToneClassifier>& classifier,
            const SessionServicesBuilder& services);
    ~Session() override;

    Workspace& workspace() { return *m_workspace; }
    // The networks Hearken knows.
    const ProviderRegistry& providers() const { return m_providers; }
    // The workspace's own part of the keychain; null without network access.
    auth::SecretVault* secrets()
    {
        return m_services.network ? &m_services.network->vault : nullptr;
    }
    QueueActions& actions() { return m_actions; }
    // Sends replies and likes; started by start(). On a team workspace it only queues them.
    DeliveryEngine& outbox() { return *m_services.outbox; }
    // Syncs the accounts; the window starts it unless the service does.
    SyncEngine& sync() { return *m_services.sync; }
    // Whether the team's service sends and syncs this workspace, not the window.
    bool isServedByService() const { return m_services.leftToService; }
    const QString& actor() const { return m_actions.actor(); }
    // Null when no classifier is loaded or the workspace's corrections cannot be read.
    ToneTriage* toneTriage() { return m_tone ? &*m_tone : nullptr; }
    const Clock& clock() const { return m_clock; }
    QString path() const;
    // What the title bar calls the workspace.
    QString name() const;
    bool isSample() const { return m_facts.sample; }
    const ResponseTargets& responseTargets() const { return m_facts.targets; }
    // No accounts and no items: a first run.
    bool isEmpty();
    // The current user as a teammate items can be assigned to.
    std::optional<qint64> me() const { return m_me; }

    // Fetches the posts above `post` in its conversation into the workspace (cached, never
    // queued), through the sync's ledger; `done` gets what went wrong, empty once they are
    // stored. False when the post's network has no such fetch or the workspace has no network
    // access.
    bool fetchChain(const Post& post, std::function<void(const QString&)> done);

    // Starts hearing what other desks change in a team workspace, learns who "me" is, reports a
    // tone model that could not be loaded, starts delivering the outbox and the daily backup of a
    // workspace of real accounts, then wakes snoozed items now and every minute from now on.
    void start();
    // Reopens snoozed items whose time has come and tells the views a minute passed.
    void wakeSnoozed();

Q_SIGNALS:
    void failed(const QString& message);
    void minutePassed();

private:
    std::unique_ptr<Workspace> m_workspace;
    // What other desks change in a team workspace, announced through its notifier; null for a
    // workspace file.
    std::unique_ptr<RemoteChanges> m_remoteChanges;
    Facts m_facts;
    const ProviderRegistry& m_providers;
    // Before everything that may use it, after the workspace it uses.
    SessionServices m_services;
    // By network, for the networks that have one.
    std::map<QString, std::unique_ptr<ConversationFetcher>> m_conversations;
    Clock m_clock;
    std::optional<StoreError> m_toneError;
    std::optional<ToneTriage> m_tone;
    QueueActions m_actions;
    std::optional<qint64> m_me;
    QTimer m_minute;
    BackupSchedule m_backups;
};

} // namespace hearken
