// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/line_reader.h"

namespace hearken {

std::optional<QByteArray> LineReader::next()
{
    QByteArray line;
    for (;;) {
        const QByteArray chunk = m_device.readLine();
        line += chunk;
        if (line.endsWith('\n'))
            break;
        // Files and stdin block in readLine() and return nothing only at the end; pipes to a
        // process or socket may just not have delivered the rest yet.
        if (chunk.isEmpty() && !m_device.waitForReadyRead(-1))
            break;
    }
    if (line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace hearken
