// SPDX-License-Identifier: GPL-3.0-or-later
#include "semantic_colors.h"

#include <QPainter>
#include <QPixmap>

namespace hearken {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor blend(const QColor& over, const QColor& under, double amount)
{
    return QColor::fromRgbF(float(over.redF() * amount + under.redF() * (1 - amount)),
                            float(over.greenF() * amount + under.greenF() * (1 - amount)),
                            float(over.blueF() * amount + under.blueF() * (1 - amount)));
}

} // namespace

QColor flagHue(Flag flag)
{
    switch (flag) {
    case Flag::UnansweredCriticism:
        return QColor(0xc0, 0x39, 0x2b);
    case Flag::UnansweredQuestion:
        return QColor(0x2e, 0x6d, 0xb4);
    case Flag::UnthankedPraise:
        return QColor(0x2e, 0x8b, 0x57);
    case Flag::Overdue:
        return QColor(0xc7, 0x6a, 0x00);
    }
    return {};
}

QColor toneHue(Tone tone)
{
    switch (tone) {
    case Tone::Criticism:
        return flagHue(Flag::UnansweredCriticism);
    case Tone::Praise:
        return flagHue(Flag::UnthankedPraise);
    case Tone::Other:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QColor networkHue(QStringView network)
{
    if (network == u"mastodon")
        return QColor(0x63, 0x64, 0xff);
    if (network == u"bluesky")
        return QColor(0x10, 0x83, 0xfe);
    if (network == u"youtube")
        return QColor(0xe6, 0x21, 0x17);
    if (network == u"reddit")
        return QColor(0xff, 0x45, 0x00);
    return QColor(0x80, 0x80, 0x80);
}

ChipColors chipColors(const QColor& hue, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDark(palette);
    return {blend(hue, base, dark ? 0.30 : 0.14), blend(hue, base, dark ? 0.55 : 0.35),
            dark ? hue.lighter(150) : hue.darker(130)};
}

QIcon networkIcon(QStringView network)
{
    constexpr int size = 16;
    QPixmap dot(size, size);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(networkHue(network));
    painter.drawEllipse(QRectF(4, 4, 8, 8));
    return QIcon(dot);
}

} // namespace hearken
