// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <optional>

namespace hearken {

// Reads a device one line at a time, waiting for more data on pipes and sockets, without
// ever holding more than one line. Lines come without their "\n" or "\r\n"; a final line
// without a newline still counts.
class LineReader {
public:
    explicit LineReader(QIODevice& device)
        : m_device(device)
    {}

    // The next line, or nothing at the end of the input.
    std::optional<QByteArray> next();

private:
    QIODevice& m_device;
};

} // namespace hearken
