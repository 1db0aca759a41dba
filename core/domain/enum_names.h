// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// The stable word an enum value is stored and typed as (database, command line, JSON), and
// the words a person reads for it (translated in the table's context).
template <typename E>
struct EnumName {
    E value;
    QStringView name;
    const char* label;
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

template <typename E, std::size_t N>
QString labelOf(const EnumName<E> (&table)[N], E value, const char* context)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QCoreApplication::translate(context, entry.label);
    }
    return {};
}

} // namespace hearken
