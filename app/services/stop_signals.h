// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace hearken {

// SIGTERM and SIGINT as a Qt signal in the event loop, so that a service stops between two
// pieces of work rather than in the middle of one. One at a time per process: it installs the
// handlers while it exists and puts the default ones back when it goes.
class StopSignals : public QObject {
    Q_OBJECT
public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    // `name`: "SIGTERM" or "SIGINT".
    void stopRequested(const QString& name);

private:
    void readSignal();

    int m_pipe[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace hearken
