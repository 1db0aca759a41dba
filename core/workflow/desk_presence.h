// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/presence_repository.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace hearken {

class Workspace;

// This desk's part in who is on what, on a team workspace: it tells the others which item its
// person has open and whether they are writing a reply to it, refreshing that while they stay
// and taking it away when they move on or the desk closes; and it keeps what the others are
// on, read again when the store says presence changed and every few seconds (rows of a desk
// that died expire without telling anyone). On a solo workspace there is nobody to tell or
// see, and it does nothing.
class DeskPresence : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;
    struct Timing {
        std::chrono::milliseconds heartbeat{10'000};
        // How long a row outlives the desk's last word.
        qint64 expirySeconds = 30;
        std::chrono::milliseconds reread{5'000};
    };

    DeskPresence(Workspace& workspace, QString person, Clock clock, Timing timing,
                 QObject* parent = nullptr);
    DeskPresence(Workspace& workspace, QString person, Clock clock, QObject* parent = nullptr)
        : DeskPresence(workspace, std::move(person), std::move(clock), Timing(), parent)
    {}
    // Takes this desk's rows away.
    ~DeskPresence() override;

    bool isActive() const { return m_active; }
    // The item this desk shows, if any.
    void setItem(std::optional<qint64> postId);
    // Whether its person is writing a reply to that item.
    void setReplying(bool replying);
    // The other people on `postId`, those replying first.
    QList<Presence> othersOn(qint64 postId) const { return m_others.value(postId); }
    // Reads what the others are on again.
    void reread();

Q_SIGNALS:
    // What the others are on changed for these items.
    void othersChanged(const QList<qint64>& postIds);
    void failed(const QString& message);

private:
    void announce();

    Workspace& m_workspace;
    QString m_person;
    Clock m_clock;
    qint64 m_expirySeconds;
    bool m_active;
    std::optional<qint64> m_postId;
    bool m_replying = false;
    QHash<qint64, QList<Presence>> m_others;
    QTimer m_heartbeat;
    QTimer m_rereadTimer;
    // The last store error, told once until the store answers again.
    QString m_lastError;
};

// "Ana is replying" / "Ana is looking"; with several people, who is replying and how many
// others are looking. Empty when `others` is.
QString presenceSummary(const QList<Presence>& others);

} // namespace hearken
