// SPDX-License-Identifier: GPL-3.0-or-later
#include "review_window.h"

#include "inbox/assign_menu.h"
#include "inbox/hand_over_dialog.h"
#include "inbox/triage_command.h"
#include "report/export_file.h"
#include "report/report_builder.h"
#include "report/report_csv.h"
#include "report/report_text.h"
#include "report_pdf.h"
#include "review/elided_label.h"
#include "review_runner.h"
#include "review_sections.h"
#include "review_settings_dialog.h"
#include "shell/flow_layout.h"
#include "shell/info_bar.h"
#include "shell/screen_fit.h"
#include "store/database.h"
#include "store/report_repository.h"
#include "store/workspace.h"
#include "team_section.h"
#include "trend_chart_view.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearken {

namespace {
constexpr int defaultDays = 14;
}

ReviewWindow::ReviewWindow(Workspace& workspace, Clock clock, NetworkNames networks,
                           QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_clock(std::move(clock))
    , m_networks(std::move(networks))
    , m_runner(new ReviewRunner(workspace, this))
    , m_errorBar(new InfoBar(InfoBar::Kind::Error, tr("Dismiss"), this))
{
    setWindowTitle(tr("Review — Hearken"));
    setObjectName(QStringLiteral("review"));
    m_errorBar->hide();
    connect(m_errorBar, &InfoBar::actionTriggered, m_errorBar, &QWidget::hide);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildFilters());
    layout->addWidget(m_errorBar);
    layout->addWidget(buildBody(), 1);

    connect(m_runner, &ReviewRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &ReviewRunner::built, this, &ReviewWindow::showReport);
    connect(m_runner, &ReviewRunner::failed, this, &ReviewWindow::showError);
    connect(m_runner, &ReviewRunner::cancelled, this, [this] { showIdle(tr("Cancelled.")); });
    connect(m_runner, &ReviewRunner::exported, this, [this](qint64 rows, const QString& path) {
        QString wrote =
            tr("Wrote %n items to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path));
        // The team's figures go beside the items, from the figures showing.
        if (m_report && !m_report->people.isEmpty() && path != ExportFile::standardOutput) {
            const QString peoplePath = peopleCsvPath(path);
            if (auto people = savePeopleCsv(m_report->people, peoplePath); !people) {
                showError(people.error() + u' ' + tr("Choose another folder or file name."));
                return;
            }
            wrote += u' ' +
                     tr("The team's figures are in %1.").arg(QDir::toNativeSeparators(peoplePath));
        }
        showIdle(wrote);
        Q_EMIT exportFinished(path);
    });
    connect(m_backlog, &BacklogSection::openItemRequested, this, &ReviewWindow::openItemRequested);
    connect(m_team, &TeamSection::assignRequested, this, &ReviewWindow::assignOpenItems);
    connect(m_team, &TeamSection::handOverRequested, this, &ReviewWindow::handOverOpenItems);

    m_live.setSingleShot(true);
    m_live.setInterval(liveDelayMs);
    connect(&m_live, &QTimer::timeout, this, [this] {
        // A computation under way is not cut short; the next one starts after it.
        if (m_runner->isBusy())
            m_live.start();
        else
            refresh();
    });
    const ChangeNotifier& changes = workspace.changes();
    connect(&changes, &ChangeNotifier::itemsChanged, this, &ReviewWindow::followChanges);
    connect(&changes, &ChangeNotifier::queueReset, this, &ReviewWindow::followChanges);
    connect(&changes, &ChangeNotifier::outboxChanged, this, &ReviewWindow::followChanges);

    // Closes from the keyboard like any document window.
    auto* close = new QAction(tr("Close"), this);
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}) {
        if (!closeKeys.contains(keys))
            closeKeys.append(keys);
    }
    close->setShortcuts(closeKeys);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    loadChoices();
    m_refresh->setFocus();
    // Unreadable settings are said by the first refresh; the computer's zone picks the dates.
    const auto settings = ReportSettings::read(workspace.settings());
    const QTimeZone zone = settings ? settings->zone : QTimeZone::systemTimeZone();
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock(), zone).date();
    setPeriod(today.addDays(1 - defaultDays), today);
    fitToScreen(*this, QSize(1280, 860));
}

ReviewWindow::~ReviewWindow()
{
    // Date edits report "editing finished" when they lose focus while being destroyed.
    for (QDateEdit* edit : {m_from, m_to})
        edit->disconnect(this);
}

QWidget* ReviewWindow::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    auto dateEdit = [bar] {
        auto* edit = new QDateEdit(bar);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    m_from = dateEdit();
    m_to = dateEdit();
    m_account = new QComboBox(bar);
    m_network = new QComboBox(bar);
    m_assignee = new QComboBox(bar);
    for (QComboBox* box : {m_account, m_network, m_assignee})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh = new QPushButton(tr("&Refresh"), bar);
    m_settings = new QPushButton(tr("&Hours and zone…"), bar);
    m_settings->setToolTip(tr("The time zone and business hours the review counts in"));
    m_csv = new QPushButton(tr("Export &CSV…"), bar);
    m_pdf = new QPushButton(tr("Export &PDF…"), bar);
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->hide();
    m_status = new ElidedLabel(Qt::ElideMiddle, bar);

    // The filters wrap onto more rows in a narrow window; a label and its field stay together.
    auto* filters = new FlowLayout;
    filters->setSpacing(12);
    auto labelled = [bar, filters](const QString& text, QWidget* field) {
        auto* pair = new QWidget(bar);
        auto* row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(text, pair);
        label->setBuddy(field);
        field->setParent(pair);
        row->addWidget(label);
        row->addWidget(field);
        filters->addWidget(pair);
    };
    labelled(tr("&From"), m_from);
    labelled(tr("&To"), m_to);
    labelled(tr("&Account"), m_account);
    labelled(tr("&Network"), m_network);
    labelled(tr("Assi&gnee"), m_assignee);
    filters->addWidget(m_refresh);
    rows->addLayout(filters);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_progress);
    actions->addWidget(m_cancel);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_settings);
    actions->addWidget(m_csv);
    actions->addWidget(m_pdf);
    rows->addLayout(actions);

    connect(m_refresh, &QPushButton::clicked, this, &ReviewWindow::refresh);
    connect(m_cancel, &QPushButton::clicked, m_runner, &ReviewRunner::cancel);
    connect(m_csv, &QPushButton::clicked, this, &ReviewWindow::chooseCsvFile);
    connect(m_settings, &QPushButton::clicked, this, &ReviewWindow::editSettings);
    connect(m_pdf, &QPushButton::clicked, this, &ReviewWindow::choosePdfFile);
    for (QComboBox* box : {m_account, m_network, m_assignee})
        connect(box, &QComboBox::activated, this, &ReviewWindow::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &ReviewWindow::refresh);
    return bar;
}

QWidget* ReviewWindow::buildBody()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Figures"));
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->setSpacing(14);
    m_period = new QLabel(page);
    m_period->setWordWrap(true);
    m_headline = new HeadlineSection(page);
    m_backlog = new BacklogSection(page);
    m_record = new RecordSection(page);
    m_team = new TeamSection(page);
    m_replies = new RepliesSection(page);
    auto* charts = new QWidget(page);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    for (TrendMeasure measure : {TrendMeasure::Received, TrendMeasure::MedianFirstResponse,
                                 TrendMeasure::CriticismAnswerRate}) {
        auto* view = new TrendChartView(measure, charts);
        view->setMinimumHeight(260);
        chartRow->addWidget(view);
        m_charts.append(view);
    }
    layout->addWidget(m_period);
    layout->addWidget(m_headline);
    layout->addWidget(charts);
    layout->addWidget(m_backlog);
    layout->addWidget(m_record);
    layout->addWidget(m_team);
    layout->addWidget(m_replies);
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

void ReviewWindow::loadChoices()
{
    m_account->addItem(tr("All accounts"));
    m_network->addItem(tr("All networks"));
    QStringList networks;
    if (auto accounts = m_workspace.accounts().accounts()) {
        for (const Account& account : *accounts) {
            m_account->addItem(account.handle, account.id);
            if (!networks.contains(account.network))
                networks.append(account.network);
        }
    }
    for (const QString& network : networks)
        m_network->addItem(m_networks.label(network), network);
    m_assignee->addItem(tr("Everyone"));
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    if (auto teammates = m_workspace.accounts().teammates()) {
        for (const Teammate& teammate : *teammates)
            m_assignee->addItem(teammate.name, teammate.id);
    }
}

ReportRequest ReviewWindow::request() const
{
    ReportRequest request;
    request.from = m_from->date();
    request.to = std::max(m_from->date(), m_to->date());
    if (m_account->currentData().isValid())
        request.filter.accountIds = {m_account->currentData().toLongLong()};
    if (m_network->currentData().isValid())
        request.filter.networks = {m_network->currentData().toString()};
    if (m_assignee->currentData().isValid())
        request.filter.assigneeIds = {m_assignee->currentData().toLongLong()};
    return request;
}

void ReviewWindow::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReviewWindow::refresh()
{
    showBusy(tr("Computing the figures…"));
    m_runner->build(request(), m_clock());
}

void ReviewWindow::showReport(const Report& report)
{
    m_report = report;
    m_period->setText(
        tr("<b>%1</b> — time zone %2; %3. Compared with the %n days before.", nullptr,
           int(report.request.from.daysTo(report.request.to) + 1))
            .arg(periodText(report.request).toHtmlEscaped(), report.timeZone.toHtmlEscaped(),
                 report.businessHours.isEmpty() ? tr("response times count every hour")
                                                : tr("response times count business hours (%1)")
                                                      .arg(report.businessHours.toHtmlEscaped())));
    m_headline->show(report);
    m_backlog->show(report);
    m_record->show(report);
    m_team->show(report);
    m_replies->show(report);
    for (TrendChartView* chart : std::as_const(m_charts))
        chart->showTrends(report.trends);
    showIdle(QString());
    Q_EMIT reportShown();
}

void ReviewWindow::followChanges()
{
    if (!m_live.isActive())
        m_live.start();
}

void ReviewWindow::allowReassigning(QueueActions& actions, QUndoStack& undo,
                                    std::optional<qint64> me)
{
    m_actions = &actions;
    m_undo = &undo;
    m_me = me;
    m_team->setReassignable(true);
    QAction* undoAction = undo.createUndoAction(this);
    undoAction->setShortcuts(QKeySequence::Undo);
    QAction* redoAction = undo.createRedoAction(this);
    redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addActions({undoAction, redoAction});
}

QList<qint64> ReviewWindow::openItemsOf(const QList<qint64>& assignees)
{
    auto items = ReportRepository(m_workspace.database()).openItemsOf(request().filter, assignees);
    if (!items) {
        showError(items.error().message);
        return {};
    }
    return *items;
}

void ReviewWindow::assignOpenItems(const QList<qint64>& fromAssignees)
{
    const QList<qint64> items = openItemsOf(fromAssignees);
    if (!m_actions || items.isEmpty())
        return;
    auto* menu = new AssignMenu(m_workspace.accounts(), m_me,
                                m_workspace.database().engine() == Engine::Postgresql
                                    ? AssignMenu::Newcomers::ThroughTheAdmin
                                    : AssignMenu::Newcomers::Typed,
                                this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu, &AssignMenu::failed, this, &ReviewWindow::showError);
    connect(menu, &AssignMenu::assigneeChosen, this,
            [this, items](std::optional<qint64> id, const QString& name) {
                showReassigned(m_actions->assign(items, id, name),
                               id ? tr("Assign to %1").arg(name) : tr("Unassign"));
            });
    const QPushButton& button = m_team->assignButton();
    menu->popup(button.mapToGlobal(QPoint(0, button.height())));
}

void ReviewWindow::handOverOpenItems(const QList<qint64>& fromAssignees)
{
    const QList<qint64> items = openItemsOf(fromAssignees);
    if (!m_actions || items.isEmpty())
        return;
    auto teammates = m_workspace.accounts().teammates();
    if (!teammates) {
        showError(teammates.error().message);
        return;
    }
    auto* dialog = new HandOverDialog(*teammates, m_me, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HandOverDialog::handOverChosen, this,
            [this, items](qint64 id, const QString& name, const QString& note) {
                showReassigned(m_actions->handOver(items, id, name, note),
                               tr("Hand over to %1").arg(name));
            });
    dialog->open();
}

void ReviewWindow::showReassigned(const StoreResult<TriageChange>& change, const QString& text)
{
    if (!change) {
        showError(change.error().message);
        return;
    }
    const auto applied = [self = QPointer(this)](const StoreResult<void>& outcome, bool,
                                                 const QList<qint64>&) {
        if (!self)
            return;
        if (!outcome) {
            self->showError(outcome.error().message);
            return;
        }
        self->m_live.stop();
        self->refresh();
    };
    m_undo->push(new TriageCommand(*m_actions, *change, text, applied));
    m_live.stop();
    refresh();
}

void ReviewWindow::showBusy(const QString& what)
{
    m_errorBar->hide();
    m_status->setFullText(what);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
}

void ReviewWindow::showIdle(const QString& status)
{
    m_progress->hide();
    m_cancel->hide();
    m_status->setFullText(status);
}

QString ReviewWindow::statusText() const
{
    return m_status->fullText();
}

void ReviewWindow::showError(const QString& message)
{
    showIdle(QString());
    m_errorBar->setMessage(message);
    m_errorBar->show();
}

void ReviewWindow::exportCsv(const QString& path)
{
    showBusy(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_runner->exportCsv(request(), m_clock(), path);
}

void ReviewWindow::exportPdf(const QString& path)
{
    if (!m_report) {
        showError(tr("There are no figures to export yet: wait until they are computed."));
        return;
    }
    showBusy(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    auto written = writeReportPdf(*m_report, path, tr("Response review"));
    if (!written) {
        showError(written.error() + u' ' + tr("Choose another folder or file name."));
        return;
    }
    showIdle(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT exportFinished(path);
}

void ReviewWindow::editSettings()
{
    auto* dialog = new ReviewSettingsDialog(m_workspace.settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ReviewWindow::refresh);
    dialog->open();
}

QString ReviewWindow::exportFileName(const QString& extension) const
{
    const ReportRequest period = request();
    return QStringLiteral("hearken-review-%1-to-%2.%3")
        .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), extension);
}

void ReviewWindow::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the items of the period"),
        QDir::home().filePath(exportFileName(u"csv"_qs)), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReviewWindow::choosePdfFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"), QDir::home().filePath(exportFileName(u"pdf"_qs)),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace hearken
