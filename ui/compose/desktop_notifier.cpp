// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/desktop_notifier.h"

#include "store/workspace.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace hearken {

namespace {

// How much of the post a notification shows.
constexpr qsizetype excerptLength = 140;
// More new items than this at once (a first sync) make one summary, not a flood.
constexpr qsizetype mostSeparately = 3;

QString settingKey(DesktopNotifier::Kind kind)
{
    return kind == DesktopNotifier::Kind::Criticism ? u"notify/criticism"_qs
                                                    : u"notify/question"_qs;
}

} // namespace

DesktopNotifier::DesktopNotifier(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(&workspace.changes(), &ChangeNotifier::itemsArrived, this,
            &DesktopNotifier::itemsArrived);
}

bool DesktopNotifier::isEnabled(Kind kind) const
{
    return m_workspace.settings().value(settingKey(kind)).value_or(QString()) == u"1";
}

void DesktopNotifier::setEnabled(Kind kind, bool enabled)
{
    if (auto set = m_workspace.settings().setValue(settingKey(kind), enabled ? u"1"_qs : u"0"_qs);
        !set)
        Q_EMIT failed(set.error().message);
}

void DesktopNotifier::itemsArrived(const QList<qint64>& postIds)
{
    const bool criticism = isEnabled(Kind::Criticism);
    const bool questions = isEnabled(Kind::Question);
    if (!criticism && !questions)
        return;
    auto states = m_workspace.queue().triageStates(postIds);
    if (!states) {
        Q_EMIT failed(states.error().message);
        return;
    }
    QList<std::pair<qint64, QString>> wanted;
    for (const TriageState& s : std::as_const(*states)) {
        if (criticism && s.tone == Tone::Criticism)
            wanted.append({s.postId, tr("New criticism")});
        else if (questions && s.isQuestion)
            wanted.append({s.postId, tr("New question")});
    }
    if (wanted.size() > mostSeparately) {
        show(wanted.first().first, tr("%1 items need an answer").arg(wanted.size()),
             tr("New criticism and questions arrived."));
        return;
    }
    for (const auto& [postId, title] : std::as_const(wanted)) {
        auto post = m_workspace.posts().post(postId);
        if (!post) {
            Q_EMIT failed(post.error().message);
            continue;
        }
        const QString who =
            post->author.displayName.isEmpty() ? post->author.handle : post->author.displayName;
        QString excerpt = post->text.simplified();
        if (excerpt.size() > excerptLength)
            excerpt = excerpt.left(excerptLength - 1) + u'…';
        show(postId, title + u" — "_qs + who, excerpt);
    }
}

void DesktopNotifier::show(qint64 postId, const QString& title, const QString& excerpt)
{
    m_lastShown = postId;
    Q_EMIT notified(postId, title, excerpt);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastShown)
                Q_EMIT openItemRequested(*m_lastShown);
        });
        m_tray->show();
    }
    m_tray->showMessage(title, excerpt, QSystemTrayIcon::Information);
}

} // namespace hearken
