// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <optional>

namespace hearken {

// Reads a device one line at a time, waiting for more data on pipes and sockets, without
// ever holding more than one line. Lines come without their "\n" or "\r\n"; a final line
// without a newline still counts. A line longer than maxLength bytes is cut there (before a
// UTF-8 character that would not fit) and the rest of it is read and dropped, so that one
// endless line costs no more memory than a long one.
class LineReader {
public:
    static constexpr qsizetype maxLength = 64 * 1024;

    explicit LineReader(QIODevice& device)
        : m_device(device)
    {}

    // The next line, or nothing at the end of the input.
    std::optional<QByteArray> next();
    // Whether the line next() returned last was cut to maxLength.
    bool wasCut() const { return m_cut; }

private:
    QIODevice& m_device;
    bool m_cut = false;
};

} // namespace hearken
