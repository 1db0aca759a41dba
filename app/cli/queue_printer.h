// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queue_item.h"

#include <QTextStream>

namespace hearken::cli {

// Writes queue items one at a time, as aligned columns or as JSON lines.
class QueuePrinter {
public:
    QueuePrinter(QTextStream& out, bool json, qint64 now, ResponseTargets targets);

    void print(const QueueItem& item);

private:
    void printHeader();
    void printText(const QueueItem& item);
    void printJson(const QueueItem& item);

    QTextStream& m_out;
    bool m_json;
    qint64 m_now;
    ResponseTargets m_targets;
    bool m_headerPrinted = false;
};

} // namespace hearken::cli
