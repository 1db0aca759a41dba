// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/workspace_option.h"

#include "cli/cli_text.h"
#include "store/workspace_backup.h"
#include "workflow/workspace_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hearken::cli {

QCommandLineOption workspaceOption()
{
    return {{QStringLiteral("w"), QStringLiteral("workspace")},
            QCoreApplication::translate("hearken::cli", "The workspace file to use."),
            QStringLiteral("path")};
}

namespace {

// Where to turn when the workspace is damaged: a copy of its newest good backup.
void tellAboutBackup(const QString& path, CliIo io)
{
    const WorkspaceBackups backups(path);
    const auto good = backups.newestGood();
    if (!good) {
        io.err << CliText::tr("There is no backup of it in %1.")
                      .arg(QDir::toNativeSeparators(backups.folder()))
               << Qt::endl;
        return;
    }
    const QFileInfo original(path);
    const QString copy = QDir::toNativeSeparators(original.dir().filePath(
        original.completeBaseName() + QStringLiteral("-restored.") + original.suffix()));
    io.err << CliText::tr("Its newest good backup, made %1, is %2. To work on a copy of it (the "
                          "damaged file stays as it is):\n  cp \"%2\" \"%3\"\nthen pass "
                          "--workspace \"%3\" to hearken.")
                  .arg(WorkspaceBackups::madeAt(*good).toLocalTime().toString(Qt::ISODate),
                       QDir::toNativeSeparators(*good), copy)
           << Qt::endl;
}

} // namespace

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, CliIo io, OpenMode mode)
{
    const QString path = parser.isSet(QStringLiteral("workspace"))
                             ? parser.value(QStringLiteral("workspace"))
                             : defaultWorkspacePath();
    auto workspace = Workspace::open(path, mode);
    if (!workspace) {
        io.err << workspace.error().message << Qt::endl;
        if (workspace.error().kind == StoreError::Kind::Corrupt)
            tellAboutBackup(path, io);
        return nullptr;
    }
    return std::move(*workspace);
}

void backUpIfDue(Workspace& workspace, CliIo io)
{
    if (!workspace.database().keepsFileBackups())
        return;
    if (auto made = WorkspaceBackups(workspace.database().path())
                        .makeIfDue(QDateTime::currentDateTimeUtc());
        !made)
        io.err
            << CliText::tr("Hearken could not back up the workspace: %1").arg(made.error().message)
            << Qt::endl;
}

std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments, CliIo io)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

} // namespace hearken::cli
