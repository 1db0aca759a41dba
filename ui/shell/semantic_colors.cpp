// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/semantic_colors.h"

#include "shell/appearance.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace hearken {

namespace {

// One meaning's colour on light and on dark backgrounds.
struct Pair {
    QRgb light;
    QRgb dark;
};

QColor pick(Pair pair, const QPalette& palette)
{
    return QColor::fromRgb(isDark(palette) ? pair.dark : pair.light);
}

constexpr Pair criticism{0xb3261e, 0xff8a80};
constexpr Pair question{0x1a5fb4, 0x8ab4f8};
constexpr Pair praise{0x166a31, 0x74d98f};
constexpr Pair overdue{0x9c4a00, 0xffb454};
constexpr Pair neutral{0x5c5f66, 0xb4b7bd};

// Draws the network's mark with the application palette of the moment, so that the icon
// needs no refresh when the appearance changes.
class NetworkIconEngine : public QIconEngine {
public:
    explicit NetworkIconEngine(NetworkMark mark)
        : m_mark(std::move(mark))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        // On a selected row the mark takes the selection's text colour, as the row's text does.
        const bool selected = mode == QIcon::Selected;
        const QColor fill = selected ? palette.color(QPalette::HighlightedText)
                            : mode == QIcon::Disabled
                                ? palette.color(QPalette::Disabled, QPalette::Text)
                                : networkColor(m_mark, palette);
        const QColor letter =
            selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
        const qreal side = std::min(rect.width(), rect.height()) * 0.875;
        QRectF shape(0, 0, side, side);
        if (m_mark.shape == NetworkMark::Shape::Wide)
            shape.setHeight(side * 0.75);
        shape.moveCenter(QRectF(rect).center());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        if (m_mark.shape == NetworkMark::Shape::Circle)
            painter->drawEllipse(shape);
        else
            painter->drawRoundedRect(shape, side * 0.18, side * 0.18);
        if (!m_mark.letter.isNull()) {
            QFont font = painter->font();
            font.setBold(true);
            font.setPixelSize(std::max(6, int(side * 0.62)));
            painter->setFont(font);
            painter->setPen(letter);
            painter->drawText(shape, Qt::AlignCenter, QString(m_mark.letter));
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new NetworkIconEngine(m_mark); }

private:
    NetworkMark m_mark;
};

} // namespace

QColor flagColor(Flag flag, const QPalette& palette)
{
    switch (flag) {
    case Flag::UnansweredCriticism:
        return pick(criticism, palette);
    case Flag::UnansweredQuestion:
        return pick(question, palette);
    case Flag::UnthankedPraise:
        return pick(praise, palette);
    case Flag::Overdue:
        return pick(overdue, palette);
    }
    return pick(neutral, palette);
}

QColor toneColor(Tone tone, const QPalette& palette)
{
    switch (tone) {
    case Tone::Criticism:
        return pick(criticism, palette);
    case Tone::Praise:
        return pick(praise, palette);
    case Tone::Other:
        break;
    }
    return pick(neutral, palette);
}

QColor warningColor(const QPalette& palette)
{
    return pick(overdue, palette);
}

QColor errorColor(const QPalette& palette)
{
    return pick(criticism, palette);
}

QColor networkColor(const NetworkMark& mark, const QPalette& palette)
{
    return mark.color ? pick({mark.color->light, mark.color->dark}, palette)
                      : pick(neutral, palette);
}

QColor quietTextColor(const QPalette& palette)
{
    return tinted(palette.color(QPalette::Text), 0.7, palette);
}

QColor tinted(const QColor& color, double amount, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(color.redF() * amount + base.redF() * (1 - amount)),
                            float(color.greenF() * amount + base.greenF() * (1 - amount)),
                            float(color.blueF() * amount + base.blueF() * (1 - amount)));
}

ChipColors chipColors(const QColor& color, const QPalette& palette)
{
    const bool dark = isDark(palette);
    return {tinted(color, dark ? 0.22 : 0.12, palette), tinted(color, dark ? 0.5 : 0.4, palette),
            color};
}

QIcon networkIcon(const NetworkMark& mark)
{
    return QIcon(new NetworkIconEngine(mark));
}

} // namespace hearken
