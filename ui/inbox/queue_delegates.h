// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"

#include <QStyledItemDelegate>

namespace hearken {

// A cell whose content is painted by hand over the style's own background and selection.
class PaintedCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void paintBackground(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const;
};

// The flags column ("Needs"): one small coloured chip per flag, saying what the item needs:
// "Reply" (unanswered criticism), "Answer" (question), "Thank" (praise), "Overdue".
class FlagChipsDelegate : public PaintedCellDelegate {
    Q_OBJECT
public:
    using PaintedCellDelegate::PaintedCellDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// The tone column: a dot in the tone's colour and the tone, marked with a pencil when a
// person decided it and in italics when it is a sample label (the tooltip says which).
class ToneDelegate : public PaintedCellDelegate {
    Q_OBJECT
public:
    using PaintedCellDelegate::PaintedCellDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

class DeskPresence;
class QueueModel;

// The post's column: the excerpt, and at its end a small mark for the other people on the team
// who are on the item right now ("Ana is replying"), with who and since when as its tooltip.
class PresenceMarkDelegate : public PaintedCellDelegate {
    Q_OBJECT
public:
    PresenceMarkDelegate(const DeskPresence& presence, const QueueModel& model,
                         QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;
    // What the mark says on the row, empty without one.
    QString markText(const QModelIndex& index) const;

private:
    const DeskPresence& m_presence;
    const QueueModel& m_model;
};

// Short words for the chips; the model's tooltip and display text carry the full names.
QString flagChipText(int flag);
// How wide a cell in `font` must be for the chips of `flags`, and a "+N" chip after them
// when `more` is true.
int flagChipsWidth(const QFont& font, Flags flags, bool more = false);

} // namespace hearken
