// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hearken {

// A post record's text as a person reads it: links the app shortened are shown in full, and
// what is embedded (images, a link card, a quoted post) is described in words. Nothing is
// fetched.
QString readableText(const QJsonObject& record, const QJsonObject& embedView = {});

// The handles a reply addresses ("@bob.test"), in order of appearance, without the '@'.
QStringList mentionedHandles(const QString& text);

// Mention facets for the handles of `text` that didByHandle knows, with UTF-8 byte offsets.
QJsonArray mentionFacets(const QString& text, const QHash<QString, QString>& didByHandle);

} // namespace hearken
