// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace hearken {

// A network's colour as 0xRRGGBB, on light and on dark backgrounds.
struct NetworkColor {
    quint32 light = 0;
    quint32 dark = 0;
};

// The small mark lists show for a network: its colour, and a shape and letter of its own so
// that networks are told apart without seeing colour.
struct NetworkMark {
    enum class Shape { Circle, Square, Wide };
    // None: the quiet colour of things that carry no meaning.
    std::optional<NetworkColor> color;
    Shape shape = Shape::Circle;
    QChar letter;
};

// How one network shows where people read about it.
struct NetworkName {
    // The stable lower-case word stored with accounts and posts.
    QString id;
    // What the user reads.
    QString label;
    NetworkMark mark;
};

// The networks' labels and marks by id. The composition root fills it from the provider
// registry and hands it to what shows networks without knowing the providers; stored data
// keeps the id, and the label is looked up when it is shown.
class NetworkNames {
public:
    NetworkNames() = default;
    explicit NetworkNames(QList<NetworkName> networks);

    void add(NetworkName network);

    // The label, or the id itself for a network nobody here knows (an account a newer Hearken
    // stored, a history line written before labels were looked up when shown).
    QString label(QStringView id) const;
    // The mark; a quiet circle with the id's first letter for a network nobody here knows.
    NetworkMark mark(QStringView id) const;
    // Every known network's id, in the order they were added.
    QStringList ids() const;

private:
    const NetworkName* find(QStringView id) const;

    QList<NetworkName> m_networks;
};

} // namespace hearken
