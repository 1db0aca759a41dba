// SPDX-License-Identifier: GPL-3.0-or-later
// The Review's PDF of a team workspace, made by `hearken report --format pdf` as a supervisor
// would, and read back with pdftotext: the team's section names each person with their
// figures, and says what waits on whom.
#include "domain/ingest_batch.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "team_fixture.h"
#include "workflow/queue_actions.h"

#include <QDate>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace hearken;
using namespace hearken::testing;

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;

// An open item of the sample nobody answered or took yet.
struct Waiting {
    qint64 postId = 0;
    qint64 accountId = 0;
    QString network;
    QString remoteId;
    qint64 receivedAt = 0;
};

class TeamReportPdf : public TeamFixture {
protected:
    void SetUp() override
    {
        TeamFixture::SetUp();
        if (HasFatalFailure())
            return;
        admin = sampleTeamWorkspace(60);
        ASSERT_TRUE(admin);
        ana = openWorkspace(addPerson(QStringLiteral("ana"), QStringLiteral("manager")));
        bo = openWorkspace(addPerson(QStringLiteral("bo"), QStringLiteral("manager")));
        sam = addPerson(QStringLiteral("sam"), QStringLiteral("supervisor"));
        ASSERT_TRUE(ana && bo);
    }

    // Items of the sample's last ten days (it ends at fixedNow) that were not answered yet.
    QList<Waiting> waitingItems(int count)
    {
        auto query = sql::exec(
            admin->database().connection(),
            QStringLiteral("SELECT q.post_id, q.account_id, q.network, p.remote_id, q.received_at "
                           "FROM queue q JOIN posts p ON p.id = q.post_id WHERE q.state = 'open' "
                           "AND q.answered_at IS NULL AND q.assignee_id IS NULL AND "
                           "q.received_at BETWEEN ? AND ? ORDER BY q.post_id LIMIT ?"),
            {fixedNow - 10 * 24 * hour, fixedNow - 3 * hour, count});
        EXPECT_TRUE(query);
        QList<Waiting> items;
        while (query && query->next())
            items.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
                          query->value(2).toString(), query->value(3).toString(),
                          query->value(4).toLongLong()});
        EXPECT_EQ(items.size(), count);
        return items;
    }

    // `person` queues a reply to the item on their desk, and the network shows it `after` the
    // item arrived.
    void answers(Workspace& desk, const QString& person, const Waiting& item, qint64 after)
    {
        const auto queued = desk.outbox().enqueue({item.accountId,
                                                   item.postId,
                                                   OutboxKind::Reply,
                                                   QStringLiteral("On it, ") + person,
                                                   {},
                                                   person,
                                                   std::nullopt},
                                                  item.receivedAt + after - minute);
        ASSERT_TRUE(queued) << queued.error().message.toStdString();
        OwnReply own;
        own.post.accountId = item.accountId;
        own.post.network = item.network;
        own.post.remoteId = QStringLiteral("reply-to-") + item.remoteId;
        own.post.kind = PostKind::Own;
        own.post.author.network = item.network;
        own.post.author.remoteId = QStringLiteral("brand");
        own.post.author.handle = QStringLiteral("@brand");
        own.post.text = QStringLiteral("On it, ") + person;
        own.post.replyToRemoteId = item.remoteId;
        own.post.createdAt = item.receivedAt + after;
        IngestBatch batch;
        batch.ownReplies.append(own);
        const auto written = admin->ingest().write(batch);
        ASSERT_TRUE(written) << written.error().message.toStdString();
    }

    static QueueActions actionsOf(Workspace& desk, const QString& person)
    {
        return QueueActions(desk.queue(), person,
                            [] { return QDateTime::currentSecsSinceEpoch(); });
    }

    std::unique_ptr<Workspace> admin;
    std::unique_ptr<Workspace> ana;
    std::unique_ptr<Workspace> bo;
    QString sam;
};

// The text between `from` and the next `to` in `text`; empty when `from` is not there.
QString between(const QString& text, const QString& from, const QString& to)
{
    const qsizetype start = text.indexOf(from);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(to, start + from.size());
    return text.mid(start, end < 0 ? -1 : end - start);
}

bool hasRow(const QString& table, const QString& pattern)
{
    return QRegularExpression(u"^\\s*"_qs + pattern + u"\\s*$"_qs,
                              QRegularExpression::MultilineOption)
        .match(table)
        .hasMatch();
}

TEST_F(TeamReportPdf, TheTeamSectionNamesEachPersonWithTheirFiguresAndWhatWaitsOnWhom)
{
    const QList<Waiting> items = waitingItems(4);
    ASSERT_EQ(items.size(), 4);
    const qint64 anaId = ana->accounts().teammate(QStringLiteral("ana")).value();
    const qint64 boId = bo->accounts().teammate(QStringLiteral("bo")).value();
    QueueActions anas = actionsOf(*ana, QStringLiteral("ana"));
    QueueActions bos = actionsOf(*bo, QStringLiteral("bo"));
    // Ana takes one and answers it after half an hour; Bo answers another after two hours.
    ASSERT_TRUE(anas.take({items[0].postId}, anaId));
    answers(*ana, QStringLiteral("ana"), items[0], 30 * minute);
    ASSERT_TRUE(anas.markDone({items[0].postId}));
    answers(*bo, QStringLiteral("bo"), items[1], 2 * hour);
    ASSERT_TRUE(bos.markDone({items[1].postId}));
    // Ana hands one to Bo and keeps one for herself: one waits on each.
    ASSERT_TRUE(anas.handOver({items[2].postId}, boId, QStringLiteral("bo"),
                              QStringLiteral("You know this one")));
    ASSERT_TRUE(anas.take({items[3].postId}, anaId));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    const QDate sampleEnd = QDateTime::fromSecsSinceEpoch(fixedNow, QTimeZone::utc()).date();
    QProcess report;
    report.start(QStringLiteral(HEARKEN_EXECUTABLE),
                 {QStringLiteral("report"), QStringLiteral("--workspace"), sam,
                  QStringLiteral("--from"), sampleEnd.addDays(-13).toString(Qt::ISODate),
                  QStringLiteral("--to"), sampleEnd.addDays(1).toString(Qt::ISODate),
                  QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
                  pdf});
    ASSERT_TRUE(report.waitForFinished(120'000));
    ASSERT_EQ(report.exitCode(), 0) << report.readAllStandardError().toStdString();
    QProcess toText;
    toText.start(QStringLiteral("pdftotext"),
                 {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(toText.waitForFinished(60'000)) << "pdftotext (poppler-utils) is missing";
    ASSERT_EQ(toText.exitCode(), 0) << toText.readAllStandardError().toStdString();
    const QString text = QString::fromUtf8(toText.readAllStandardOutput());

    const QString people =
        between(text, QStringLiteral("The team"), QStringLiteral("What waits on whom now"));
    ASSERT_FALSE(people.isEmpty()) << text.toStdString();
    EXPECT_TRUE(people.contains(QStringLiteral("Handed over"))) << people.toStdString();
    // Person, answered, first answer median and 90th percentile, thanked, handed over (the
    // narrow space of "2 h" may come out as none).
    EXPECT_TRUE(hasRow(people, u"ana\\s+1\\s+30 min\\s+30 min\\s+0\\s+1"_qs))
        << people.toStdString();
    EXPECT_TRUE(hasRow(people, u"bo\\s+1\\s+2\\s?h\\s+2\\s?h\\s+0\\s+0"_qs))
        << people.toStdString();

    const QString waiting =
        between(text, QStringLiteral("What waits on whom now"), QStringLiteral("Robotic replies"));
    // Waiting on, open items, how long the oldest waits.
    EXPECT_TRUE(hasRow(waiting, u"ana\\s+1\\s+\\d.*"_qs)) << waiting.toStdString();
    EXPECT_TRUE(hasRow(waiting, u"bo\\s+1\\s+\\d.*"_qs)) << waiting.toStdString();
    EXPECT_TRUE(hasRow(waiting, u"Nobody \\(unassigned\\)\\s+\\d+\\s+\\d.*"_qs))
        << waiting.toStdString();
}

} // namespace
