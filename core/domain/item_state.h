// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// Where an inbound item is in a manager's day.
enum class ItemState { Open, Snoozed, Done, Dismissed };

// Every state, in the order of an item's life.
inline constexpr ItemState allItemStates[] = {ItemState::Open, ItemState::Snoozed, ItemState::Done,
                                              ItemState::Dismissed};

QString itemStateName(ItemState state);
std::optional<ItemState> itemStateFromName(QStringView name);
QString itemStateLabel(ItemState state);

} // namespace hearken
