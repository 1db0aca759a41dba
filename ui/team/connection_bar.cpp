// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/connection_bar.h"

#include "store/database.h"

namespace hearken {

ConnectionBar::ConnectionBar(std::chrono::seconds retryEvery, QWidget* parent)
    : InfoBar(InfoBar::Kind::Error, tr("Try &now"), parent)
    , m_retryEvery(retryEvery)
{
    hide();
}

void ConnectionBar::watch(Database* database, const QString& title)
{
    hide();
    m_watch.reset();
    if (!database || database->engine() != Engine::Postgresql)
        return;
    m_watch = std::make_unique<ConnectionWatch>(*database, m_retryEvery);
    setMessage(tr("The team database %1 cannot be reached. Hearken keeps showing what it has read "
                  "and tries again every %n s.",
                  nullptr, int(m_retryEvery.count()))
                   .arg(title));
    connect(m_watch.get(), &ConnectionWatch::lost, this, &QWidget::show);
    connect(m_watch.get(), &ConnectionWatch::restored, this, [this] {
        hide();
        Q_EMIT restored();
    });
    connect(this, &InfoBar::actionTriggered, m_watch.get(), &ConnectionWatch::retryNow);
}

bool ConnectionBar::explainsFailure()
{
    return m_watch && m_watch->explainsFailure();
}

} // namespace hearken
