// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// The stable words an enum value is stored and typed as (database, command line, JSON).
template <typename E>
struct EnumName {
    E value;
    QStringView name;
};

template <typename E, std::size_t N>
QString nameOf(const EnumName<E> (&table)[N], E value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return entry.name.toString();
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const EnumName<E> (&table)[N], QStringView name)
{
    for (const auto& entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace hearken
