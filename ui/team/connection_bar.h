// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/info_bar.h"
#include "team/connection_watch.h"

#include <memory>

namespace hearken {

class Database;

// The strip that says a team database cannot be reached while Hearken tries again by itself;
// it goes away once the database is back.
class ConnectionBar : public InfoBar {
    Q_OBJECT
public:
    ConnectionBar(std::chrono::seconds retryEvery, QWidget* parent = nullptr);

    // Watches the connection to a team workspace, called `title` ("brand on db.example"); a
    // workspace file has nothing to watch (null).
    void watch(Database* database, const QString& title);
    // After something failed: whether the lost connection explains it; then the bar shows.
    bool explainsFailure();
    ConnectionWatch* watcher() const { return m_watch.get(); }

Q_SIGNALS:
    // The database is back: reload what is shown.
    void restored();

private:
    std::chrono::seconds m_retryEvery;
    std::unique_ptr<ConnectionWatch> m_watch;
};

} // namespace hearken
