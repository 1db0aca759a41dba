// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

#include <optional>

namespace hearken {

class PostRepository;

// The right-hand pane: the current item in its conversation, its author and its history.
// Remote content never loads anything: no images, no stylesheets, and links open in the
// browser only when the user clicks one.
class ThreadPane : public QTextBrowser {
    Q_OBJECT
public:
    explicit ThreadPane(PostRepository& posts, QWidget* parent = nullptr);

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

    PostRepository& m_posts;
    std::optional<qint64> m_postId;
};

} // namespace hearken
