// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <optional>

class QDBusVariant;

namespace hearken {

// The desktop's light or dark preference as the XDG desktop portal tells it
// (org.freedesktop.appearance color-scheme, set by GNOME, KDE and others). Qt 6.4 does not read
// it; 6.5's QStyleHints::colorScheme() does.
class DesktopColorScheme : public QObject {
    Q_OBJECT
public:
    explicit DesktopColorScheme(QObject* parent = nullptr);

    // True for dark, false for light; std::nullopt without a portal or a preference.
    std::optional<bool> prefersDark() const { return m_prefersDark; }

Q_SIGNALS:
    void changed();

private Q_SLOTS:
    void settingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    std::optional<bool> m_prefersDark;
};

} // namespace hearken
