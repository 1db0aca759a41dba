// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace hearken {

class ProviderRegistry;

// The first-run page: what Hearken does, adding the brand's accounts (a button per registered
// network), and the sample
// workspace to look around in first.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(const ProviderRegistry& providers, QWidget* parent = nullptr);

    // A line about the current situation, e.g. which workspace is open or why none is.
    void setNote(const QString& note);
    // Whether this window can sign in to networks (it cannot without a network or a keychain);
    // when not, the page leads to the sample workspace alone.
    void setCanAddAccounts(bool can);
    QPushButton* sampleButton() const { return m_sample; }
    // The button that adds an account on this network; null for a network not registered.
    QPushButton* addButton(const QString& network) const { return m_addButtons.value(network); }

Q_SIGNALS:
    void addAccountRequested(const QString& network);
    void openSampleRequested();
    void openWorkspaceRequested();
    void openTeamWorkspaceRequested();

private:
    QLabel* m_note;
    QLabel* m_sampleText;
    QWidget* m_accounts;
    QHash<QString, QPushButton*> m_addButtons;
    QPushButton* m_firstAdd = nullptr;
    QPushButton* m_sample;
};

} // namespace hearken
