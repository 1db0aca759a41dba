// SPDX-License-Identifier: GPL-3.0-or-later
#include "question_report.h"

namespace hearken::training {

BinaryScore scoreQuestions(const Examples& examples,
                           const std::function<bool(const QString&)>& isQuestion)
{
    double tp = 0, fp = 0, fn = 0;
    for (const Example& e : examples) {
        const bool predicted = isQuestion(e.text);
        tp += predicted && e.label == 1 ? 1 : 0;
        fp += predicted && e.label == 0 ? 1 : 0;
        fn += !predicted && e.label == 1 ? 1 : 0;
    }
    BinaryScore s;
    s.precision = tp + fp > 0 ? tp / (tp + fp) : 0.0;
    s.recall = tp + fn > 0 ? tp / (tp + fn) : 0.0;
    s.f1 = tp > 0 ? 2 * tp / (2 * tp + fp + fn) : 0.0;
    return s;
}

QString formatBinaryScore(const QString& name, const BinaryScore& s)
{
    return u"%1: precision %2%, recall %3%, F1 %4%"_qs.arg(name)
        .arg(s.precision * 100, 0, 'f', 1)
        .arg(s.recall * 100, 0, 'f', 1)
        .arg(s.f1 * 100, 0, 'f', 1);
}

} // namespace hearken::training
