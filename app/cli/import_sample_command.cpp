// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/import_sample_command.h"

#include "cli/cli_text.h"
#include "cli/workspace_option.h"
#include "composition/composition.h"
#include "sample/sample_importer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <unistd.h>

namespace hearken::cli {

namespace {

bool hasRealAccounts(Workspace& workspace)
{
    const auto accounts = workspace.accounts().accounts();
    return accounts && std::any_of(accounts->cbegin(), accounts->cend(),
                                   [](const Account& a) { return !a.isSample; });
}

} // namespace

int runImportSampleCommand(const QStringList& arguments, CliIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Add generated sample items (clearly marked as sample data) to a workspace."));
    parser.addOption(workspaceOption());
    parser.addPositionalArgument(QStringLiteral("count"), CliText::tr("How many items to add."));
    parser.addOption({QStringLiteral("seed"),
                      CliText::tr("Seed for reproducible data (default: random)."),
                      QStringLiteral("number")});
    parser.addOption({QStringLiteral("days"),
                      CliText::tr("How many days back the items reach (default: 365)."),
                      QStringLiteral("days")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;

    const QStringList positional = parser.positionalArguments();
    bool countOk = false;
    const int count = positional.size() == 2 ? positional[1].toInt(&countOk) : 0;
    bool daysOk = true;
    const int days = parser.isSet(QStringLiteral("days"))
                         ? parser.value(QStringLiteral("days")).toInt(&daysOk)
                         : 365;
    if (!countOk || count <= 0 || !daysOk || days <= 0) {
        io.err << CliText::tr(
                      "Usage: hearken import-sample COUNT [--days DAYS] [--seed NUMBER]; COUNT and "
                      "DAYS are positive numbers.")
               << Qt::endl;
        return UsageError;
    }
    auto workspace = openWorkspace(parser, io, OpenMode::CreateIfMissing);
    if (!workspace)
        return Failure;
    backUpIfDue(*workspace, io);
    if (hasRealAccounts(*workspace)) {
        io.err << CliText::tr(
                      "%1 has real accounts; sample data would mix with them. Choose another "
                      "workspace with --workspace.")
                      .arg(workspace->database().path())
               << Qt::endl;
        return Failure;
    }

    sample::ImportOptions options;
    options.networks = shippedProviders().sampleStyles();
    options.count = count;
    options.now = QDateTime::currentSecsSinceEpoch();
    options.span = qint64(days) * 24 * 60 * 60;
    options.seed = parser.isSet(QStringLiteral("seed"))
                       ? parser.value(QStringLiteral("seed")).toUInt()
                       : quint32(QDateTime::currentMSecsSinceEpoch());
    QElapsedTimer timer;
    timer.start();
    // On a terminal the progress line is rewritten in place; in a log each count is a line.
    const bool terminal = isatty(STDERR_FILENO);
    auto written = sample::importSample(*workspace, options, [&](int done, int total) {
        const QString line = CliText::tr("%1 of %2 items").arg(done).arg(total);
        if (terminal)
            io.err << '\r' << line << Qt::flush;
        else
            io.err << line << Qt::endl;
        return true;
    });
    if (terminal)
        io.err << Qt::endl;
    if (!written) {
        io.err << written.error().message << Qt::endl;
        return Failure;
    }
    const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
    io.out << CliText::tr("Added %1 sample items to %2 in %3 s (%4 items/s).")
                  .arg(*written)
                  .arg(workspace->database().path())
                  .arg(seconds, 0, 'f', 1)
                  .arg(qint64(*written / seconds))
           << Qt::endl;
    timer.restart();
    const auto indexed = workspace->searchIndexer().indexAll();
    if (!indexed) {
        io.err << indexed.error().message << Qt::endl;
        return Failure;
    }
    if (*indexed > 0)
        io.out << CliText::tr("Indexed %1 posts for the search in %2 s.")
                      .arg(*indexed)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
               << Qt::endl;
    return Success;
}

} // namespace hearken::cli
