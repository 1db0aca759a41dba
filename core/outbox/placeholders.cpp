// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/placeholders.h"

#include <QRegularExpression>

namespace hearken {

namespace {
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(uR"(\{([A-Za-z_][A-Za-z0-9_-]*)\})"_qs);
    return pattern;
}
} // namespace

PlaceholderValues placeholderValues(const Person& author, const QString& product,
                                    const QString& networkLabel, const ReplyRules& rules)
{
    QString handle = author.handle;
    if (!rules.handleMark.isNull() && !handle.startsWith(rules.handleMark))
        handle.prepend(rules.handleMark);
    const QString fullName = author.displayName.trimmed();
    QString first = fullName.section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (first.isEmpty())
        first = author.handle.section(u'@', 0, 0, QString::SectionSkipEmpty);
    PlaceholderValues values{
        {QStringLiteral("name"), first},
        {QStringLiteral("fullname"), fullName.isEmpty() ? first : fullName},
        {QStringLiteral("handle"), handle},
        {QStringLiteral("network"), networkLabel},
    };
    if (!product.trimmed().isEmpty())
        values.insert(QStringLiteral("product"), product.trimmed());
    return values;
}

QString fillPlaceholders(QStringView text, const PlaceholderValues& values)
{
    QString filled;
    qsizetype from = 0;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString value = values.value(match.captured(1));
        if (value.isEmpty())
            continue;
        filled += text.mid(from, match.capturedStart() - from);
        filled += value;
        from = match.capturedEnd();
    }
    filled += text.mid(from);
    return filled;
}

QStringList unfilledPlaceholders(QStringView text)
{
    QStringList names;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace hearken
