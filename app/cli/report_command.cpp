// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/report_command.h"

#include "cli/cli_text.h"
#include "cli/workspace_option.h"
#include "report/report_builder.h"
#include "report/report_csv.h"
#include "report/report_json.h"
#include "report/report_text.h"
#include "report_pdf.h"
#include "store/database.h"
#include "store/report_repository.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstring>

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

int writeCsv(const ReportRepository& repository, const ReportRequest& request,
             const ReportSettings& settings, qint64 now, const QString& path, CliIo io)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        io.err << CliText::tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return Failure;
    }
    auto rows = TimelineCsv::write(repository, request, settings, now, file);
    if (!rows) {
        file.cancelWriting();
        io.err << CliText::tr("Cannot write %1: %2").arg(path, rows.error()) << Qt::endl;
        return Failure;
    }
    if (!file.commit()) {
        io.err << CliText::tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return Failure;
    }
    io.out << CliText::tr("Wrote %1 items to %2.").arg(*rows).arg(path) << Qt::endl;
    return Success;
}

int writeJson(const Report& report, const QString& path, CliIo io)
{
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(reportToJson(report)).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        io.err << CliText::tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return Failure;
    }
    io.out << CliText::tr("Wrote the report to %1.").arg(path) << Qt::endl;
    return Success;
}

} // namespace

int runReportCommand(const QStringList& arguments, CliIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Write the supervisor's review of a period: every item with its timeline (csv), the "
        "figures and charts (pdf), or all figures (json). Dates are days in the workspace's "
        "time zone, both included."));
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
                      CliText::tr("The file to write."),
                      QStringLiteral("file")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;

    ReportRequest request;
    request.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    request.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from) {
        io.err << CliText::tr(
                      "--from and --to take dates such as 2026-03-01, --to not before --from.")
               << Qt::endl;
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!formats.contains(format)) {
        io.err << CliText::tr("--format takes csv, pdf or json.") << Qt::endl;
        return UsageError;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        io.err << CliText::tr("--output names the file to write.") << Qt::endl;
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
    const ReportSettings settings = ReportSettings::read(workspace->settings());
    if (format == u"csv")
        return writeCsv(repository, request, settings, now, output, io);

    const QString path = workspace->database().path();
    auto report = ReportBuilder(repository, settings, [path] {
                      return Database::open(path, OpenMode::ReadOnly);
                  }).build(request, now);
    if (!report) {
        io.err << report.error().message << Qt::endl;
        return Failure;
    }
    if (format == u"json")
        return writeJson(*report, output, io);
    auto written = writeReportPdf(*report, output, CliText::tr("Response review"));
    if (!written) {
        io.err << written.error() << Qt::endl;
        return Failure;
    }
    io.out << CliText::tr("Wrote the report to %1.").arg(output) << Qt::endl;
    return Success;
}

bool reportDrawsPictures(int argc, char** argv)
{
    bool report = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        report = report || std::strcmp(argv[i], "report") == 0;
        pdf = pdf || std::strcmp(argv[i], "--format=pdf") == 0 ||
              (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc &&
               std::strcmp(argv[i + 1], "pdf") == 0);
    }
    return report && pdf;
}

} // namespace hearken::cli
