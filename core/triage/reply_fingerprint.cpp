// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/reply_fingerprint.h"

#include <QRegularExpression>

namespace hearken {

QString replyFingerprint(QStringView text)
{
    static const QRegularExpression addressed(uR"((?:https?://\S+)|(?:(?<![\w@])@[\w.@-]+))"_qs,
                                              QRegularExpression::UseUnicodePropertiesOption);
    QString plain = text.toString();
    plain.replace(addressed, u" "_qs);
    plain = plain.normalized(QString::NormalizationForm_KD);

    QString folded;
    folded.reserve(plain.size());
    bool pendingSpace = false;
    for (const QChar c : std::as_const(plain)) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !folded.isEmpty())
                folded += u' ';
            pendingSpace = false;
            folded += c.toCaseFolded();
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingSpace = true;
        }
    }
    return folded;
}

} // namespace hearken
