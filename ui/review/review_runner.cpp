// SPDX-License-Identifier: GPL-3.0-or-later
#include "review_runner.h"

#include "report/report_builder.h"
#include "report/report_csv.h"
#include "store/database.h"
#include "store/report_repository.h"
#include "store/workspace.h"

namespace hearken {

ReviewRunner::ReviewRunner(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_thread(workspace, QStringLiteral("hearken-review"))
{}

ReviewRunner::~ReviewRunner()
{
    if (m_cancel)
        *m_cancel = true;
}

// Another connection to the same workspace, for a second thread; none for a workspace in
// memory.
ReportBuilder::OpenConnection ReviewRunner::openConnection() const
{
    return m_thread.reopener();
}

void ReviewRunner::cancel()
{
    if (!m_busy)
        return;
    *m_cancel = true;
    ++m_ticket;
    m_busy = false;
    Q_EMIT cancelled();
}

void ReviewRunner::deliver(quint64 ticket, const std::function<void()>& then)
{
    QMetaObject::invokeMethod(
        this,
        [this, ticket, then] {
            if (ticket == m_ticket)
                then();
        },
        Qt::QueuedConnection);
}

void ReviewRunner::run(Job job)
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_busy = true;
    Q_EMIT started();
    m_thread.post([cancel = m_cancel, job = std::move(job)](const StoreResult<Workspace*>& ws) {
        if (!*cancel)
            job(ws, cancel);
    });
}

void ReviewRunner::fail(quint64 ticket, const QString& message)
{
    deliver(ticket, [this, message] {
        m_busy = false;
        Q_EMIT failed(message);
    });
}

void ReviewRunner::build(const ReportRequest& request, qint64 now)
{
    const quint64 ticket = ++m_ticket;
    run([this, ticket, request, now](const StoreResult<Workspace*>& workspace, const auto& cancel) {
        if (!workspace)
            return fail(ticket, workspace.error().message);
        const ReportRepository repository((*workspace)->database());
        auto settings = ReportSettings::read((*workspace)->settings());
        if (!settings)
            return fail(ticket, settings.error().message);
        const ReportBuilder builder(repository, *settings, openConnection());
        auto report = builder.build(request, now, [&](int percent) {
            deliver(ticket, [this, percent] { Q_EMIT progress(percent); });
            return !*cancel;
        });
        deliver(ticket, [this, report = std::move(report)] {
            m_busy = false;
            if (report)
                Q_EMIT built(*report);
            else if (report.error().message != reportCancelled)
                Q_EMIT failed(report.error().message);
        });
    });
}

void ReviewRunner::exportCsv(const ReportRequest& request, qint64 now, const QString& path)
{
    const quint64 ticket = ++m_ticket;
    run([this, ticket, request, now, path](const StoreResult<Workspace*>& workspace,
                                           const auto& cancel) {
        if (!workspace)
            return fail(ticket, workspace.error().message);
        const ReportRepository repository((*workspace)->database());
        const auto read = ReportSettings::read((*workspace)->settings());
        if (!read)
            return fail(ticket, read.error().message);
        const ReportSettings& settings = *read;
        // Progress in rows against the items of the period, counted cheaply first.
        qint64 total = 0;
        auto counted = repository.scanItems(
            request.filter, periodSpan(request.from, request.to, settings.zone),
            [&total](const ReportItemRow&) { return ++total, true; });
        if (!counted)
            return fail(ticket, counted.error().message);
        auto rows = TimelineCsv::save(repository, request, settings, now, path, [&](qint64 n) {
            if (n % 2000 == 0 && total > 0)
                deliver(ticket,
                        [this, percent = int(n * 100 / total)] { Q_EMIT progress(percent); });
            return !*cancel;
        });
        if (!rows) {
            if (rows.error() != reportCancelled)
                fail(ticket, rows.error());
            return;
        }
        deliver(ticket, [this, rows = *rows, path] {
            m_busy = false;
            Q_EMIT exported(rows, path);
        });
    });
}

} // namespace hearken
