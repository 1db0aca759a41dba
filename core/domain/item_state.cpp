// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/item_state.h"

#include "domain/enum_names.h"

#include <QCoreApplication>

namespace hearken {

namespace {
constexpr EnumName<ItemState> stateNames[] = {
    {ItemState::Open, u"open"},
    {ItemState::Snoozed, u"snoozed"},
    {ItemState::Done, u"done"},
    {ItemState::Dismissed, u"dismissed"},
};
} // namespace

QString itemStateName(ItemState state)
{
    return nameOf(stateNames, state);
}
std::optional<ItemState> itemStateFromName(QStringView name)
{
    return valueOf(stateNames, name);
}

QString itemStateLabel(ItemState state)
{
    switch (state) {
    case ItemState::Open:
        return QCoreApplication::translate("hearken::ItemState", "Open");
    case ItemState::Snoozed:
        return QCoreApplication::translate("hearken::ItemState", "Snoozed");
    case ItemState::Done:
        return QCoreApplication::translate("hearken::ItemState", "Done");
    case ItemState::Dismissed:
        return QCoreApplication::translate("hearken::ItemState", "Dismissed");
    }
    return {};
}

} // namespace hearken
