// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/flags.h"

#include "domain/enum_names.h"

namespace hearken {

namespace {
constexpr EnumName<Flag> flagNames[] = {
    {Flag::UnansweredCriticism, u"unanswered-criticism",
     QT_TRANSLATE_NOOP("hearken::Flag", "Unanswered criticism")},
    {Flag::UnansweredQuestion, u"unanswered-question",
     QT_TRANSLATE_NOOP("hearken::Flag", "Unanswered question")},
    {Flag::UnthankedPraise, u"unthanked-praise",
     QT_TRANSLATE_NOOP("hearken::Flag", "Unthanked praise")},
    {Flag::Overdue, u"overdue", QT_TRANSLATE_NOOP("hearken::Flag", "Overdue")},
};

bool unanswered(const TriageFacts& f)
{
    return !f.answeredAt.has_value();
}
bool isCriticism(const TriageFacts& f)
{
    return f.tone == Tone::Criticism;
}
bool isPraise(const TriageFacts& f)
{
    return f.tone == Tone::Praise;
}
} // namespace

QString flagName(Flag flag)
{
    return nameOf(flagNames, flag);
}
std::optional<Flag> flagFromName(QStringView name)
{
    return valueOf(flagNames, name);
}

QString flagLabel(Flag flag)
{
    return labelOf(flagNames, flag, "hearken::Flag");
}

Flags flagsOf(const TriageFacts& f, qint64 now, const ResponseTargets& targets)
{
    Flags flags;
    if (f.state == ItemState::Dismissed)
        return flags;
    if (isCriticism(f) && unanswered(f))
        flags |= Flag::UnansweredCriticism;
    if (f.isQuestion && unanswered(f))
        flags |= Flag::UnansweredQuestion;
    if (isPraise(f) && !f.thankedAt)
        flags |= Flag::UnthankedPraise;
    if (f.state == ItemState::Open) {
        const qint64 age = now - f.receivedAt;
        const bool overdue =
            (flags.testFlag(Flag::UnansweredCriticism) && age > targets.criticism) ||
            (flags.testFlag(Flag::UnansweredQuestion) && age > targets.question) ||
            (flags.testFlag(Flag::UnthankedPraise) && age > targets.praise);
        if (overdue)
            flags |= Flag::Overdue;
    }
    return flags;
}

int attentionRank(const TriageFacts& f)
{
    if (isCriticism(f) && unanswered(f))
        return 0;
    if (f.isQuestion && unanswered(f))
        return 1;
    if (isPraise(f) && !f.thankedAt)
        return 2;
    return 3;
}

} // namespace hearken
