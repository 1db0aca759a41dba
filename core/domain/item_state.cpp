// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/item_state.h"

#include "domain/enum_names.h"

namespace hearken {

namespace {
constexpr EnumName<ItemState> stateNames[] = {
    {ItemState::Open, u"open", QT_TRANSLATE_NOOP("hearken::ItemState", "Open")},
    {ItemState::Snoozed, u"snoozed", QT_TRANSLATE_NOOP("hearken::ItemState", "Snoozed")},
    {ItemState::Done, u"done", QT_TRANSLATE_NOOP("hearken::ItemState", "Done")},
    {ItemState::Dismissed, u"dismissed", QT_TRANSLATE_NOOP("hearken::ItemState", "Dismissed")},
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
    return labelOf(stateNames, state, "hearken::ItemState");
}

} // namespace hearken
