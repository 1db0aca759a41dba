// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace hearken {

// What went wrong in a form, shown under its fields in the palette's own text colour (so it
// reads in light and dark themes alike) beside a warning sign, wrapped to the form's width.
// Showing it hands the keyboard back to the field to fix, so that typing goes on there and
// Return signs in again rather than closing the dialog.
class FormError : public QWidget {
    Q_OBJECT
public:
    explicit FormError(QWidget* parent = nullptr);

    void show(const QString& message, QWidget* fieldToFix);
    void clear();
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace hearken
