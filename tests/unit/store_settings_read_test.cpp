// SPDX-License-Identifier: GPL-3.0-or-later
// Settings that cannot be read are an error to whoever asks, never their defaults.
#include "report/report_builder.h"
#include "store/settings_repository.h"
#include "support/damaged_file.h"
#include "support/workspace_fixture.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

class DamagedSettings : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        {
            auto whole = hearken::testing::openWorkspace(path());
            ASSERT_TRUE(whole);
            hearken::testing::importSample(*whole, 50);
            ASSERT_TRUE(whole->settings().setTimeZone(QStringLiteral("Pacific/Auckland")));
            ASSERT_TRUE(whole->settings().setBusinessHours(QStringLiteral("mon-fri 09:00-17:00")));
            ASSERT_TRUE(whole->settings().setResponseTargets({600, 1200, 1800}));
        }
        hearken::testing::damageRootsOf(path(), table());
        ws = hearken::testing::openWorkspace(path());
        ASSERT_TRUE(ws);
    }

    virtual QString table() const { return QStringLiteral("settings"); }
    QString path() const { return dir.filePath(QStringLiteral("damaged.hearken")); }

    template <typename T>
    void expectDamaged(const StoreResult<T>& read) const
    {
        ASSERT_FALSE(read) << "read a value from a damaged table";
        EXPECT_EQ(read.error().kind, StoreError::Kind::Corrupt)
            << read.error().message.toStdString();
        EXPECT_TRUE(read.error().message.contains(QStringLiteral("is damaged")))
            << read.error().message.toStdString();
    }

    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
};

class DamagedAccounts : public DamagedSettings {
protected:
    QString table() const override { return QStringLiteral("accounts"); }
};

} // namespace

TEST_F(DamagedSettings, EverySettingSaysItCouldNotBeRead)
{
    expectDamaged(ws->settings().responseTargets());
    expectDamaged(ws->settings().likesCountAsThanks());
    expectDamaged(ws->settings().timeZone());
    expectDamaged(ws->settings().businessHours());
}

TEST_F(DamagedSettings, TheReportRefusesRatherThanCountInTheWrongZoneAndHours)
{
    expectDamaged(ReportSettings::read(ws->settings()));
}

TEST_F(DamagedAccounts, ASampleWorkspaceIsNotToldFromARealOne)
{
    expectDamaged(ws->isSample());
}

TEST(WholeSettings, ReadBackWhatWasSavedAndDefaultWhatWasNever)
{
    auto ws = hearken::testing::memoryWorkspace();
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->settings().responseTargets().value().criticism, ResponseTargets{}.criticism);
    EXPECT_TRUE(ws->settings().likesCountAsThanks().value());
    ASSERT_TRUE(ws->settings().setResponseTargets({600, 1200, 1800}));
    ASSERT_TRUE(ws->settings().setLikesCountAsThanks(false));
    const ResponseTargets targets = ws->settings().responseTargets().value();
    EXPECT_EQ(targets.criticism, 600);
    EXPECT_EQ(targets.question, 1200);
    EXPECT_EQ(targets.praise, 1800);
    EXPECT_FALSE(ws->settings().likesCountAsThanks().value());
    EXPECT_FALSE(ws->isSample().value());
}
