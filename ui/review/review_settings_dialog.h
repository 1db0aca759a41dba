// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace hearken {

class SettingsRepository;

// The workspace's time zone and business hours, which the review counts days and response
// times in. Refuses hours it cannot read, saying why.
class ReviewSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReviewSettingsDialog(SettingsRepository& settings, QWidget* parent = nullptr);

    QComboBox& zone() const { return *m_zone; }
    QLineEdit& hours() const { return *m_hours; }
    QString error() const;

    void accept() override;

private:
    SettingsRepository& m_settings;
    QComboBox* m_zone;
    QLineEdit* m_hours;
    QLabel* m_error;
};

} // namespace hearken
