// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QPointer>

#include <functional>
#include <optional>

class QActionGroup;
class QApplication;
class QMenu;
class QSettings;

namespace hearken {

// Light or dark, as the desktop says or as the user chose in View → Appearance.
enum class AppearanceChoice { System, Light, Dark };

// The two palettes Hearken draws with. Every role a widget draws text with, and every semantic
// colour, reads at 4.5:1 or more on the background it is drawn on (tests/ui check).
QPalette lightPalette();
QPalette darkPalette();
bool isDark(const QPalette& palette);

// Applies the chosen palette to the application, remembers the choice per user (in the
// settings, not the workspace) and, while the choice is System, follows the desktop as it
// changes. Gives the application its desktop palette back when destroyed.
class Appearance : public QObject {
    Q_OBJECT
public:
    // Whether the desktop prefers dark; std::nullopt when it does not say.
    using DesktopPreference = std::function<std::optional<bool>()>;

    // `settings` is owned by the caller and may be null (nothing is remembered). Without a
    // `preference`, the desktop portal's colour scheme is asked and followed.
    Appearance(QApplication& application, QSettings* settings, DesktopPreference preference = {},
               QObject* parent = nullptr);
    ~Appearance() override;

    AppearanceChoice choice() const { return m_choice; }
    void setChoice(AppearanceChoice choice);
    // Whether the palette in use is the dark one.
    bool showsDark() const { return m_dark; }
    // Adds System / Light / Dark to `menu`, checked as the choice is.
    void addChoices(QMenu& menu);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Applies the palette the choice and the desktop call for; nothing when it is in use.
    void follow();

    QApplication& m_application;
    QSettings* m_settings;
    // The desktop's palette as Qt read it before Hearken set one: when the desktop says
    // nothing about dark or light, its darkness is the preference.
    QPalette m_desktopPalette;
    DesktopPreference m_preference;
    AppearanceChoice m_choice = AppearanceChoice::System;
    bool m_dark = false;
    bool m_applied = false;
    QPointer<QActionGroup> m_choices;
};

} // namespace hearken
