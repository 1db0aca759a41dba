// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

#include <tl/expected.hpp>

#include <functional>

namespace hearken {

class ToneClassifier;

enum class ClassifyFormat { Plain, Json };

// Classifies a stream one line at a time (never holding more than a line) and writes exactly
// one line per input line, empty lines included, in the same order.
//
// Plain: each input line is a text (UTF-8). Output, tab-separated:
//     TONE<TAB>QUESTION<TAB>TONE_CONFIDENCE<TAB>QUESTION_CONFIDENCE
//   TONE is criticism, praise or other; QUESTION is "question" or "-"; the confidences are
//   calibrated probabilities with three decimals, e.g. "criticism\t-\t0.912\t0.034".
//
// Json: each input line is a JSON object with a string field "text". Output, one compact
// JSON object per line:
//     {"confidence":0.912,"language_known":true,"question":false,"question_confidence":0.034,
//      "tone":"criticism"}
//   A line that is not such an object (empty lines included) gives {"error":"line N: ..."}.
//
// A line longer than LineReader::maxLength (64 KiB) is not read whole: as plain text it is
// classified by its first 64 KiB, and `warn` is told; as JSON it gives an error.
//
// Fails with the cause ("No space left on device") when the output cannot be written.
tl::expected<void, QString> runClassify(QIODevice& in, QIODevice& out,
                                        const ToneClassifier& classifier, ClassifyFormat format,
                                        const std::function<void(const QString&)>& warn = {});

} // namespace hearken
