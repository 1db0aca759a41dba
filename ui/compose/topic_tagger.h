// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QUndoStack;
class QWidget;

namespace hearken {

class Session;

// Tags items with a follow-up topic, an existing one or a new one typed by name; each
// tagging can be undone.
class TopicTagger : public QObject {
    Q_OBJECT
public:
    TopicTagger(Session& session, QUndoStack& undo, QWidget* parent);

    // Asks which topic, then tags the items.
    void ask(const QList<qint64>& postIds);
    bool tag(const QString& name, const QList<qint64>& postIds);

Q_SIGNALS:
    void failed(const QString& message);

private:
    Session& m_session;
    QUndoStack& m_undo;
    QWidget* m_parent;
};

} // namespace hearken
