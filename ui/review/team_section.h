// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hearken {

// The team: each person's figures in the period, and what waits on whom now, from which a
// supervisor gives the open items of the selected rows to someone else.
class TeamSection : public QWidget {
    Q_OBJECT
public:
    explicit TeamSection(QWidget* parent = nullptr);
    void show(const Report& report);
    // Whether the reassign buttons are offered: only where this desk may act on items.
    void setReassignable(bool reassignable);

    QTableWidget& people() const { return *m_people; }
    QTableWidget& waiting() const { return *m_waiting; }
    QPushButton& assignButton() const { return *m_assign; }
    QPushButton& handOverButton() const { return *m_handOver; }
    // The assignees (0: nobody) of the selected rows of what waits on whom.
    QList<qint64> selectedAssignees() const;

Q_SIGNALS:
    void assignRequested(const QList<qint64>& fromAssignees);
    void handOverRequested(const QList<qint64>& fromAssignees);

private:
    void updateButtons();

    QTableWidget* m_people;
    QLabel* m_nobody;
    QTableWidget* m_waiting;
    QPushButton* m_assign;
    QPushButton* m_handOver;
    QList<qint64> m_assignees;
    bool m_reassignable = false;
};

} // namespace hearken
