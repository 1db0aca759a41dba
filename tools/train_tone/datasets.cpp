// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"

#include "domain/tone.h"
#include "triage/features.h"

#include <QFile>

namespace hearken::training {

namespace {

tl::expected<QList<QByteArray>, QString> readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tl::unexpected(u"cannot read %1: %2"_qs.arg(path, file.errorString()));
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

std::optional<int> toneColumnOfTweetEvalLabel(const QByteArray& label)
{
    const QByteArray trimmed = label.trimmed();
    if (trimmed == "0")
        return int(Tone::Criticism);
    if (trimmed == "1")
        return int(Tone::Other);
    if (trimmed == "2")
        return int(Tone::Praise);
    return std::nullopt;
}

} // namespace

tl::expected<Examples, QString> readTweetEval(const QString& dir, const QString& split)
{
    const auto texts = readLines(dir + u'/' + split + u"_text.txt");
    if (!texts)
        return tl::unexpected(texts.error());
    const auto labels = readLines(dir + u'/' + split + u"_labels.txt");
    if (!labels)
        return tl::unexpected(labels.error());
    if (texts->size() != labels->size())
        return tl::unexpected(
            u"%1: %2 texts but %3 labels"_qs.arg(split).arg(texts->size()).arg(labels->size()));
    Examples out;
    out.reserve(texts->size());
    for (qsizetype i = 0; i < texts->size(); ++i) {
        const auto label = toneColumnOfTweetEvalLabel(labels->at(i));
        if (!label)
            return tl::unexpected(u"%1: bad label on line %2"_qs.arg(split).arg(i + 1));
        out.append({QString::fromUtf8(texts->at(i)), *label});
    }
    return out;
}

tl::expected<Examples, QString> readVaderTweets(const QString& path)
{
    const auto lines = readLines(path);
    if (!lines)
        return tl::unexpected(lines.error());
    Examples out;
    for (const QByteArray& line : *lines) {
        const QList<QByteArray> fields = line.split('\t');
        bool ok = false;
        const double rating = fields.size() >= 3 ? fields[1].toDouble(&ok) : 0.0;
        if (!ok)
            return tl::unexpected(u"%1: malformed line"_qs.arg(path));
        const int label = rating > 0.05    ? int(Tone::Praise)
                          : rating < -0.05 ? int(Tone::Criticism)
                                           : int(Tone::Other);
        out.append({QString::fromUtf8(fields.mid(2).join('\t')), label});
    }
    return out;
}

QuestionSplit questionSplitOf(const QString& text)
{
    const quint64 bucket = vocabularyHash(text) % 20;
    if (bucket < 5)
        return QuestionSplit::Test;
    if (bucket < 8)
        return QuestionSplit::Validation;
    return QuestionSplit::Train;
}

tl::expected<Examples, QString> readTweetActs(const QString& path, QuestionSplit split)
{
    const auto lines = readLines(path);
    if (!lines)
        return tl::unexpected(lines.error());
    Examples out;
    for (const QByteArray& line : *lines) {
        const qsizetype comma = line.lastIndexOf(',');
        if (comma < 0)
            return tl::unexpected(u"%1: malformed line"_qs.arg(path));
        QString text = QString::fromUtf8(line.first(comma));
        if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
            text = text.mid(1, text.size() - 2).replace(u"\"\""_qs, u"\""_qs);
        if (questionSplitOf(text) != split)
            continue;
        out.append({text, line.sliced(comma + 1).trimmed() == "QUE" ? 1 : 0});
    }
    return out;
}

} // namespace hearken::training
