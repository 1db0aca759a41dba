// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/desk_presence.h"

#include "store/workspace.h"

#include <QLocale>

namespace hearken {

DeskPresence::DeskPresence(Workspace& workspace, QString person, Clock clock, Timing timing,
                           QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_person(std::move(person))
    , m_clock(std::move(clock))
    , m_expirySeconds(timing.expirySeconds)
    , m_active(workspace.database().engine() == Engine::Postgresql)
{
    if (!m_active)
        return;
    m_heartbeat.setInterval(timing.heartbeat);
    m_rereadTimer.setInterval(timing.reread);
    connect(&m_heartbeat, &QTimer::timeout, this, &DeskPresence::announce);
    connect(&m_rereadTimer, &QTimer::timeout, this, &DeskPresence::reread);
    connect(&workspace.changes(), &ChangeNotifier::presenceChanged, this, &DeskPresence::reread);
    m_rereadTimer.start();
    reread();
}

DeskPresence::~DeskPresence()
{
    if (!m_active)
        return;
    disconnect(&m_workspace.changes(), nullptr, this, nullptr);
    (void)m_workspace.presence().withdraw(m_person);
}

void DeskPresence::setItem(std::optional<qint64> postId)
{
    if (!m_active || postId == m_postId)
        return;
    m_postId = postId;
    m_replying = false;
    if (!postId) {
        m_heartbeat.stop();
        if (auto gone = m_workspace.presence().withdraw(m_person); !gone)
            Q_EMIT failed(gone.error().message);
        return;
    }
    m_heartbeat.start();
    announce();
}

void DeskPresence::setReplying(bool replying)
{
    if (!m_active || replying == m_replying || !m_postId)
        return;
    m_replying = replying;
    announce();
}

void DeskPresence::announce()
{
    if (!m_postId)
        return;
    const qint64 now = m_clock();
    auto said = m_workspace.presence().announce(
        m_person, *m_postId, m_replying ? PresenceActivity::Replying : PresenceActivity::Viewing,
        now, now + m_expirySeconds);
    if (!said && said.error().message != m_lastError) {
        m_lastError = said.error().message;
        Q_EMIT failed(m_lastError);
    } else if (said) {
        m_lastError.clear();
    }
}

void DeskPresence::reread()
{
    auto others = m_workspace.presence().others(m_person, m_clock());
    if (!others) {
        if (others.error().message != m_lastError) {
            m_lastError = others.error().message;
            Q_EMIT failed(m_lastError);
        }
        return;
    }
    QHash<qint64, QList<Presence>> now;
    for (const Presence& presence : std::as_const(*others))
        now[presence.postId].append(presence);
    QList<qint64> changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_others.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = m_others.cbegin(); it != m_others.cend(); ++it) {
        if (!now.contains(it.key()))
            changed.append(it.key());
    }
    m_others = std::move(now);
    if (!changed.isEmpty())
        Q_EMIT othersChanged(changed);
}

QString presenceSummary(const QList<Presence>& others)
{
    QStringList replying;
    QStringList looking;
    for (const Presence& presence : others)
        (presence.activity == PresenceActivity::Replying ? replying : looking)
            .append(presence.person);
    const auto names = [](const QStringList& people) {
        return QLocale().createSeparatedList(people);
    };
    const int more = int(looking.size());
    if (replying.size() == 1)
        return (more > 0 ? DeskPresence::tr("%1 is replying, %n more looking", nullptr, more)
                         : DeskPresence::tr("%1 is replying"))
            .arg(names(replying));
    if (replying.size() > 1)
        return (more > 0 ? DeskPresence::tr("%1 are replying, %n more looking", nullptr, more)
                         : DeskPresence::tr("%1 are replying"))
            .arg(names(replying));
    if (more == 0)
        return {};
    return (more == 1 ? DeskPresence::tr("%1 is looking") : DeskPresence::tr("%1 are looking"))
        .arg(names(looking));
}

} // namespace hearken
