// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace hearken::bluesky {

// at://<did>/<collection>/<record key>: where a record lives in someone's repository.
struct AtUri {
    QString repo;
    QString collection;
    QString rkey;

    static std::optional<AtUri> parse(const QString& text);
    QString toString() const;
};

} // namespace hearken::bluesky
