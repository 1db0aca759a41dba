// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/classify_runner.h"

#include "triage/line_reader.h"
#include "triage/tone_classifier.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace hearken {

namespace {

double rounded(double v)
{
    return std::round(v * 1000) / 1000;
}

QByteArray plainLine(const ToneResult& r)
{
    return toneName(r.tone).toUtf8() + '\t' + (r.isQuestion ? "question" : "-") + '\t' +
           QByteArray::number(r.toneConfidence, 'f', 3) + '\t' +
           QByteArray::number(r.questionConfidence, 'f', 3) + '\n';
}

QJsonObject jsonResult(const ToneResult& r)
{
    return {
        {u"tone"_qs, toneName(r.tone)},
        {u"confidence"_qs, rounded(r.toneConfidence)},
        {u"question"_qs, r.isQuestion},
        {u"question_confidence"_qs, rounded(r.questionConfidence)},
        {u"language_known"_qs, r.languageKnown},
    };
}

QString tooLong()
{
    return QCoreApplication::translate("hearken::ClassifyRunner", "longer than %1 KiB")
        .arg(LineReader::maxLength / 1024);
}

QJsonObject jsonLine(const ToneClassifier& classifier, const QByteArray& line, bool cut,
                     qint64 number)
{
    QJsonParseError error;
    const QJsonDocument doc = cut ? QJsonDocument() : QJsonDocument::fromJson(line, &error);
    QString problem;
    if (cut)
        problem = tooLong();
    else if (error.error != QJsonParseError::NoError)
        problem = error.errorString();
    else if (!doc.isObject() || !doc.object().value(u"text").isString())
        problem = QCoreApplication::translate("hearken::ClassifyRunner",
                                              "expected an object with a string field \"text\"");
    if (!problem.isEmpty())
        return {{u"error"_qs, u"line %1: %2"_qs.arg(number).arg(problem)}};
    return jsonResult(classifier.classify(doc.object().value(u"text").toString()));
}

} // namespace

tl::expected<void, QString> runClassify(QIODevice& in, QIODevice& out,
                                        const ToneClassifier& classifier, ClassifyFormat format,
                                        const std::function<void(const QString&)>& warn)
{
    LineReader lines(in);
    auto* file = qobject_cast<QFileDevice*>(&out);
    qint64 number = 0;
    while (const std::optional<QByteArray> line = lines.next()) {
        ++number;
        if (lines.wasCut() && format == ClassifyFormat::Plain && warn)
            warn(QCoreApplication::translate("hearken::ClassifyRunner",
                                             "line %1: %2; classified by its first %3 KiB")
                     .arg(number)
                     .arg(tooLong())
                     .arg(LineReader::maxLength / 1024));
        const QByteArray written =
            format == ClassifyFormat::Plain
                ? plainLine(classifier.classify(QString::fromUtf8(*line)))
                : QJsonDocument(jsonLine(classifier, *line, lines.wasCut(), number))
                          .toJson(QJsonDocument::Compact) +
                      '\n';
        if (out.write(written) != written.size())
            return tl::unexpected(out.errorString());
        // Hand results on as soon as the input pauses, so a pipeline never waits on us.
        if (file && in.bytesAvailable() == 0 && !file->flush())
            return tl::unexpected(out.errorString());
    }
    if (file && !file->flush())
        return tl::unexpected(out.errorString());
    return {};
}

} // namespace hearken
