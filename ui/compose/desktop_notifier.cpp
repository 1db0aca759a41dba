// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/desktop_notifier.h"

#include "store/database.h"
#include "store/workspace.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>

namespace hearken {

namespace {

// How much of the post or the note a notification shows.
constexpr qsizetype excerptLength = 140;
// More notices than this at once (a first sync) make one summary, not a flood.
constexpr qsizetype mostSeparately = 3;

QString settingKey(DesktopNotifier::Kind kind)
{
    switch (kind) {
    case DesktopNotifier::Kind::Criticism:
        return u"notify/criticism"_qs;
    case DesktopNotifier::Kind::Question:
        return u"notify/question"_qs;
    case DesktopNotifier::Kind::AssignedToMe:
        return u"notify/assigned-to-me"_qs;
    case DesktopNotifier::Kind::SentBackToMe:
        return u"notify/sent-back-to-me"_qs;
    case DesktopNotifier::Kind::WaitingForMyApproval:
        return u"notify/waiting-for-my-approval"_qs;
    }
    return {};
}

bool isAboutTheTeam(DesktopNotifier::Kind kind)
{
    return kind != DesktopNotifier::Kind::Criticism && kind != DesktopNotifier::Kind::Question;
}

QString shortened(const QString& text)
{
    QString excerpt = text.simplified();
    if (excerpt.size() > excerptLength)
        excerpt = excerpt.left(excerptLength - 1) + u'…';
    return excerpt;
}

} // namespace

DesktopNotifier::DesktopNotifier(Workspace& workspace, const QString& me, QSettings* desk,
                                 QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_me(me)
    , m_desk(desk)
{
    for (Kind kind : {Kind::Criticism, Kind::Question, Kind::AssignedToMe, Kind::SentBackToMe,
                      Kind::WaitingForMyApproval}) {
        if (m_desk && m_desk->contains(settingKey(kind)))
            m_personalChoices.insert(int(kind), m_desk->value(settingKey(kind)).toBool());
    }
    connect(&workspace.changes(), &ChangeNotifier::itemsArrived, this,
            &DesktopNotifier::itemsArrived);
    if (workspace.database().engine() != Engine::Postgresql)
        return;
    m_feed.emplace(workspace.database().connection(), me);
    if (auto newest = m_feed->newestId())
        m_lastSeen = *newest;
    connect(&workspace.changes(), &ChangeNotifier::itemsChanged, this,
            &DesktopNotifier::itemsChanged);
}

bool DesktopNotifier::isEnabled(Kind kind) const
{
    if (isTeam())
        return m_personalChoices.value(int(kind), isAboutTheTeam(kind));
    return !isAboutTheTeam(kind) &&
           m_workspace.settings().value(settingKey(kind)).value_or(QString()) == u"1";
}

void DesktopNotifier::setEnabled(Kind kind, bool enabled)
{
    if (isTeam() || isAboutTheTeam(kind)) {
        m_personalChoices.insert(int(kind), enabled);
        if (m_desk)
            m_desk->setValue(settingKey(kind), enabled);
        return;
    }
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
    QList<Notice> notices;
    for (const TriageState& s : std::as_const(*states)) {
        QString title;
        if (criticism && s.tone == Tone::Criticism)
            title = tr("New criticism");
        else if (questions && s.isQuestion)
            title = tr("New question");
        else
            continue;
        auto post = m_workspace.posts().post(s.postId);
        if (!post) {
            Q_EMIT failed(post.error().message);
            continue;
        }
        const QString who =
            post->author.displayName.isEmpty() ? post->author.handle : post->author.displayName;
        notices.append({s.postId, title + u" — "_qs + who, shortened(post->text)});
    }
    showAll(notices, tr("%1 items need an answer").arg(notices.size()),
            tr("New criticism and questions arrived."));
}

void DesktopNotifier::itemsChanged(const QList<qint64>& postIds)
{
    if (!isEnabled(Kind::AssignedToMe) && !isEnabled(Kind::SentBackToMe) &&
        !isEnabled(Kind::WaitingForMyApproval))
        return;
    if (!m_lastSeen) {
        // The history could not be read when the desk opened: start looking from now.
        auto newest = m_feed->newestId();
        if (!newest) {
            Q_EMIT failed(newest.error().message);
            return;
        }
        m_lastSeen = *newest;
        return;
    }
    auto events = m_feed->since(postIds, *m_lastSeen);
    if (!events) {
        Q_EMIT failed(events.error().message);
        return;
    }
    QList<Notice> notices;
    for (const Event& event : std::as_const(*events)) {
        m_lastSeen = std::max(*m_lastSeen, event.id);
        if (auto notice = noticeOf(event))
            notices.append(*notice);
    }
    showAll(notices, tr("%1 items need you").arg(notices.size()),
            tr("Your teammates assigned items to you or need your answer."));
}

std::optional<DesktopNotifier::Notice> DesktopNotifier::noticeOf(const Event& event)
{
    const QString& who = event.actor;
    if (event.kind == u"assigned" && event.detail == m_me && isEnabled(Kind::AssignedToMe))
        return Notice{event.postId, tr("%1 assigned an item to you").arg(who),
                      postExcerpt(event.postId)};
    if (event.kind == u"handed-over" && event.detail.section(u'\n', 0, 0) == m_me &&
        isEnabled(Kind::AssignedToMe)) {
        const QString note = event.detail.section(u'\n', 1);
        return Notice{event.postId, tr("%1 handed an item over to you").arg(who),
                      note.isEmpty() ? postExcerpt(event.postId) : shortened(note)};
    }
    if (event.kind == u"approval-returned" && isEnabled(Kind::SentBackToMe)) {
        auto mine = m_feed->askedForApprovalLast(event.postId);
        if (!mine)
            Q_EMIT failed(mine.error().message);
        if (mine.value_or(false))
            return Notice{event.postId, tr("%1 sent your reply back").arg(who),
                          event.detail.isEmpty() ? postExcerpt(event.postId)
                                                 : shortened(event.detail)};
    }
    if (event.kind == u"approval-requested" && isEnabled(Kind::WaitingForMyApproval)) {
        if (!m_supervisor) {
            auto supervisor = m_feed->isSupervisor();
            if (!supervisor) {
                Q_EMIT failed(supervisor.error().message);
                return std::nullopt;
            }
            m_supervisor = *supervisor;
        }
        if (*m_supervisor)
            return Notice{event.postId, tr("A reply by %1 waits for your approval").arg(who),
                          postExcerpt(event.postId)};
    }
    return std::nullopt;
}

QString DesktopNotifier::postExcerpt(qint64 postId)
{
    auto post = m_workspace.posts().post(postId);
    if (!post) {
        Q_EMIT failed(post.error().message);
        return {};
    }
    return shortened(post->text);
}

void DesktopNotifier::showAll(const QList<Notice>& notices, const QString& summaryTitle,
                              const QString& summaryText)
{
    if (notices.size() > mostSeparately) {
        show(notices.first().postId, summaryTitle, summaryText);
        return;
    }
    for (const Notice& notice : notices)
        show(notice.postId, notice.title, notice.excerpt);
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
