// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hearken::bluesky {

// A post record's text as a person reads it: links the app shortened are shown in full, and
// what is embedded (images, a link card, a quoted post) is described in words. Nothing is
// fetched.
QString readableText(const QJsonObject& record, const QJsonObject& embedView = {});

// The handles a reply mentions ("@bob.test"), as detectFacets() finds them: in order of
// appearance, lower case, once each, without the '@'.
QStringList mentionedHandles(const QString& text);

// The facets of a post's text as @atproto/api's RichText.detectFacets finds them: mentions,
// links (an address without a scheme gets https://) and tags (#hashtags, $CASHTAGS), each with
// its UTF-8 byte offsets, sorted by where they start. A mention becomes a facet only when
// didByHandle (keyed by lower-case handle) knows its DID.
QJsonArray detectFacets(const QString& text, const QHash<QString, QString>& didByHandle);

} // namespace hearken::bluesky
