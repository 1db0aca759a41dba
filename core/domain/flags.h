// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/item_state.h"
#include "domain/tone.h"

#include <QFlags>
#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// The marks that keep silence from destroying trust.
enum class Flag {
    UnansweredCriticism = 0x1,
    UnansweredQuestion = 0x2,
    UnthankedPraise = 0x4,
    Overdue = 0x8,
};
Q_DECLARE_FLAGS(Flags, Flag)
Q_DECLARE_OPERATORS_FOR_FLAGS(Flags)

// Every flag, in the order lists and menus show them.
inline constexpr Flag allFlags[] = {Flag::UnansweredCriticism, Flag::UnansweredQuestion,
                                    Flag::UnthankedPraise, Flag::Overdue};

QString flagName(Flag flag);
std::optional<Flag> flagFromName(QStringView name);
QString flagLabel(Flag flag);

// How long an item may wait for its first response, per kind of item (seconds).
struct ResponseTargets {
    qint64 criticism = 60 * 60;
    qint64 question = 4 * 60 * 60;
    qint64 praise = 24 * 60 * 60;
};

// What the flag rules read from a queue item. Times are seconds since the epoch (UTC).
struct TriageFacts {
    std::optional<Tone> tone;
    bool isQuestion = false;
    ItemState state = ItemState::Open;
    qint64 receivedAt = 0;
    std::optional<qint64> answeredAt;
    std::optional<qint64> thankedAt;
};

// The rules the store's queue query encodes in SQL; the two are tested against each other.
Flags flagsOf(const TriageFacts& facts, qint64 now, const ResponseTargets& targets);

// Queue order, most urgent first: unanswered criticism, unanswered questions,
// unthanked praise, everything else.
int attentionRank(const TriageFacts& facts);

} // namespace hearken
