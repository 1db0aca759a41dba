// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/workspace_option.h"

#include "workflow/workspace_paths.h"

#include <QCoreApplication>

namespace hearken::cli {

QCommandLineOption workspaceOption()
{
    return {{QStringLiteral("w"), QStringLiteral("workspace")},
            QCoreApplication::translate("hearken::cli", "The workspace file to use."),
            QStringLiteral("path")};
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, CliIo io, OpenMode mode)
{
    const QString path = parser.isSet(QStringLiteral("workspace"))
                             ? parser.value(QStringLiteral("workspace"))
                             : defaultWorkspacePath();
    auto workspace = Workspace::open(path, mode);
    if (!workspace) {
        io.err << workspace.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(*workspace);
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
