// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "providers/bluesky/atproto_session.h"
#include "store/ingest_writer.h"

#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace hearken {

struct BlueskySyncProgress {
    int pages = 0;
    int items = 0;
};

struct BlueskySyncOutcome {
    IngestBatch batch;
    // What the next incremental sync stops at (the newest notification's indexedAt). Unchanged
    // after a cancelled backfill, so the next run fetches the rest.
    QString seenUntil;
    int skipped = 0;
    bool cancelled = false;
};

// Fetches what is new for one Bluesky account: mentions, replies and quotes from the
// notifications (backfill when nothing was seen yet, following the cursor; incremental
// otherwise), and the account's own replies and likes, from any app.
class BlueskySync : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int pageSize = 50;
        // How far back a backfill goes.
        int maxPages = 20;
    };
    BlueskySync(AtprotoSession& session, Account account, Limits limits, QObject* parent = nullptr);

    using Done = std::function<void(const tl::expected<BlueskySyncOutcome, XrpcError>&)>;
    void fetch(const QString& seenUntil, std::function<void(const BlueskySyncProgress&)> progress,
               Done done);
    // Stops a running fetch after the page in flight; done() reports cancelled.
    void cancel() { m_cancelled = true; }

    // The posts of the thread around `postUri`, for the thread pane.
    void fetchThread(const QString& postUri,
                     std::function<void(const tl::expected<QList<Post>, XrpcError>&)> done);

private:
    struct Run;
    void nextPage(std::shared_ptr<Run> run);
    void describeQuotes(std::shared_ptr<Run> run, qsizetype from);
    void fetchOwnActivity(std::shared_ptr<Run> run);
    // Follows a listing's cursor while `take` (given each page) wants more, up to maxPages.
    void fetchPages(const QString& nsid, QUrlQuery query, int page,
                    std::function<bool(const QJsonObject&)> take,
                    std::function<void(std::optional<XrpcError>)> done);

    AtprotoSession& m_session;
    Account m_account;
    Limits m_limits;
    bool m_cancelled = false;
};

} // namespace hearken
