// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbox/thread_html.h"

#include <QHash>
#include <QTextBrowser>

#include <functional>
#include <optional>

namespace hearken {

class DeskPresence;
class PostRepository;
class QueueRepository;
class ToneTriage;

// The right-hand pane: the current item in its conversation, its author and its history.
// Remote content never loads anything: no images, no stylesheets, and links open in the
// browser only when the user clicks one.
class ThreadPane : public QTextBrowser {
    Q_OBJECT
public:
    // Without `tone` (no classifier loaded) the pane says nothing about why an item has its tone.
    // `networks` names the networks in authors' links and in the history.
    ThreadPane(PostRepository& posts, QueueRepository& queue, const ToneTriage* tone,
               NetworkNames networks, QWidget* parent = nullptr);

    void showItem(std::optional<qint64> postId);
    std::optional<qint64> item() const { return m_postId; }
    // Re-reads the item when it is among `postIds` (its history grew).
    void refreshIfShown(const QList<qint64>& postIds);

    QVariant loadResource(int type, const QUrl& name) override;

    // Fetches the posts above `post` in its conversation into the workspace; `done` gets what
    // went wrong, empty once they are stored. False when the post's network has no such fetch.
    using ChainFetcher =
        std::function<bool(const Post& post, std::function<void(const QString& error)> done)>;
    // With a fetcher, an item whose conversation is stored only from somewhere in the middle is
    // shown at once as it is, and again with its earlier posts when they arrive.
    void setChainFetcher(ChainFetcher fetcher) { m_fetchChain = std::move(fetcher); }
    // Shows above the item who else on the team is on it.
    void setPresence(const DeskPresence* presence);

Q_SIGNALS:
    void failed(const QString& message);
    // Escape: the user is done reading.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void render();
    void openLink(const QUrl& url);
    // What the pane says about the posts above `top`, the first one stored; fetches them once.
    QString chainNote(const Post& top);

    std::optional<ToneExplanation> explainTone(const QString& text) const;

    PostRepository& m_posts;
    QueueRepository& m_queue;
    const ToneTriage* m_tone;
    NetworkNames m_networks;
    std::optional<qint64> m_postId;
    ChainFetcher m_fetchChain;
    const DeskPresence* m_presence = nullptr;
    // The fetches of earlier posts by the URI of the post they go above: running, failed (with
    // the reason) or done.
    struct ChainFetch {
        bool running = true;
        QString error;
    };
    QHash<QString, ChainFetch> m_chains;
};

} // namespace hearken
