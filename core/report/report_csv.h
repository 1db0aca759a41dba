// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>
#include <QStringList>

#include <tl/expected.hpp>

#include <functional>

class QIODevice;

namespace hearken {

class ReportRepository;
struct ReportSettings;

// The audit export: one row per item received in the period, with its timeline (arrival,
// first reply, thanks, done, dismissed, reopened, every recorded event), times in ISO 8601
// in the workspace's time zone.
class TimelineCsv {
public:
    // Rows written so far; return false to cancel.
    using Progress = std::function<bool(qint64 rows)>;

    static QStringList columns();

    // Writes the header and the rows; returns the rows written, or what went wrong.
    static tl::expected<qint64, QString> write(const ReportRepository& repository,
                                               const ReportRequest& request,
                                               const ReportSettings& settings, qint64 now,
                                               QIODevice& out, const Progress& progress = {});
    // The same into the file at `path` (see ExportFile): complete, or the old file untouched
    // and the cause said. Cancelled, it fails with `reportCancelled`.
    static tl::expected<qint64, QString> save(const ReportRepository& repository,
                                              const ReportRequest& request,
                                              const ReportSettings& settings, qint64 now,
                                              const QString& path, const Progress& progress = {});
};

// The team's table beside the audit export: one row per person with the period's figures
// (times in seconds), written into the file at `path` as TimelineCsv::save writes.
tl::expected<void, QString> savePeopleCsv(const QList<PersonRecord>& people, const QString& path);
// Where savePeopleCsv writes beside the audit export at `path`: "review.csv" →
// "review-people.csv".
QString peopleCsvPath(const QString& path);

// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). Fields that
// start like a formula (=, +, -, @, a tab or a carriage return, as OWASP lists them) get a
// leading apostrophe, so that a spreadsheet shows them as text.
QString csvField(const QString& value);
// A handle for a handle column: "@name" and "@name@server" hold only letters, digits, "_",
// "." and "-", which no spreadsheet can evaluate into a call, so they are written as they are;
// anything else in the column is guarded as csvField does.
QString csvHandleField(const QString& handle);

} // namespace hearken
