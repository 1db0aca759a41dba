// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/report_command.h"

#include "cli/cli_text.h"
#include "cli/default_period.h"
#include "cli/workspace_option.h"
#include "report/export_file.h"
#include "report/report_builder.h"
#include "report/report_csv.h"
#include "report/report_json.h"
#include "report/report_text.h"
#include "store/database.h"
#include "store/report_repository.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

#include <tuple>
#include <unistd.h>

namespace hearken::cli {

namespace {

const QStringList formats{QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("json")};

// Reads a list of ids from repeated options ("--account 1 --account 2" or "--account 1,2").
std::optional<QList<qint64>> ids(const QStringList& values)
{
    QList<qint64> list;
    for (const QString& value : values) {
        for (const QString& word : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = word.trimmed().toLongLong(&ok);
            if (!ok || id < 0)
                return std::nullopt;
            list.append(id);
        }
    }
    return list;
}

// What a command says once a file is written; nothing when the report went to standard output.
int wrote(const QString& path, const QString& message, CliIo io)
{
    if (path != ExportFile::standardOutput)
        io.out << message << Qt::endl;
    return Success;
}

int failed(const QString& message, CliIo io)
{
    io.err << message << Qt::endl;
    return Failure;
}

// The report's options; the same for running it and for telling whether it draws.
void addReportOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(CliText::tr(
        "Write the supervisor's review of a period: every item with its timeline (csv), the "
        "figures and charts (pdf), or all figures (json). Dates are days in the workspace's "
        "time zone, both included; without them the report covers the last full week, Monday "
        "to Sunday."));
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("from"), CliText::tr("First day of the period (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), CliText::tr("Last day of the period (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("account"), CliText::tr("Only this account (id; repeatable)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("network"), CliText::tr("Only this network (repeatable)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("assignee"),
                      CliText::tr("Only items assigned to this teammate (id, 0 for unassigned; "
                                  "repeatable)."),
                      QStringLiteral("id")});
    parser.addOption(
        {QStringLiteral("format"), CliText::tr("csv, pdf or json."), QStringLiteral("format")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      CliText::tr("The file to write; without it, or with -, standard output."),
                      QStringLiteral("file")});
}

} // namespace

int runReportCommand(const QStringList& arguments, CliIo io, const ReportPdfWriter& writePdf)
{
    QCommandLineParser parser;
    addReportOptions(parser);
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;

    ReportRequest request;
    const bool datesGiven =
        parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"));
    if (datesGiven) {
        request.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        request.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
        if (!request.from.isValid() || !request.to.isValid() || request.to < request.from) {
            io.err << CliText::tr("--from and --to take dates such as 2026-03-01, --to not "
                                  "before --from; leave both out for the last full week.")
                   << Qt::endl;
            return UsageError;
        }
        if (auto period = checkPeriod(request.from, request.to); !period) {
            io.err << period.error() << Qt::endl;
            return UsageError;
        }
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!formats.contains(format)) {
        io.err << CliText::tr("--format takes csv, pdf or json.") << Qt::endl;
        return UsageError;
    }
    const QString output = parser.isSet(QStringLiteral("output"))
                               ? parser.value(QStringLiteral("output"))
                               : ExportFile::standardOutput;
    if (output.isEmpty()) {
        io.err << CliText::tr("--output names the file to write (- for standard output).")
               << Qt::endl;
        return UsageError;
    }
    if (format == u"pdf" && output == ExportFile::standardOutput && isatty(STDOUT_FILENO)) {
        io.err << CliText::tr("A PDF is not for reading in a terminal: name the file to write "
                              "with --output, or redirect standard output.")
               << Qt::endl;
        return UsageError;
    }
    const auto accounts = ids(parser.values(QStringLiteral("account")));
    const auto assignees = ids(parser.values(QStringLiteral("assignee")));
    if (!accounts || !assignees) {
        io.err << CliText::tr("--account and --assignee take ids (numbers).") << Qt::endl;
        return UsageError;
    }
    request.filter.accountIds = *accounts;
    request.filter.assigneeIds = *assignees;
    request.filter.networks = parser.values(QStringLiteral("network"));

    auto workspace = openWorkspace(parser, io, OpenMode::ReadOnly);
    if (!workspace)
        return Failure;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const ReportRepository repository(workspace->database());
    const auto read = ReportSettings::read(workspace->settings());
    if (!read) {
        io.err << read.error().message << Qt::endl;
        return Failure;
    }
    const ReportSettings& settings = *read;
    if (!datesGiven) {
        std::tie(request.from, request.to) = lastFullWeek(now, settings.zone);
        io.err << CliText::tr("Reporting on the last full week, %1 to %2 (%3); --from and --to "
                              "choose another period.")
                      .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate),
                           QString::fromUtf8(settings.zone.id()))
               << Qt::endl;
    }
    if (format == u"csv") {
        auto rows = TimelineCsv::save(repository, request, settings, now, output);
        if (!rows)
            return failed(rows.error(), io);
        return wrote(output, CliText::tr("Wrote %1 items to %2.").arg(*rows).arg(output), io);
    }

    // The second connection opens as this one did, with the password the address gave: the
    // path alone leaves it out.
    auto report =
        ReportBuilder(repository, settings, workspace->database().reopener()).build(request, now);
    if (!report) {
        io.err << report.error().message << Qt::endl;
        return Failure;
    }
    auto written = format == u"json" ? writeReportJson(*report, output)
                                     : writePdf(*report, output, CliText::tr("Response review"));
    if (!written)
        return failed(written.error(), io);
    return wrote(output, CliText::tr("Wrote the report to %1.").arg(output), io);
}

bool reportDrawsPictures(const QStringList& arguments)
{
    QCommandLineParser parser;
    addReportOptions(parser);
    return parser.parse(arguments) && parser.value(QStringLiteral("format")) == u"pdf";
}

} // namespace hearken::cli
