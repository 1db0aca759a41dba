// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/queue_delegates.h"

#include "inbox/item_roles.h"
#include "inbox/queue_model.h"
#include "shell/semantic_colors.h"
#include "workflow/desk_presence.h"
#include "workflow/time_text.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace hearken {

namespace {

// The most pressing first, so that what does not fit is the least important.
constexpr Flag flagOrder[] = {Flag::Overdue, Flag::UnansweredCriticism, Flag::UnansweredQuestion,
                              Flag::UnthankedPraise};
constexpr int chipPadding = 5;
constexpr int chipGap = 3;
constexpr int cellMargin = 4;
const QString personMark = QStringLiteral(" \u270E");

QFont chipFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.82);
    return font;
}

QPalette::ColorRole textRole(const QStyleOptionViewItem& option)
{
    return option.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText
                                                         : QPalette::Text;
}

int chipWidth(const QFontMetrics& metrics, const QString& text)
{
    return metrics.horizontalAdvance(text) + 2 * chipPadding;
}

void drawChip(QPainter* painter, const QRectF& chip, const QString& text, const ChipColors& colors)
{
    QPainterPath path;
    const qreal radius = chip.height() / 2;
    path.addRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, colors.background);
    painter->setPen(colors.border);
    painter->drawPath(path);
    painter->setPen(colors.text);
    painter->drawText(chip, Qt::AlignCenter, text);
}

} // namespace

void PaintedCellDelegate::paintBackground(QPainter* painter, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    cell.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
}

QString flagChipText(int flag)
{
    switch (Flag(flag)) {
    case Flag::UnansweredCriticism:
        return FlagChipsDelegate::tr("Reply");
    case Flag::UnansweredQuestion:
        return FlagChipsDelegate::tr("Answer");
    case Flag::UnthankedPraise:
        return FlagChipsDelegate::tr("Thank");
    case Flag::Overdue:
        return FlagChipsDelegate::tr("Overdue");
    }
    return {};
}

void FlagChipsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    paintBackground(painter, option, index);
    const Flags flags(index.data(FlagsRole).toInt());
    QList<Flag> shown;
    for (Flag flag : flagOrder) {
        if (flags.testFlag(flag))
            shown.append(flag);
    }
    if (shown.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = chipFont(option.font);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const qreal height = metrics.height() + 2;
    const QRect cell = option.rect.adjusted(cellMargin, 0, -cellMargin, 0);
    const qreal top = cell.top() + (cell.height() - height) / 2;
    int x = cell.left();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QString text = flagChipText(int(shown[i]));
        const int width = chipWidth(metrics, text);
        const bool last = i == shown.size() - 1;
        const QString more = QStringLiteral("+%1").arg(shown.size() - i - 1);
        const int room = last ? width : width + chipGap + chipWidth(metrics, more);
        if (x + room > cell.right()) {
            const QString rest = QStringLiteral("+%1").arg(shown.size() - i);
            drawChip(painter, QRectF(x, top, chipWidth(metrics, rest), height), rest,
                     chipColors(option.palette.color(QPalette::Text), option.palette));
            break;
        }
        drawChip(painter, QRectF(x, top, width, height), text,
                 chipColors(flagColor(shown[i], option.palette), option.palette));
        x += width + chipGap;
    }
    painter->restore();
}

QSize FlagChipsDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    return {flagChipsWidth(option.font, Flags(index.data(FlagsRole).toInt())),
            QStyledItemDelegate::sizeHint(option, index).height()};
}

int flagChipsWidth(const QFont& font, Flags flags, bool more)
{
    const QFontMetrics metrics(chipFont(font));
    int width = 2 * cellMargin;
    for (Flag flag : flagOrder) {
        if (flags.testFlag(flag))
            width += chipWidth(metrics, flagChipText(int(flag))) + chipGap;
    }
    return more ? width + chipWidth(metrics, QStringLiteral("+1")) : width;
}

void ToneDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    paintBackground(painter, option, index);
    const int tone = index.data(ToneRole).toInt();
    if (tone < 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect rect = option.rect.adjusted(cellMargin + 2, 0, -cellMargin, 0);
    constexpr qreal dot = 8;
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.state.testFlag(QStyle::State_Selected)
                          ? option.palette.color(QPalette::HighlightedText)
                          : toneColor(Tone(tone), option.palette));
    painter->drawEllipse(QRectF(rect.left(), rect.center().y() - dot / 2 + 1, dot, dot));
    rect.setLeft(rect.left() + int(dot) + 6);

    const auto source = ToneSource(index.data(ToneSourceRole).toInt());
    QFont font = option.font;
    font.setItalic(source == ToneSource::Sample);
    QString label = index.data().toString();
    if (source == ToneSource::Person)
        label += personMark;
    painter->setFont(font);
    painter->setPen(option.palette.color(textRole(option)));
    painter->drawText(rect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(font).elidedText(label, Qt::ElideRight, rect.width()));
    painter->restore();
}

QSize ToneDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width() + 20, size.height()};
}

PresenceMarkDelegate::PresenceMarkDelegate(const DeskPresence& presence, const QueueModel& model,
                                           QObject* parent)
    : PaintedCellDelegate(parent)
    , m_presence(presence)
    , m_model(model)
{}

QString PresenceMarkDelegate::markText(const QModelIndex& index) const
{
    return index.data(PresenceRole).toString();
}

void PresenceMarkDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const QString mark = markText(index);
    if (mark.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QFont font = chipFont(option.font);
    const QFontMetrics metrics(font);
    const QRect cell = option.rect.adjusted(cellMargin, 0, -cellMargin, 0);
    // The mark may take most of a narrow cell: who is on the item matters more than the excerpt.
    const int width = std::min(chipWidth(metrics, mark), cell.width() * 3 / 4);
    paintBackground(painter, option, index);
    QStyleOptionViewItem text = option;
    text.rect.setRight(cell.right() - width - chipGap);
    QStyledItemDelegate::paint(painter, text, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    const qreal height = metrics.height() + 2;
    const QRectF chip(cell.right() - width, cell.top() + (cell.height() - height) / 2, width,
                      height);
    drawChip(painter, chip, metrics.elidedText(mark, Qt::ElideRight, width - 2 * chipPadding),
             chipColors(warningColor(option.palette), option.palette));
    painter->restore();
}

bool PresenceMarkDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                     const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || markText(index).isEmpty())
        return PaintedCellDelegate::helpEvent(event, view, option, index);
    QStringList lines;
    for (const Presence& other : m_presence.othersOn(m_model.itemAt(index.row()).postId))
        lines << (other.activity == PresenceActivity::Replying ? tr("%1 is replying since %2")
                                                               : tr("%1 is looking since %2"))
                     .arg(other.person, timeText(other.since));
    QToolTip::showText(event->globalPos(), lines.join(u'\n'), view);
    return true;
}

} // namespace hearken
