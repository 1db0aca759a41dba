// SPDX-License-Identifier: GPL-3.0-or-later
#include "review_settings_dialog.h"

#include "report/business_hours.h"
#include "store/settings_repository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace hearken {

ReviewSettingsDialog::ReviewSettingsDialog(SettingsRepository& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_zone(new QComboBox(this))
    , m_hours(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Time zone and business hours"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    const auto current = settings.timeZone();
    const auto hours = settings.businessHours();
    m_zone->setCurrentText(current && !current->isEmpty()
                               ? *current
                               : QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_hours->setText(hours.value_or(QString()));
    m_hours->setPlaceholderText(tr("mon-fri 09:00-17:00"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Time zone:"), m_zone);
    form->addRow(tr("&Business hours:"), m_hours);
    auto* help = new QLabel(
        tr("Days and hours the team answers in, such as “mon-fri 09:00-17:00; sat 10:00-14:00”. "
           "Leave empty to count every hour. Response times in the review count only business "
           "hours."),
        this);
    help->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Saving what could not be read would overwrite the team's settings with blanks.
    const StoreError* unread = !current ? &current.error() : !hours ? &hours.error() : nullptr;
    if (unread) {
        m_error->setText(unread->message);
        m_error->show();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    resize(520, sizeHint().height());
}

QString ReviewSettingsDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReviewSettingsDialog::accept()
{
    auto refuse = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    };
    const QString zone = m_zone->currentText().trimmed();
    if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return refuse(tr("“%1” is not a time zone this computer knows; pick one from the list, "
                         "such as Europe/Berlin.")
                          .arg(zone));
    QString problem;
    const QString hours = m_hours->text().simplified();
    if (!WeeklyHours::parse(hours, &problem))
        return refuse(problem);
    if (auto saved = m_settings.setTimeZone(zone); !saved)
        return refuse(saved.error().message);
    if (auto saved = m_settings.setBusinessHours(hours); !saved)
        return refuse(saved.error().message);
    QDialog::accept();
}

} // namespace hearken
