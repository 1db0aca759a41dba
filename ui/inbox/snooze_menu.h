// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMenu>
#include <QString>

#include <functional>

namespace hearken {

struct SnoozePreset {
    QString label;
    QDateTime until;
};

// In 1 hour, in 3 hours, tomorrow at 9:00, next Monday at 9:00 (a week on when it is Monday).
QList<SnoozePreset> snoozePresets(const QDateTime& now);

// The snooze choices, each with a digit to pick it by keyboard, and "Pick a date and time…".
class SnoozeMenu : public QMenu {
    Q_OBJECT
public:
    SnoozeMenu(std::function<qint64()> clock, QWidget* parent = nullptr);

Q_SIGNALS:
    void snoozeChosen(qint64 until);

private:
    void rebuild();
    void pickDateTime();

    std::function<qint64()> m_clock;
};

} // namespace hearken
