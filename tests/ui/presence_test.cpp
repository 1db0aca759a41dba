// SPDX-License-Identifier: GPL-3.0-or-later
// Two desks on one team workspace on a real PostgreSQL: who is on what in the queue, the
// thread and the composer, and the check just before a second answer goes out.
#include "auth/memory_vault.h"
#include "compose/composer.h"
#include "compose/reply_column.h"
#include "inbox/queue_delegates.h"
#include "inbox/thread_pane.h"
#include "store/sql.h"
#include "support/postgres_cluster.h"
#include "support/wait_for.h"
#include "window_fixture.h"
#include "workflow/time_text.h"

#include <QAccessible>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace hearken::testing {
namespace {

// How long one desk may take to see another's presence without the live listener: its
// timer reads presence again every 5 s.
constexpr int presenceWaitMs = 8000;

// Ana's window (the fixture's) and Bo's, each signed in to the database as themselves.
class PresenceTest : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        environment.vault = &vault;
        QString error;
        cluster = PostgresCluster::start(error);
        ASSERT_TRUE(cluster) << error.toStdString();
        for (const QString& command : {u"CREATE ROLE ana LOGIN"_qs, u"CREATE ROLE bo LOGIN"_qs,
                                       u"CREATE DATABASE brand OWNER ana"_qs})
            ASSERT_TRUE(cluster->run(command, error)) << error.toStdString();
        auto brand = Workspace::open(uriOf(u"ana"_qs), OpenMode::CreateIfMissing);
        ASSERT_TRUE(brand.has_value()) << brand.error().message.toStdString();
        importSample(**brand, 20);
        for (const QString& grant : {u"GRANT ALL ON ALL TABLES IN SCHEMA public TO bo"_qs,
                                     u"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO bo"_qs})
            ASSERT_TRUE(sql::exec((*brand)->database().connection(), grant));

        showWindow();
        // A team workspace opens once its password was looked up (none here).
        window->openWorkspace(uriOf(u"ana"_qs));
        ASSERT_TRUE(spinUntil([this] { return window->inbox() != nullptr; }, 15'000));
        boSettings = std::make_unique<QSettings>(dir.filePath(u"bo.ini"_qs), QSettings::IniFormat);
        GuiEnvironment boEnvironment = environment;
        boEnvironment.settings = boSettings.get();
        boWindow = std::make_unique<MainWindow>(boEnvironment);
        boWindow->show();
        boWindow->openWorkspace(uriOf(u"bo"_qs));
        ASSERT_TRUE(spinUntil([this] { return boWindow->inbox() != nullptr; }, 15'000));
    }

    void TearDown() override
    {
        boWindow.reset();
        WindowTest::TearDown();
    }

    QString uriOf(const QString& person) const { return cluster->uri(u"brand"_qs, person, {}); }

    // Shows the item on Bo's desk.
    void boOpens(qint64 item)
    {
        InboxPage& bo = *boWindow->inbox();
        ASSERT_TRUE(bo.queueModel().load(item));
        bo.table().focusRow(bo.queueModel().rowOf(item));
        ASSERT_TRUE(spinUntil([&] { return bo.replyColumn().composer().item() == item; }, 2000));
    }

    // Ana writes her own words to the current item.
    qint64 anaWrites(const QString& words)
    {
        table().focusRow(0);
        const qint64 item = currentId();
        Composer& composer = inbox().replyColumn().composer();
        composer.setText(composer.text() + words);
        return item;
    }

    // What the presence mark on `window`'s row of `item` says.
    static QString markOn(MainWindow& on, qint64 item)
    {
        InboxPage& page = *on.inbox();
        auto* delegate = qobject_cast<PresenceMarkDelegate*>(
            page.table().itemDelegateForColumn(int(QueueColumn::Excerpt)));
        const int row = page.queueModel().rowOf(item);
        if (!delegate || row < 0)
            return u"(no mark here)"_qs;
        return delegate->markText(page.queueModel().index(row, int(QueueColumn::Excerpt)));
    }

    // Answers the second-answer question with the button labelled `choice` once it shows.
    void answerSecondAnswer(const QString& choice)
    {
        asked = false;
        auto* poll = new QTimer(boWindow.get());
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [this, poll, choice] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"secondAnswer")
                return;
            asked = true;
            shownText = box->text() + u'\n' + box->informativeText();
            for (QAbstractButton* button : box->buttons()) {
                if (button->text().remove(u'&') == choice)
                    button->click();
            }
            poll->deleteLater();
        });
        poll->start();
    }

    QList<Event> historyOf(qint64 item, const QString& kind)
    {
        QList<Event> found;
        const QList<Event> events = workspace().posts().events(item).value();
        for (const Event& event : events)
            if (event.kind == kind)
                found << event;
        return found;
    }

    std::unique_ptr<PostgresCluster> cluster;
    auth::MemoryVault vault;
    std::unique_ptr<QSettings> boSettings;
    std::unique_ptr<MainWindow> boWindow;
    bool asked = false;
    QString shownText;
};

TEST_F(PresenceTest, BoSeesAnaReplyingInTheQueueTheThreadAndTheComposer)
{
    const qint64 item = anaWrites(u" We are looking into it."_qs);
    ASSERT_GT(item, 0);
    boOpens(item);
    Composer& composer = boWindow->inbox()->replyColumn().composer();
    ASSERT_TRUE(
        spinUntil([&] { return !composer.collisionWarning()->isHidden(); }, presenceWaitMs));
    EXPECT_EQ(composer.collisionWarning()->text(),
              u"ana is replying to this since %1. Coordinate before you answer."_qs.arg(
                  clockText(QDateTime::fromSecsSinceEpoch(now).time())));
    EXPECT_EQ(markOn(*boWindow, item), u"ana is replying"_qs);
    EXPECT_TRUE(boWindow->inbox()->threadPane().toPlainText().startsWith(u"ana is replying"_qs))
        << boWindow->inbox()->threadPane().toPlainText().left(80).toStdString();

    ASSERT_TRUE(
        spinUntil([&] { return markOn(*window, item) == u"bo is looking"; }, presenceWaitMs))
        << "Ana sees Bo, and never herself: " << markOn(*window, item).toStdString();
    EXPECT_FALSE(inbox().replyColumn().composer().collisionWarning()->isVisible())
        << "Bo is only looking";
}

TEST_F(PresenceTest, TheQueueRowsPresenceMarkIsSaidToAssistiveTechnology)
{
    const qint64 item = anaWrites(u" We are looking into it."_qs);
    ASSERT_GT(item, 0);
    InboxPage& bo = *boWindow->inbox();
    ASSERT_TRUE(bo.queueModel().load(item));
    ASSERT_TRUE(
        spinUntil([&] { return markOn(*boWindow, item) == u"ana is replying"; }, presenceWaitMs));
    const int row = bo.queueModel().rowOf(item);
    const QModelIndex excerpt = bo.queueModel().index(row, int(QueueColumn::Excerpt));
    EXPECT_EQ(excerpt.data(PresenceRole).toString(), u"ana is replying"_qs);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&bo.table());
    ASSERT_TRUE(accessible && accessible->tableInterface());
    const auto cellName = [&](QueueColumn column) {
        QAccessibleInterface* cell = accessible->tableInterface()->cellAt(row, int(column));
        return cell ? cell->text(QAccessible::Name) : u"(no cell)"_qs;
    };
    EXPECT_EQ(cellName(QueueColumn::Excerpt), excerpt.data().toString() + u". ana is replying"_qs);
    EXPECT_EQ(cellName(QueueColumn::Author),
              bo.queueModel().index(row, int(QueueColumn::Author)).data().toString());

    // Ana moves on to another item: the row says nothing more than its excerpt.
    table().focusRow(1);
    ASSERT_TRUE(spinUntil([&] { return markOn(*boWindow, item).isEmpty(); }, presenceWaitMs));
    EXPECT_EQ(cellName(QueueColumn::Excerpt), excerpt.data().toString());
}

TEST_F(PresenceTest, AReplyQueuedWhileBoWroteIsShownAndSendingHisIsAConsciousChoice)
{
    table().focusRow(0);
    const qint64 item = currentId();
    boOpens(item);
    Composer& bo = boWindow->inbox()->replyColumn().composer();
    bo.setText(bo.text() + u" Sorry about that, we will fix it."_qs);

    Composer& ana = inbox().replyColumn().composer();
    ana.setText(ana.text() + u" Fixed in today's update."_qs);
    ASSERT_TRUE(ana.send(false));

    answerSecondAnswer(u"Don't send"_qs);
    EXPECT_FALSE(bo.send(false));
    EXPECT_TRUE(asked);
    EXPECT_TRUE(shownText.contains(u"ana replied to this item at"_qs)) << shownText.toStdString();
    EXPECT_TRUE(shownText.contains(u"Fixed in today's update."_qs)) << shownText.toStdString();
    EXPECT_TRUE(bo.text().contains(u"Sorry about that"_qs)) << "the draft stays";
    EXPECT_EQ(workspace().outbox().entriesFor(item).value().size(), 1) << "nothing more queued";
    EXPECT_TRUE(historyOf(item, u"second-answer"_qs).isEmpty());

    answerSecondAnswer(u"Send mine too"_qs);
    EXPECT_TRUE(bo.send(false));
    EXPECT_TRUE(asked);
    const QList<OutboxEntry> entries = workspace().outbox().entriesFor(item).value();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[1].actor, u"bo"_qs);
    const QList<Event> second = historyOf(item, u"second-answer"_qs);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0].actor, u"bo"_qs);
    EXPECT_TRUE(second[0].detail.contains(u"Fixed in today's update."_qs));
}

} // namespace
} // namespace hearken::testing
