// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <tl/expected.hpp>

namespace hearken::training {

// A text with its class: a tone column (enum Tone order) or 1/0 for "asks a question".
struct Example {
    QString text;
    int label = 0;
};
using Examples = QList<Example>;

// TweetEval sentiment: <dir>/<split>_text.txt and <split>_labels.txt, labels 0/1/2 for
// negative/neutral/positive, mapped to Criticism/Other/Praise.
tl::expected<Examples, QString> readTweetEval(const QString& dir, const QString& split);

// VADER's human-rated tweets: id, mean rating, text; above 0.05 is praise, below -0.05
// criticism, the rest other.
tl::expected<Examples, QString> readVaderTweets(const QString& path);

// The tweet-acts corpus with QUE as the positive class, split deterministically by a hash
// of the text: a quarter is held out for the final figure and never trained or tuned on,
// three twentieths choose settings and calibrate, the rest trains.
enum class QuestionSplit { Train, Validation, Test };
QuestionSplit questionSplitOf(const QString& text);
tl::expected<Examples, QString> readTweetActs(const QString& path, QuestionSplit split);

} // namespace hearken::training
