// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// Where an inbound item is in a manager's day.
enum class ItemState { Open, Snoozed, Done, Dismissed };

QString itemStateName(ItemState state);
std::optional<ItemState> itemStateFromName(QStringView name);
QString itemStateLabel(ItemState state);

} // namespace hearken
