// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ingest_batch.h"
#include "providers/bluesky/atproto_session.h"

#include <QCoroTask>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace hearken::bluesky {

struct DeletionCheckOutcome {
    // Posts a successful answer left out: deleted by their authors.
    QList<RetiredPost> deleted;
    // Why the check stopped early; what was not answered proves nothing.
    std::optional<XrpcError> error;
    bool cancelled = false;
};

// Asks the AppView which of the given posts still exist (app.bsky.feed.getPosts, 25 URIs a
// call, in the order given); a post missing from a successful answer was deleted. One call
// at a time, and at most postsPerCheck posts a check (4 calls), well within the rate limit.
class DeletionCheck : public QObject {
    Q_OBJECT
public:
    static constexpr int urisPerCall = 25; // getPosts' maximum
    static constexpr int postsPerCheck = 100;
    DeletionCheck(AtprotoSession& session, std::function<qint64()> now, QObject* parent = nullptr);
    ~DeletionCheck() override;

    // `uris`: the newest open items first; anything but a post's at:// URI is left alone. If
    // this object goes away meanwhile, the awaiting coroutine must not touch it.
    QCoro::Task<DeletionCheckOutcome> check(QStringList uris);
    // Stops after the call in flight; the check reports cancelled with what was found so far.
    void cancel() { m_cancelled = true; }

private:
    AtprotoSession& m_session;
    std::function<qint64()> m_now;
    bool m_cancelled = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace hearken::bluesky
