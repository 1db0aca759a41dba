// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/topic.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QTreeWidget;

namespace hearken {

class Composer;
class Session;

// Closing the loop: the follow-up topics, and for the chosen one everyone who raised it, in
// their own words. Once a topic is shipped or fixed, a personal note to each person is written
// in the composer (prefilled); sending it marks them told.
class FollowUpsDialog : public QDialog {
    Q_OBJECT
public:
    explicit FollowUpsDialog(Session& session, QWidget* parent = nullptr);

    QListWidget* topicList() const { return m_topics; }
    QTreeWidget* raiserList() const { return m_raisers; }
    Composer& composer() const { return *m_composer; }
    void setStatus(TopicStatus status);
    void markTold();

Q_SIGNALS:
    void failed(const QString& message);

private:
    void reloadTopics();
    void reloadRaisers();
    void chooseRaiser();
    std::optional<Topic> currentTopic() const;

    Session& m_session;
    QList<Topic> m_topicData;
    QList<TopicRaiser> m_raiserData;
    QListWidget* m_topics;
    QTreeWidget* m_raisers;
    Composer* m_composer;
    QPushButton* m_shipped;
    QPushButton* m_fixed;
    QPushButton* m_reopen;
    QPushButton* m_told;
};

} // namespace hearken
