// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/business_hours.h"
#include "report/report.h"
#include "store/store_error.h"

#include <QTimeZone>

#include <functional>
#include <memory>

namespace hearken {

class Database;
class ReportRepository;
class SettingsRepository;

// The workspace settings a report is computed with.
struct ReportSettings {
    QTimeZone zone = QTimeZone::systemTimeZone();
    WeeklyHours hours;
    ResponseTargets targets;

    // A zone this computer does not know or hours that do not parse fall back to the
    // defaults (the computer's zone, no business hours); a failed read is an error.
    static StoreResult<ReportSettings> read(const SettingsRepository& settings);
};

// The instants a period of whole local days covers: from the start of `from` to the start of
// the day after `to`.
TimeSpan periodSpan(QDate from, QDate to, const QTimeZone& zone);
// The period of equal length just before.
std::pair<QDate, QDate> previousPeriod(QDate from, QDate to);

// Why a report or an export did not finish.
inline const QString reportCancelled = QStringLiteral("cancelled");

// Computes a supervisor's report: backlog, response record of the period and the one before,
// trends, repeated replies and follow-ups.
class ReportBuilder {
public:
    // Share done so far, 0..100; return false to cancel (the build then fails with the
    // message `reportCancelled`).
    using Progress = std::function<bool(int percent)>;
    // Opens another connection to the same workspace, for reading part of the report in a
    // second thread; called in that thread. Without one everything runs on the caller's.
    using OpenConnection = std::function<StoreResult<std::unique_ptr<Database>>()>;

    ReportBuilder(const ReportRepository& repository, ReportSettings settings,
                  OpenConnection openConnection = {});

    StoreResult<Report> build(const ReportRequest& request, qint64 now,
                              const Progress& progress = {}) const;

    // How many waiting items the backlog lists.
    static constexpr int oldestListed = 20;
    // How many repeated replies the report names.
    static constexpr int repeatedListed = 10;

private:
    const ReportRepository& m_repository;
    ReportSettings m_settings;
    OpenConnection m_openConnection;
};

} // namespace hearken
