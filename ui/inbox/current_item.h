// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <optional>

namespace hearken {

// The one item the inbox is about. The thread pane shows it, the notes and the composer belong
// to it, the item actions act on it and the status bar speaks of it; all of them read this id
// and nothing else, so an action never lands on a post other than the one shown.
class CurrentItem : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    std::optional<qint64> id() const { return m_id; }
    void set(std::optional<qint64> postId);

Q_SIGNALS:
    void changed();

private:
    std::optional<qint64> m_id;
};

} // namespace hearken
