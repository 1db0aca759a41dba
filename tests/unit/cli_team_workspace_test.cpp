// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on a team workspace in PostgreSQL: the same verbs as on a file.
#include "support/cli_run.h"
#include "support/postgres_environment.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

using hearken::testing::CommandRun;
using hearken::testing::runHearken;

TEST(CliOnPostgresql, ImportsAndListsWithoutTakingTheUriForAFileToBackUp)
{
    const QString uri = hearken::testing::postgresEnvironment().freshWorkspaceDatabase();
    ASSERT_FALSE(uri.isEmpty());
    QTemporaryDir here;
    const QString previous = QDir::currentPath();
    QDir::setCurrent(here.path());

    const CommandRun imported =
        runHearken({QStringLiteral("import-sample"), QStringLiteral("40"), QStringLiteral("--seed"),
                    QStringLiteral("3"), QStringLiteral("--workspace"), uri});
    const CommandRun listed =
        runHearken({QStringLiteral("queue"), QStringLiteral("--limit"), QStringLiteral("0"),
                    QStringLiteral("--state"), QStringLiteral("all"), QStringLiteral("--json"),
                    QStringLiteral("--workspace"), uri});
    const QStringList leftHere =
        QDir(here.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QDir::setCurrent(previous);

    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    // A team's database is backed up with pg_dump, not copied aside as a file.
    EXPECT_FALSE(imported.err.contains(u"back up")) << imported.err.toStdString();
    EXPECT_TRUE(leftHere.isEmpty()) << leftHere.join(u", "_qs).toStdString();
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.out.count(u'\n'), 40);
}

} // namespace
