// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/snooze_menu.h"

#include "workflow/time_text.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearken {

namespace {

constexpr int morningHour = 9;

QDateTime atMorning(const QDate& day)
{
    return QDateTime(day, QTime(morningHour, 0));
}

} // namespace

QList<SnoozePreset> snoozePresets(const QDateTime& now)
{
    const QDate today = now.date();
    const int daysToMonday = 8 - today.dayOfWeek();
    auto at = [](const QDateTime& when) { return clockText(when.time()); };
    const QDateTime tomorrow = atMorning(today.addDays(1));
    const QDateTime monday = atMorning(today.addDays(daysToMonday));
    return {{SnoozeMenu::tr("In 1 hour"), now.addSecs(60 * 60)},
            {SnoozeMenu::tr("In 3 hours"), now.addSecs(3 * 60 * 60)},
            {SnoozeMenu::tr("Tomorrow at %1").arg(at(tomorrow)), tomorrow},
            {SnoozeMenu::tr("Next Monday at %1").arg(at(monday)), monday}};
}

SnoozeMenu::SnoozeMenu(std::function<qint64()> clock, QWidget* parent)
    : QMenu(tr("Snooze"), parent)
    , m_clock(std::move(clock))
{
    connect(this, &QMenu::aboutToShow, this, &SnoozeMenu::rebuild);
    rebuild();
}

void SnoozeMenu::rebuild()
{
    clear();
    const QList<SnoozePreset> presets = snoozePresets(QDateTime::fromSecsSinceEpoch(m_clock()));
    for (qsizetype i = 0; i < presets.size(); ++i) {
        const qint64 until = presets[i].until.toSecsSinceEpoch();
        QAction* action = addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(presets[i].label));
        action->setData(until);
        connect(action, &QAction::triggered, this, [this, until] { Q_EMIT snoozeChosen(until); });
    }
    addSeparator();
    addAction(tr("&Pick a date and time…"), this, &SnoozeMenu::pickDateTime);
}

void SnoozeMenu::pickDateTime()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock());
    auto* dialog = new QDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Snooze until"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("The item comes back to the queue at:"), dialog));
    auto* edit = new QDateTimeEdit(atMorning(now.date().addDays(1)), dialog);
    edit->setDisplayFormat(shortDateTimeFormat());
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(now.addSecs(60));
    layout->addWidget(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, edit] { Q_EMIT snoozeChosen(edit->dateTime().toSecsSinceEpoch()); });
    dialog->open();
}

} // namespace hearken
