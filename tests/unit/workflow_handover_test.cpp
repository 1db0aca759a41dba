// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/postgres_workspace.h"
#include "support/workspace_fixture.h"
#include "workflow/event_text.h"
#include "workflow/queue_actions.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hearken;
using hearken::testing::fixedNow;

namespace {

// Taking an item and handing it over, with undo and redo, on both engines.
class HandoverTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = hearken::testing::workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        hearken::testing::importSample(*ws, 50);
        actions = std::make_unique<QueueActions>(ws->queue(), ana, [] { return fixedNow; });
        auto page = ws->queue().page(QueueQuery({}, fixedNow, {}), std::nullopt, 2);
        ASSERT_TRUE(page && page->size() == 2);
        for (const QueueItem& item : *page)
            ids << item.postId;
        me = ws->accounts().teammate(ana).value();
        ben = ws->accounts().teammate(benName).value();
    }

    std::optional<qint64> assigneeOf(qint64 id)
    {
        return ws->queue().triageStates({id}).value().value(0).assigneeId;
    }
    Event lastEvent(qint64 id) { return ws->posts().events(id).value().last(); }
    QString lastLine(qint64 id) { return describeEvent(lastEvent(id), NetworkNames()); }

    const QString ana = QStringLiteral("Ana Ortiz");
    const QString benName = QStringLiteral("Ben Okafor");
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<QueueActions> actions;
    QList<qint64> ids;
    qint64 me = 0;
    qint64 ben = 0;
};

} // namespace

TEST_P(HandoverTest, TakingSaysWhoseItWasAndUndoGivesItBack)
{
    ASSERT_TRUE(actions->assign({ids[0]}, ben, benName));
    ASSERT_TRUE(actions->assign({ids[1]}, std::nullopt, {}));
    auto taken = actions->take(ids, me);
    ASSERT_TRUE(taken) << taken.error().message.toStdString();
    EXPECT_EQ(assigneeOf(ids[0]), me);
    EXPECT_EQ(assigneeOf(ids[1]), me);
    EXPECT_EQ(lastEvent(ids[0]).kind, u"taken");
    EXPECT_EQ(lastEvent(ids[0]).actor, ana);
    EXPECT_EQ(lastLine(ids[0]), u"Ana Ortiz took it from Ben Okafor");
    EXPECT_EQ(lastLine(ids[1]), u"Ana Ortiz took it");

    ASSERT_TRUE(actions->undo(*taken));
    EXPECT_EQ(assigneeOf(ids[0]), ben);
    EXPECT_EQ(assigneeOf(ids[1]), std::nullopt);
    EXPECT_EQ(lastEvent(ids[0]).kind, u"undo");

    ASSERT_TRUE(actions->redo(*taken));
    EXPECT_EQ(assigneeOf(ids[0]), me);
    EXPECT_EQ(lastLine(ids[0]), u"Ana Ortiz took it from Ben Okafor");
}

TEST_P(HandoverTest, HandingOverAssignsLeavesTheNoteAndUndoTakesBothBack)
{
    ASSERT_TRUE(actions->assign({ids[0]}, std::nullopt, {}));
    QSignalSpy notesChanged(&ws->changes(), &ChangeNotifier::notesChanged);
    const QString note = QStringLiteral("She asked about billing twice; you know her account.");
    auto handed = actions->handOver({ids[0]}, ben, benName, note);
    ASSERT_TRUE(handed) << handed.error().message.toStdString();
    EXPECT_EQ(assigneeOf(ids[0]), ben);
    EXPECT_EQ(lastEvent(ids[0]).kind, u"handed-over");
    EXPECT_EQ(lastEvent(ids[0]).detail, benName + u'\n' + note);
    EXPECT_EQ(lastLine(ids[0]), u"Ana Ortiz handed it over to Ben Okafor: “" + note + u"”");
    const QList<Note> notes = ws->notes().notes(ids[0]).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].author, ana);
    EXPECT_EQ(notes[0].text, note);
    EXPECT_EQ(notesChanged.size(), 1);

    ASSERT_TRUE(actions->undo(*handed));
    EXPECT_EQ(assigneeOf(ids[0]), std::nullopt);
    EXPECT_TRUE(ws->notes().notes(ids[0]).value().isEmpty());

    ASSERT_TRUE(actions->redo(*handed));
    EXPECT_EQ(assigneeOf(ids[0]), ben);
    const QList<Note> back = ws->notes().notes(ids[0]).value();
    ASSERT_EQ(back.size(), 1);
    EXPECT_EQ(back[0].id, notes[0].id);
    EXPECT_EQ(back[0].text, note);
    // And undone again after the redo: the note put back is the one undo removes.
    ASSERT_TRUE(actions->undo(*handed));
    EXPECT_TRUE(ws->notes().notes(ids[0]).value().isEmpty());
}

TEST_P(HandoverTest, AFailedHandOverChangesNothing)
{
    ASSERT_TRUE(actions->assign({ids[0]}, std::nullopt, {}));
    const qsizetype eventsBefore = ws->posts().events(ids[0]).value().size();
    const qint64 nobody = ben + 1000;
    EXPECT_FALSE(actions->handOver({ids[0]}, nobody, QStringLiteral("Nobody"), u"Take it"_qs));
    EXPECT_EQ(assigneeOf(ids[0]), std::nullopt);
    EXPECT_TRUE(ws->notes().notes(ids[0]).value().isEmpty());
    EXPECT_EQ(ws->posts().events(ids[0]).value().size(), eventsBefore);
}

TEST_P(HandoverTest, AHandOverWithoutANoteLeavesNoNote)
{
    auto handed = actions->handOver({ids[1]}, ben, benName, u"  "_qs);
    ASSERT_TRUE(handed);
    EXPECT_TRUE(ws->notes().notes(ids[1]).value().isEmpty());
    EXPECT_EQ(lastLine(ids[1]), u"Ana Ortiz handed it over to Ben Okafor");
}

INSTANTIATE_TEST_SUITE_P(BothEngines, HandoverTest, hearken::testing::bothEngines,
                         hearken::testing::engineName);
