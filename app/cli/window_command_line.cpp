// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/window_command_line.h"

#include "cli/cli_text.h"
#include "cli/toolkit_options.h"
#include "cli/verbs.h"
#include "cli/workspace_option.h"

namespace hearken::cli {

namespace {

const QString sampleOption = QStringLiteral("sample");
const QString workspaceName = QStringLiteral("workspace");
const QString versionOption = QStringLiteral("version");
const QString helpAllOption = QStringLiteral("help-all");

} // namespace

WindowCommandLine::WindowCommandLine(const QStringList& arguments)
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("main", "A social inbox for community managers.") + u'\n' +
        commandSummary() + u'\n' +
        CliText::tr("Qt's standard options are understood too: %1.").arg(toolkitOptionNames()));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(workspaceOption());
    m_parser.addOption({sampleOption, QCoreApplication::translate(
                                          "main", "Open the sample workspace, creating it on "
                                                  "first use.")});
    if (!m_parser.parse(withoutToolkitOptions(arguments))) {
        m_mistake = m_parser.errorText();
        return;
    }
    m_answersItself = m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(helpAllOption) ||
                      m_parser.isSet(versionOption);
    if (m_parser.isSet(sampleOption) && m_parser.isSet(workspaceName))
        m_mistake = CliText::tr("--sample opens the sample workspace, not the one --workspace "
                                "names: give one of them.");
}

WindowRequest WindowCommandLine::request() const
{
    return {m_parser.value(workspaceName), m_parser.isSet(sampleOption)};
}

int WindowCommandLine::answer(CliIo io) const
{
    if (!m_mistake.isEmpty()) {
        io.err << m_mistake << Qt::endl;
        return UsageError;
    }
    if (m_parser.isSet(versionOption)) {
        io.out << QCoreApplication::applicationName() << u' '
               << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    io.out << m_parser.helpText();
    return Success;
}

} // namespace hearken::cli
