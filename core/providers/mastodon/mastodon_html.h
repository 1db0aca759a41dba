// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace hearken::mastodon {

// Mastodon's status HTML as plain text a person can read and the classifier can use:
// paragraphs and line breaks kept, links / mentions / hashtags / :shortcodes: kept as their
// visible text, entities decoded, scripts and styles dropped with their content, control
// characters removed, right-to-left text left as written. Nothing is fetched or rendered.
// Output longer than `maxLength` is cut with an ellipsis.
QString htmlToText(QStringView html, qsizetype maxLength = 20'000);

} // namespace hearken::mastodon
