// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hearken {

// A strip across the top of the window for something the user should keep in mind (the
// sample workspace) or should know went wrong (a store error), with an optional action.
class InfoBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Error };

    InfoBar(Kind kind, const QString& actionText, QWidget* parent = nullptr);

    void setMessage(const QString& message);
    QString message() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();

    Kind m_kind;
    QLabel* m_text;
    QPushButton* m_action;
    bool m_applyingColors = false;
};

} // namespace hearken
