// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/tone.h"

#include "domain/enum_names.h"

#include <QCoreApplication>

namespace hearken {

namespace {
constexpr EnumName<Tone> toneNames[] = {
    {Tone::Criticism, u"criticism"},
    {Tone::Praise, u"praise"},
    {Tone::Other, u"other"},
};
constexpr EnumName<ToneSource> sourceNames[] = {
    {ToneSource::Model, u"model"},
    {ToneSource::Person, u"person"},
    {ToneSource::Sample, u"sample"},
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
    switch (tone) {
    case Tone::Criticism:
        return QCoreApplication::translate("hearken::Tone", "Criticism");
    case Tone::Praise:
        return QCoreApplication::translate("hearken::Tone", "Praise");
    case Tone::Other:
        return QCoreApplication::translate("hearken::Tone", "Other");
    }
    return {};
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
