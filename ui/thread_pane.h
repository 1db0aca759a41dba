// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "thread_html.h"

#include <QTextBrowser>

#include <optional>

namespace hearken {

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
    ThreadPane(PostRepository& posts, QueueRepository& queue, const ToneTriage* tone,
               QWidget* parent = nullptr);

    void showItem(std::optional<qint64> postId);
    std::optional<qint64> item() const { return m_postId; }
    // Re-reads the item when it is among `postIds` (its history grew).
    void refreshIfShown(const QList<qint64>& postIds);

    QVariant loadResource(int type, const QUrl& name) override;

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

    std::optional<ToneExplanation> explainTone(const QString& text) const;

    PostRepository& m_posts;
    QueueRepository& m_queue;
    const ToneTriage* m_tone;
    std::optional<qint64> m_postId;
};

} // namespace hearken
