// SPDX-License-Identifier: GPL-3.0-or-later
// TEST ONLY: one person's desk on a team workspace, driven line by line by the team tests.
//   team_desk WORKSPACE_URI
// Acts through the classes the window acts through (queue actions, the outbox with its answer
// guard, presence, approvals) as the person the URI connects as. Reads one command a line on
// standard input and answers one line on standard output: "ok ...", or "error <message>".
//   view ID | compose ID | others ID | take ID | done ID | handover ID PERSON NOTE...
//   send ID TEXT... | send-anyway ID TEXT... | revise OUTBOX_ID TEXT...
//   approve OUTBOX_ID | return OUTBOX_ID NOTE... | approval-rule PERSON on|off
#include "store/approval_repository.h"
#include "store/sql.h"
#include "store/team_people.h"
#include "store/workspace.h"
#include "workflow/desk_presence.h"
#include "workflow/queue_actions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

#include <cstdio>
#include <map>
#include <unistd.h>

using namespace hearken;

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

class Desk {
public:
    explicit Desk(Workspace& workspace)
        : m_workspace(workspace)
        , m_person(actingPerson(workspace.database(), QString()))
        , m_actions(workspace.queue(), m_person, now)
        , m_presence(workspace, m_person, now, quickPresence())
        , m_approvals(workspace.database(), workspace.changes())
    {}

    const QString& person() const { return m_person; }

    QString run(const QString& line)
    {
        QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2)
            return QStringLiteral("error unreadable command");
        const QString verb = words.takeFirst();
        const qint64 id = words.takeFirst().toLongLong();
        const QString rest = words.join(QLatin1Char(' '));
        if (verb == u"view")
            return view(id, false);
        if (verb == u"compose")
            return view(id, true);
        if (verb == u"others")
            return others(id);
        if (verb == u"take")
            return answer(m_actions.take({id}, teammate(m_person)));
        if (verb == u"done")
            return answer(m_actions.markDone({id}));
        if (verb == u"handover") {
            const QString to = words.value(0);
            return answer(
                m_actions.handOver({id}, teammate(to), to, words.mid(1).join(QLatin1Char(' '))));
        }
        if (verb == u"send")
            return send(id, rest, false);
        if (verb == u"send-anyway")
            return send(id, rest, true);
        if (verb == u"revise")
            return answer(m_workspace.outbox().edit(id, rest, m_person, now()));
        if (verb == u"approve")
            return answer(m_approvals.approve(id, m_person, now()));
        if (verb == u"return")
            return answer(m_approvals.sendBack(id, rest, m_person, now()));
        if (verb == u"approval-rule")
            return answer(m_approvals.setPersonRule(line.section(QLatin1Char(' '), 1, 1),
                                                    rest == u"on", m_person, now()));
        return QStringLiteral("error unknown command %1").arg(verb);
    }

private:
    static DeskPresence::Timing quickPresence()
    {
        DeskPresence::Timing timing;
        timing.heartbeat = std::chrono::milliseconds(300);
        timing.expirySeconds = 2;
        timing.reread = std::chrono::milliseconds(300);
        return timing;
    }

    template <typename T>
    static QString answer(const StoreResult<T>& result)
    {
        return result ? QStringLiteral("ok") : QStringLiteral("error ") + result.error().message;
    }

    qint64 teammate(const QString& name)
    {
        auto id = m_workspace.accounts().teammate(name);
        return id ? *id : 0;
    }

    QString view(qint64 postId, bool replying)
    {
        m_presence.setItem(postId);
        m_presence.setReplying(replying);
        if (replying)
            m_composing[postId] = now();
        return QStringLiteral("ok");
    }

    QString others(qint64 postId)
    {
        auto others = m_workspace.presence().others(m_person, now());
        if (!others)
            return QStringLiteral("error ") + others.error().message;
        QStringList on;
        for (const Presence& presence : *others)
            if (presence.postId == postId)
                on.append(presence.person + QLatin1Char(':') +
                          (presence.activity == PresenceActivity::Replying ? u"replying"_qs
                                                                           : u"viewing"_qs));
        return QStringLiteral("ok ") + on.join(QLatin1Char(','));
    }

    QString send(qint64 postId, const QString& text, bool anyway)
    {
        auto read =
            sql::exec(m_workspace.database().connection(),
                      QStringLiteral("SELECT account_id FROM queue WHERE post_id = ?"), {postId});
        qint64 account = 0;
        if (read)
            account = sql::firstValue(*read, qint64(0)).value_or(0);
        if (account == 0)
            return QStringLiteral("error no item %1").arg(postId);
        AnswerGuard guard;
        if (const auto began = m_composing.find(postId); began != m_composing.end())
            guard.writtenSince = began->second;
        if (anyway)
            guard.secondAnswerSeenAt = now();
        OutboxDraft draft;
        draft.accountId = account;
        draft.targetPostId = postId;
        draft.text = text;
        draft.actor = m_person;
        auto queued = m_workspace.outbox().enqueue(draft, now(), guard);
        if (!queued)
            return QStringLiteral("error ") + queued.error().message;
        m_presence.setReplying(false);
        m_composing.erase(postId);
        return QStringLiteral("ok %1").arg(queued->id);
    }

    Workspace& m_workspace;
    QString m_person;
    QueueActions m_actions;
    DeskPresence m_presence;
    ApprovalRepository m_approvals;
    std::map<qint64, qint64> m_composing;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    auto workspace = Workspace::open(app.arguments()[1], OpenMode::MustExist);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message));
        return 1;
    }
    Desk desk(**workspace);
    std::printf("ready %s\n", qPrintable(desk.person()));
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char chunk[4096];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got <= 0) {
            app.quit();
            return;
        }
        pending.append(chunk, got);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            const QString reply = desk.run(line).replace(QLatin1Char('\n'), QLatin1Char(' '));
            std::printf("%s\n", qPrintable(reply));
            std::fflush(stdout);
        }
    });
    return app.exec();
}
