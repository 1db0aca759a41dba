// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/line_reader.h"

namespace hearken {

namespace {

// The first `length` bytes of UTF-8 text, less a character cut in two.
void cutUtf8(QByteArray& text, qsizetype length)
{
    while (length > 0 && (uchar(text[length]) & 0xC0) == 0x80)
        --length;
    text.truncate(length);
}

} // namespace

std::optional<QByteArray> LineReader::next()
{
    // The longest line with its "\r\n"; whatever follows on a longer line is dropped.
    constexpr qsizetype kept = maxLength + 2;
    QByteArray line;
    bool dropping = false;
    for (;;) {
        // readLine(n) reads at most n - 1 bytes.
        const QByteArray chunk = m_device.readLine((dropping ? kept : kept - line.size()) + 1);
        if (!dropping)
            line += chunk;
        if (chunk.endsWith('\n'))
            break;
        dropping = dropping || line.size() >= kept;
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
    m_cut = line.size() > maxLength;
    if (m_cut)
        cutUtf8(line, maxLength);
    return line;
}

} // namespace hearken
