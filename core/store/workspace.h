// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/account_repository.h"
#include "store/change_notifier.h"
#include "store/database.h"
#include "store/ingest_writer.h"
#include "store/note_repository.h"
#include "store/outbox_repository.h"
#include "store/post_repository.h"
#include "store/presence_repository.h"
#include "store/queue_repository.h"
#include "store/saved_view_repository.h"
#include "store/search_indexer.h"
#include "store/settings_repository.h"
#include "store/sync_state_repository.h"
#include "store/tone_adaptation_repository.h"
#include "store/topic_repository.h"

#include <memory>

namespace hearken {

// An open workspace: its database, one repository per aggregate, and the notifier they
// announce changes through. Built once by the composition root and passed down.
class Workspace {
public:
    // As Database::open: `password` is a team database's, from the keychain.
    static StoreResult<std::unique_ptr<Workspace>> open(const QString& path,
                                                        OpenMode mode = OpenMode::CreateIfMissing,
                                                        const QString& password = {});
    explicit Workspace(std::unique_ptr<Database> database);

    Database& database() { return *m_database; }
    ChangeNotifier& changes() { return m_changes; }
    AccountRepository& accounts() { return m_accounts; }
    QueueRepository& queue() { return m_queue; }
    PostRepository& posts() { return m_posts; }
    SavedViewRepository& savedViews() { return m_savedViews; }
    SettingsRepository& settings() { return m_settings; }
    IngestWriter& ingest() { return m_ingest; }
    SearchIndexer& searchIndexer() { return m_searchIndexer; }
    ToneAdaptationRepository& toneAdaptation() { return m_toneAdaptation; }
    SyncStateRepository& syncState() { return m_syncState; }
    OutboxRepository& outbox() { return m_outbox; }
    NoteRepository& notes() { return m_notes; }
    TopicRepository& topics() { return m_topics; }
    PresenceRepository& presence() { return m_presence; }

    // Whether the workspace holds generated sample data rather than real accounts.
    StoreResult<bool> isSample();

private:
    std::unique_ptr<Database> m_database;
    ChangeNotifier m_changes;
    AccountRepository m_accounts;
    QueueRepository m_queue;
    PostRepository m_posts;
    SavedViewRepository m_savedViews;
    SettingsRepository m_settings;
    IngestWriter m_ingest;
    SearchIndexer m_searchIndexer;
    ToneAdaptationRepository m_toneAdaptation;
    SyncStateRepository m_syncState;
    OutboxRepository m_outbox;
    NoteRepository m_notes;
    TopicRepository m_topics;
    PresenceRepository m_presence;
};

} // namespace hearken
