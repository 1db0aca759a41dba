// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace hearken {

// Hands the selected items to a teammate with a note for them: the team's people but me.
class HandOverDialog : public QDialog {
    Q_OBJECT
public:
    HandOverDialog(const QList<Teammate>& teammates, std::optional<qint64> me,
                   QWidget* parent = nullptr);

    QComboBox& people() const { return *m_people; }
    QPlainTextEdit& note() const { return *m_note; }
    // Hands over to the teammate chosen, with the note written.
    void accept() override;

Q_SIGNALS:
    void handOverChosen(qint64 teammateId, const QString& name, const QString& note);

private:
    QComboBox* m_people;
    QPlainTextEdit* m_note;
    QPushButton* m_handOver;
};

} // namespace hearken
