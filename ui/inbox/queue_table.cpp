// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/queue_table.h"

#include "inbox/item_roles.h"
#include "inbox/queue_delegates.h"
#include "inbox/queue_model.h"
#include "workflow/time_text.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace hearken {

namespace {
// Marks what saveColumns() wrote, so that an older window's header state is not taken for it.
const QString columnsStateTag = QStringLiteral("hearken-queue-columns-1");
} // namespace

QueueTable::QueueTable(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setSortingEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsClickable(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(40);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int width) {
                // A width the person chose is where the column goes back to when there is room.
                if (!m_fitting && column != int(QueueColumn::Excerpt) && width > 0)
                    m_wanted[column] = width;
            });
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& at) {
                QMenu menu;
                addColumnChoices(menu);
                menu.exec(horizontalHeader()->mapToGlobal(at));
            });
    setItemDelegateForColumn(int(QueueColumn::Tone), new ToneDelegate(this));
    setItemDelegateForColumn(int(QueueColumn::Needs), new FlagChipsDelegate(this));
}

void QueueTable::setQueueModel(QueueModel* model)
{
    setModel(model);
    restoreDefaultColumns();
}

void QueueTable::restoreDefaultColumns()
{
    const auto* model = qobject_cast<const QueueModel*>(this->model());
    if (!model)
        return;
    QHeaderView* header = horizontalHeader();
    const auto fits = [this](const QString& text, int extra) {
        return fontMetrics().horizontalAdvance(text) + extra;
    };
    // The widest label of the networks the queue names.
    int networkWidth = header->minimumSectionSize();
    for (const QString& id : model->networks().ids())
        networkWidth = std::max(networkWidth, fits(model->networks().label(id), 28));
    // The widest age the column says ("59 min", "13 d", "99 wk"), so that none is cut short.
    int ageWidth = 0;
    for (qint64 seconds : {qint64(59 * 60), qint64(13 * 24 * 3600), qint64(99 * 7 * 24 * 3600)})
        ageWidth = std::max(ageWidth, fits(ageText(seconds), 18));
    m_wanted[int(QueueColumn::Network)] = networkWidth;
    m_wanted[int(QueueColumn::Account)] = fits(QStringLiteral("@lumencoff"), 28);
    m_wanted[int(QueueColumn::Author)] = fits(QStringLiteral("Wen Nakamura"), 8);
    m_wanted[int(QueueColumn::Tone)] = fits(QStringLiteral("Criticism \u270E"), 22);
    m_wanted[int(QueueColumn::Needs)] =
        flagChipsWidth(font(), Flags(Flag::Overdue) | Flag::UnansweredCriticism, true);
    m_wanted[int(QueueColumn::Assignee)] = fits(tr("Assignee"), 14);
    m_wanted[int(QueueColumn::Age)] = ageWidth;
    for (int column = 0; column < queueColumnCount; ++column)
        header->setSectionHidden(column, column == int(QueueColumn::Network));
    m_ageWidth = ageWidth;
    header->setSectionResizeMode(int(QueueColumn::Excerpt), QHeaderView::Stretch);
    header->setStretchLastSection(false);
    fitColumns();
}

QByteArray QueueTable::saveColumns() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << columnsStateTag << horizontalHeader()->saveState();
    for (int width : m_wanted)
        out << qint32(width);
    return state;
}

bool QueueTable::restoreColumns(const QByteArray& state)
{
    QDataStream in(state);
    QString tag;
    QByteArray header;
    std::array<int, queueColumnCount> wanted{};
    in >> tag >> header;
    for (int& width : wanted) {
        qint32 read = 0;
        in >> read;
        width = read;
    }
    // The post takes what is left, so it has no width of its own.
    bool sane = true;
    for (int column = 0; column < queueColumnCount; ++column)
        sane = sane && (column == int(QueueColumn::Excerpt) || wanted[column] > 0);
    if (in.status() != QDataStream::Ok || tag != columnsStateTag || !sane ||
        !horizontalHeader()->restoreState(header))
        return false;
    m_wanted = wanted;
    horizontalHeader()->setSectionHidden(int(QueueColumn::Excerpt), false);
    horizontalHeader()->setSectionResizeMode(int(QueueColumn::Excerpt), QHeaderView::Stretch);
    fitColumns();
    return true;
}

void QueueTable::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void QueueTable::fitColumns()
{
    QHeaderView* header = horizontalHeader();
    if (!model() || header->count() != queueColumnCount)
        return;
    // The age stays whole; the others give up width in proportion to what they want.
    const auto yields = [header](int column) {
        return column != int(QueueColumn::Excerpt) && column != int(QueueColumn::Age) &&
               !header->isSectionHidden(column);
    };
    int wanted = 0;
    for (int column = 0; column < queueColumnCount; ++column)
        wanted += yields(column) ? m_wanted[column] : 0;
    // The scroll bar counts as there, so that the columns keep still when it comes and goes.
    const int table =
        maximumViewportSize().width() -
        style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    const int age = header->isSectionHidden(int(QueueColumn::Age)) ? 0 : m_ageWidth;
    const int room = table * 2 / 3 - age;
    const QScopedValueRollback fitting(m_fitting, true);
    if (age > 0)
        header->resizeSection(int(QueueColumn::Age),
                              std::max(m_wanted[int(QueueColumn::Age)], age));
    for (int column = 0; column < queueColumnCount; ++column) {
        if (!yields(column))
            continue;
        const int width = wanted > room ? m_wanted[column] * room / wanted : m_wanted[column];
        header->resizeSection(column, std::max(width, header->minimumSectionSize()));
    }
}

void QueueTable::addColumnChoices(QMenu& menu)
{
    menu.clear();
    QHeaderView* header = horizontalHeader();
    for (int column = 0; model() && column < header->count(); ++column) {
        if (column == int(QueueColumn::Excerpt))
            continue;
        QAction* choice = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        choice->setCheckable(true);
        choice->setChecked(!header->isSectionHidden(column));
        connect(choice, &QAction::toggled, this, [this, header, column](bool shown) {
            if (const QModelIndex current = currentIndex(); !shown && current.column() == column)
                selectionModel()->setCurrentIndex(current.siblingAtColumn(rowColumn),
                                                  QItemSelectionModel::NoUpdate);
            header->setSectionHidden(column, !shown);
            fitColumns();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Restore default columns"), this, &QueueTable::restoreDefaultColumns);
}

void QueueTable::focusRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, rowColumn);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
}

void QueueTable::keyboardSearch(const QString&) {}

} // namespace hearken
