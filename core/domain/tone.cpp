// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/tone.h"

#include "domain/enum_names.h"

namespace hearken {

namespace {
constexpr EnumName<Tone> toneNames[] = {
    {Tone::Criticism, u"criticism", QT_TRANSLATE_NOOP("hearken::Tone", "Criticism")},
    {Tone::Praise, u"praise", QT_TRANSLATE_NOOP("hearken::Tone", "Praise")},
    {Tone::Other, u"other", QT_TRANSLATE_NOOP("hearken::Tone", "Other")},
};
constexpr EnumName<ToneSource> sourceNames[] = {
    {ToneSource::Model, u"model", nullptr},
    {ToneSource::Person, u"person", nullptr},
    {ToneSource::Sample, u"sample", nullptr},
};
} // namespace

QString toneName(Tone tone)
{
    return nameOf(toneNames, tone);
}
std::optional<Tone> toneFromName(QStringView name)
{
    return valueOf(toneNames, name);
}

QString toneLabel(Tone tone)
{
    return labelOf(toneNames, tone, "hearken::Tone");
}

QString toneSourceName(ToneSource source)
{
    return nameOf(sourceNames, source);
}
std::optional<ToneSource> toneSourceFromName(QStringView name)
{
    return valueOf(sourceNames, name);
}

} // namespace hearken
