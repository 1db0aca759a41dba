// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace hearken {

// A short amber note under the reply: something to look at before sending.
class WarningLabel : public QLabel {
    Q_OBJECT
public:
    explicit WarningLabel(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();
    bool m_applying = false;
};

} // namespace hearken
