// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken {

// What a teammate wrote on an item for the team. Never sent anywhere.
struct Note {
    qint64 id = 0;
    qint64 postId = 0;
    qint64 at = 0;
    QString author;
    QString text;
};

// A reply template with {placeholders} a person fills before sending.
struct SavedReply {
    qint64 id = 0;
    QString title;
    QString body;
};

} // namespace hearken
