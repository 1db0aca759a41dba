// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hearken {

// The first-run page: what Hearken does, what to do next, and the sample workspace to
// explore until signing in to the networks arrives.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // A line about the current situation, e.g. which workspace is open or why none is.
    void setNote(const QString& note);
    QPushButton* sampleButton() const { return m_sample; }

Q_SIGNALS:
    void openSampleRequested();
    void openWorkspaceRequested();

private:
    QLabel* m_note;
    QPushButton* m_sample;
};

} // namespace hearken
