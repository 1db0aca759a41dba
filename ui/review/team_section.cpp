// SPDX-License-Identifier: GPL-3.0-or-later
#include "team_section.h"

#include "report/report_text.h"
#include "review_tables.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace hearken {

TeamSection::TeamSection(QWidget* parent)
    : QWidget(parent)
    , m_people(makeTable(peopleTable({}).columns, this))
    , m_nobody(emptyNote(tr("Nobody answered, thanked or handed over an item of this period "
                            "from Hearken."),
                         this))
    , m_waiting(makeTable(waitingTable({}, 0).columns, this))
    , m_assign(new QPushButton(tr("&Assign their open items…"), this))
    , m_handOver(new QPushButton(tr("Hand &over their open items…"), this))
{
    // Rows of what waits on whom are chosen to give their items to someone else.
    m_waiting->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waiting->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_waiting->setFocusPolicy(Qt::StrongFocus);
    m_waiting->setAccessibleName(tr("What waits on whom"));
    connect(m_waiting, &QTableWidget::itemSelectionChanged, this, &TeamSection::updateButtons);
    connect(m_assign, &QPushButton::clicked, this,
            [this] { Q_EMIT assignRequested(selectedAssignees()); });
    connect(m_handOver, &QPushButton::clicked, this,
            [this] { Q_EMIT handOverRequested(selectedAssignees()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_handOver);
    buttons->addStretch(1);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("The team in this period"), this), 0, 0);
    layout->addWidget(m_people, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_nobody, 1, 0, Qt::AlignTop);
    layout->addWidget(heading(tr("What waits on whom now"), this), 0, 1);
    layout->addWidget(m_waiting, 1, 1, Qt::AlignLeft | Qt::AlignTop);
    layout->addLayout(buttons, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    setReassignable(false);
}

void TeamSection::show(const Report& report)
{
    const QList<qint64> kept = selectedAssignees();
    const TextTable people = peopleTable(report.people);
    fill(*m_people, people.rows);
    m_people->setVisible(!people.rows.isEmpty());
    m_nobody->setVisible(people.rows.isEmpty());
    fill(*m_waiting, waitingTable(report.waitingOn, report.generatedAt).rows);
    m_assignees.clear();
    for (const WaitingOn& on : report.waitingOn)
        m_assignees.append(on.teammateId);
    // A live refresh keeps what the supervisor chose.
    for (int row = 0; row < m_assignees.size(); ++row) {
        if (kept.contains(m_assignees[row]))
            m_waiting->selectionModel()->select(m_waiting->model()->index(row, 0),
                                                QItemSelectionModel::Select |
                                                    QItemSelectionModel::Rows);
    }
    updateButtons();
}

void TeamSection::setReassignable(bool reassignable)
{
    m_reassignable = reassignable;
    m_assign->setVisible(reassignable);
    m_handOver->setVisible(reassignable);
    updateButtons();
}

QList<qint64> TeamSection::selectedAssignees() const
{
    QList<qint64> chosen;
    for (const QModelIndex& row : m_waiting->selectionModel()->selectedRows()) {
        if (row.row() < m_assignees.size())
            chosen.append(m_assignees[row.row()]);
    }
    return chosen;
}

void TeamSection::updateButtons()
{
    const bool chosen = m_reassignable && !selectedAssignees().isEmpty();
    m_assign->setEnabled(chosen);
    m_handOver->setEnabled(chosen);
}

} // namespace hearken
