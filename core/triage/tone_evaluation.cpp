// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/tone_evaluation.h"

#include "triage/line_reader.h"
#include "triage/tone_classifier.h"

#include <QCoreApplication>
#include <QFile>

namespace hearken {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::ToneEvaluation)
};

QString percent(double v)
{
    return QString::number(v * 100, 'f', 1);
}

} // namespace

void ToneScorer::add(Tone actual, Tone predicted)
{
    ++m_confusion[std::size_t(actual)][std::size_t(predicted)];
}

ToneEvaluation ToneScorer::result() const
{
    ToneEvaluation e;
    e.confusion = m_confusion;
    qint64 correct = 0;
    double recallSum = 0;
    for (std::size_t c = 0; c < 3; ++c) {
        qint64 predicted = 0;
        for (std::size_t a = 0; a < 3; ++a) {
            e.perTone[c].support += m_confusion[c][a];
            predicted += m_confusion[a][c];
        }
        const qint64 hits = m_confusion[c][c];
        correct += hits;
        e.count += e.perTone[c].support;
        e.perTone[c].precision = predicted > 0 ? double(hits) / double(predicted) : 0.0;
        e.perTone[c].recall =
            e.perTone[c].support > 0 ? double(hits) / double(e.perTone[c].support) : 0.0;
        recallSum += e.perTone[c].recall;
    }
    e.accuracy = e.count > 0 ? double(correct) / double(e.count) : 0.0;
    e.macroRecall = recallSum / 3;
    return e;
}

std::optional<Tone> toneFromTweetEvalLabel(QByteArrayView label)
{
    const QByteArrayView trimmed = label.trimmed();
    if (trimmed == "0")
        return Tone::Criticism;
    if (trimmed == "1")
        return Tone::Other;
    if (trimmed == "2")
        return Tone::Praise;
    return std::nullopt;
}

tl::expected<ToneEvaluation, QString> evaluateTweetEval(const ToneClassifier& classifier,
                                                        QIODevice& texts, QIODevice& labels)
{
    LineReader textLines(texts);
    LineReader labelLines(labels);
    ToneScorer scorer;
    for (qint64 line = 1;; ++line) {
        const std::optional<QByteArray> text = textLines.next();
        const std::optional<QByteArray> label = labelLines.next();
        if (!text && !label)
            break;
        if (!text || !label)
            return tl::unexpected(
                Text::tr("the text and label files have different numbers of lines"));
        const std::optional<Tone> actual = toneFromTweetEvalLabel(*label);
        if (!actual)
            return tl::unexpected(Text::tr("line %1: the label must be 0, 1 or 2").arg(line));
        scorer.add(*actual, classifier.classify(QString::fromUtf8(*text)).tone);
    }
    return scorer.result();
}

tl::expected<ToneEvaluation, QString> evaluateTweetEvalFiles(const ToneClassifier& classifier,
                                                             const QString& textPath,
                                                             const QString& labelPath)
{
    QFile texts(textPath);
    QFile labels(labelPath);
    if (!texts.open(QIODevice::ReadOnly))
        return tl::unexpected(Text::tr("cannot read %1: %2").arg(textPath, texts.errorString()));
    if (!labels.open(QIODevice::ReadOnly))
        return tl::unexpected(Text::tr("cannot read %1: %2").arg(labelPath, labels.errorString()));
    return evaluateTweetEval(classifier, texts, labels);
}

QString formatEvaluation(const ToneEvaluation& e)
{
    QString out = Text::tr("texts: %1\nmacro-averaged recall: %2%\naccuracy: %3%\n")
                      .arg(e.count)
                      .arg(percent(e.macroRecall), percent(e.accuracy));
    for (const Tone tone : {Tone::Criticism, Tone::Other, Tone::Praise}) {
        const ClassScore& s = e.perTone[std::size_t(tone)];
        out += Text::tr("%1: precision %2%, recall %3%, %4 texts\n")
                   .arg(toneName(tone), percent(s.precision), percent(s.recall))
                   .arg(s.support);
    }
    return out;
}

} // namespace hearken
