// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "domain/post.h"
#include "outbox/reply_length.h"
#include "outbox/robot_check.h"
#include "store/outbox_repository.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace hearken {

class ApprovalNotice;
class ComposeEdit;
class DeskPresence;
class Session;

// The reply composer beside the thread: who is addressed and from which of our accounts, the
// network's length limit with a live counter, the audience on Mastodon, saved replies whose
// {placeholders} must be filled before sending, the "sounds like a robot" warning, Thank, and
// the state of the item's replies and likes in the outbox (retry, edit or discard a failed one).
class Composer : public QWidget {
    Q_OBJECT
public:
    explicit Composer(Session& session, QWidget* parent = nullptr);

    // The item replies go to. With a topic, the reply tells its person that the topic shipped
    // or was fixed, and sending it marks them told.
    void showItem(std::optional<qint64> postId, std::optional<qint64> topicId = std::nullopt);
    std::optional<qint64> item() const { return m_postId; }

    // Replaces the text, filling the placeholders Hearken knows for this person.
    void setText(const QString& text);
    QString text() const;
    void useSavedReply(const SavedReply& reply);

    // Why the reply cannot be sent as it is; empty when it can.
    QString blockReason() const;
    // Writes the reply to the outbox (or saves the edit of a failed one and sends it again).
    bool send(bool markDone);
    // What the workspace's thanks setting says: a like, a short reply, or both.
    bool thank();
    void focusEditor();
    // Thank and "send and mark done" belong to the queue; a follow-up note needs neither.
    void setQueueActionsVisible(bool visible);
    // Tells the team which item this composer is on and whether its person is writing, and
    // warns when someone else is replying to it.
    void setPresence(DeskPresence* presence);

    ComposeEdit* editor() const { return m_edit; }
    QComboBox* savedReplies() const { return m_saved; }
    QComboBox* visibility() const { return m_visibility; }
    QLabel* counter() const { return m_counter; }
    QLabel* placeholderWarning() const { return m_placeholders; }
    QLabel* robotWarning() const { return m_robot; }
    QLabel* collisionWarning() const { return m_collision; }
    QLabel* outboxStatus() const { return m_status; }
    QPushButton* sendButton() const { return m_send; }

Q_SIGNALS:
    void sent(qint64 postId, bool markDone);
    void thanked(qint64 postId);
    void failed(const QString& message);
    void leaveRequested();

private:
    void buildLayout();
    void reloadSavedReplies();
    void reloadRecentReplies();
    void updateChecks();
    void checkForRobot();
    void refreshStatus();
    void showCollision();
    // Checks for replies others made since the composer opened on the item, asks when there are
    // some, and queues `draft` unless the person chose not to send it.
    bool sendChecked(const OutboxDraft& draft);
    void actOnEntry(const QString& link);
    void showContext();
    // The handle of the account the reply goes out from.
    QString ourHandle() const;
    // What the server of the account the reply goes out from allows.
    ReplyRules replyRulesHere() const;
    // `text` with its placeholders filled for the post's author and the mentions its network
    // needs in front.
    QString addressed(const QString& text) const;

    Session& m_session;
    std::optional<qint64> m_postId;
    std::optional<qint64> m_topicId;
    std::optional<Post> m_post;
    // When the composer opened on the item: a reply someone else made since then is asked about.
    qint64 m_openedAt = 0;
    DeskPresence* m_presence = nullptr;
    QString m_product;
    RobotCheck m_robotCheck;
    // The failed reply whose text the editor holds, when the person chose to edit it.
    std::optional<qint64> m_editing;
    QList<SavedReply> m_savedReplies;
    QTimer m_robotDelay;

    QLabel* m_context;
    QComboBox* m_saved;
    QComboBox* m_visibility;
    ComposeEdit* m_edit;
    QLabel* m_placeholders;
    QLabel* m_robot;
    QLabel* m_collision;
    QLabel* m_status;
    ApprovalNotice* m_approval;
    QLabel* m_counter;
    QPushButton* m_thank;
    QPushButton* m_sendDone;
    QPushButton* m_send;
};

} // namespace hearken
