// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "outbox/reply_length.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace hearken {

// Saved replies carry {placeholders} ({name}, {handle}, {network}, {product}, or any word a
// team makes up) that must all be filled before a reply can be sent.
using PlaceholderValues = QHash<QString, QString>;

// What Hearken knows for a reply to `author`: {name} (first name, else the handle), {fullname},
// {handle} (in the form of the network's `rules`), {network} (its label), and {product} when
// the workspace names one.
PlaceholderValues placeholderValues(const Person& author, const QString& product,
                                    const QString& networkLabel, const ReplyRules& rules);

// Replaces every placeholder that has a non-empty value; the others stay as they are.
QString fillPlaceholders(QStringView text, const PlaceholderValues& values);

// The placeholders still in `text`, each once, in order of appearance.
QStringList unfilledPlaceholders(QStringView text);

} // namespace hearken
