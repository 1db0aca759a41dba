// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/hand_over_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace hearken {

HandOverDialog::HandOverDialog(const QList<Teammate>& teammates, std::optional<qint64> me,
                               QWidget* parent)
    : QDialog(parent)
    , m_people(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Hand over"));
    for (const Teammate& teammate : teammates) {
        if (teammate.id != me)
            m_people->addItem(teammate.name, teammate.id);
    }
    m_note->setPlaceholderText(tr("What they should know: what was tried, what the person "
                                  "asked for, why you hand it over."));
    m_note->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_handOver = buttons->addButton(tr("&Hand over"), QDialogButtonBox::AcceptRole);
    m_handOver->setEnabled(m_people->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&To:"), m_people);
    form->addRow(tr("&Note:"), m_note);
    if (m_people->count() == 0)
        form->addRow(new QLabel(tr("There is nobody else on the team to hand it to yet. A team "
                                   "admin adds people with hearken team add-person."),
                                this));
    form->addRow(buttons);
}

void HandOverDialog::accept()
{
    if (m_people->currentIndex() < 0)
        return;
    Q_EMIT handOverChosen(m_people->currentData().toLongLong(), m_people->currentText(),
                          m_note->toPlainText());
    QDialog::accept();
}

} // namespace hearken
