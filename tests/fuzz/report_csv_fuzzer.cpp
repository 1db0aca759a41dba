// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV export of hostile text: every field reads back as shown (RFC 4180), and none
// starts like a spreadsheet formula.
#include "domain/safe_text.h"
#include "fuzz_input.h"
#include "report/report_csv.h"

#include <optional>

namespace {

// One RFC 4180 field back to its text; nothing when the field is not well formed.
std::optional<QString> readField(const QString& field)
{
    if (!field.startsWith(u'"')) {
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
            field.contains(u'\r'))
            return std::nullopt;
        return field;
    }
    if (field.size() < 2 || !field.endsWith(u'"'))
        return std::nullopt;
    QString text;
    const QStringView inner = QStringView(field).mid(1, field.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] == u'"') {
            if (i + 1 >= inner.size() || inner[i + 1] != u'"')
                return std::nullopt;
            ++i;
        }
        text += inner[i];
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString value = hearken::fuzz::text(data, size);
    const auto read = readField(hearken::csvField(value));
    FUZZ_REQUIRE(read.has_value());
    // A cell holds the text as it is shown: direction controls written out as <U+202E>.
    const QString shown = hearken::displayText(value);
    FUZZ_REQUIRE(*read == shown || *read == u'\'' + shown);
    FUZZ_REQUIRE(read->isEmpty() || !QStringLiteral("=+-@").contains(read->front()));
    return 0;
}
