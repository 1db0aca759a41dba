// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace hearken {

class Session;

// Every reply and like on its way out or sent: queued, sending, sent or failed, with what went
// wrong. A failed one can be retried, edited and sent again, or discarded; a double click opens
// its item.
class OutboxDialog : public QDialog {
    Q_OBJECT
public:
    explicit OutboxDialog(Session& session, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    void retrySelected();
    void editSelected(const QString& text);
    void discardSelected();

Q_SIGNALS:
    void openItemRequested(qint64 postId);
    void failed(const QString& message);

private:
    void reload();
    void updateButtons();
    void askForEdit();
    qint64 selectedEntry() const;

    Session& m_session;
    QTreeWidget* m_list;
    QPushButton* m_retry;
    QPushButton* m_edit;
    QPushButton* m_discard;
};

} // namespace hearken
