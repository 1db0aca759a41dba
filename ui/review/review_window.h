// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/network_names.h"
#include "report/report.h"
#include "trend_chart_view.h"
#include "workflow/queue_actions.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QUndoStack;

namespace hearken {

class BacklogSection;
class ElidedLabel;
class HeadlineSection;
class InfoBar;
class QueueActions;
class RecordSection;
class RepliesSection;
class ReviewRunner;
class TeamSection;
class Workspace;

// The supervisor's review of a workspace: the backlog now, the response record of a period
// against the period before, trends as charts, the team's figures and what waits on whom,
// robotic replies and follow-ups; CSV and PDF export. Figures are computed off the window's
// thread, with progress and a cancel button, and again a little after the workspace changed.
class ReviewWindow : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    // `networks` names the networks the filter offers.
    ReviewWindow(Workspace& workspace, Clock clock, NetworkNames networks,
                 QWidget* parent = nullptr);
    ~ReviewWindow() override;

    // The period and filters as chosen, for the report.
    ReportRequest request() const;
    void setPeriod(QDate from, QDate to);
    // Lets the supervisor give the open items of the people chosen under "what waits on whom"
    // to someone else, through `actions` (recorded in their name); `me` comes first in the
    // assign menu. Each reassignment goes on `undo`, the queue's own stack, and this window
    // undoes and redoes from the keyboard too.
    void allowReassigning(QueueActions& actions, QUndoStack& undo, std::optional<qint64> me);
    // Computes the figures again with the chosen period and filters.
    void refresh();
    // Writes the audit CSV (off this thread) or the PDF of the figures showing.
    void exportCsv(const QString& path);
    void exportPdf(const QString& path);

    // The name an export is offered under: the period's dates, so that two exports of
    // different weeks do not overwrite each other. `extension` without the dot.
    QString exportFileName(const QString& extension) const;

    const std::optional<Report>& report() const { return m_report; }
    ReviewRunner& runner() const { return *m_runner; }
    HeadlineSection& headline() const { return *m_headline; }
    BacklogSection& backlog() const { return *m_backlog; }
    RecordSection& record() const { return *m_record; }
    RepliesSection& replies() const { return *m_replies; }
    TeamSection& team() const { return *m_team; }
    InfoBar& errorBar() const { return *m_errorBar; }
    QList<TrendChartView*> charts() const { return m_charts; }
    QString statusText() const;

Q_SIGNALS:
    void openItemRequested(qint64 postId);
    // A report was shown or an export finished (for tests and the status line).
    void reportShown();
    void exportFinished(const QString& path);

private:
    QWidget* buildFilters();
    QWidget* buildBody();
    void loadChoices();
    void showReport(const Report& report);
    void showBusy(const QString& what);
    void showIdle(const QString& status);
    void showError(const QString& message);
    void chooseCsvFile();
    void editSettings();
    void choosePdfFile();
    // The open items waiting on `assignees`, as the filters choose; empty after an error.
    QList<qint64> openItemsOf(const QList<qint64>& assignees);
    void assignOpenItems(const QList<qint64>& fromAssignees);
    void handOverOpenItems(const QList<qint64>& fromAssignees);
    // Puts a reassignment on the undo stack under `text`, or says why it failed.
    void showReassigned(const StoreResult<TriageChange>& change, const QString& text);
    // A change elsewhere: the figures are computed again once it has settled.
    void followChanges();

    // How long the figures wait after a change for more changes before they are computed again.
    static constexpr int liveDelayMs = 3000;

    Workspace& m_workspace;
    Clock m_clock;
    NetworkNames m_networks;
    ReviewRunner* m_runner;
    std::optional<Report> m_report;

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_account = nullptr;
    QComboBox* m_network = nullptr;
    QComboBox* m_assignee = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_settings = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    ElidedLabel* m_status = nullptr;
    InfoBar* m_errorBar = nullptr;
    QLabel* m_period = nullptr;
    HeadlineSection* m_headline = nullptr;
    BacklogSection* m_backlog = nullptr;
    RecordSection* m_record = nullptr;
    RepliesSection* m_replies = nullptr;
    TeamSection* m_team = nullptr;
    QueueActions* m_actions = nullptr;
    QUndoStack* m_undo = nullptr;
    std::optional<qint64> m_me;
    QTimer m_live;
    QList<TrendChartView*> m_charts;
};

} // namespace hearken
