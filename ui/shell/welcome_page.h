// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hearken {

// The first-run page: what Hearken does, adding the brand's accounts, and the sample
// workspace to look around in first.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // A line about the current situation, e.g. which workspace is open or why none is.
    void setNote(const QString& note);
    // Whether this window can sign in to networks (it cannot without a network or a keychain);
    // when not, the page leads to the sample workspace alone.
    void setCanAddAccounts(bool can);
    QPushButton* sampleButton() const { return m_sample; }
    QPushButton* addMastodonButton() const { return m_addMastodon; }
    QPushButton* addBlueskyButton() const { return m_addBluesky; }

Q_SIGNALS:
    void addMastodonRequested();
    void addBlueskyRequested();
    void openSampleRequested();
    void openWorkspaceRequested();

private:
    QLabel* m_note;
    QLabel* m_sampleText;
    QWidget* m_accounts;
    QPushButton* m_addMastodon;
    QPushButton* m_addBluesky;
    QPushButton* m_sample;
};

} // namespace hearken
