// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appearance.h"

#include "shell/desktop_color_scheme.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSettings>

#include <utility>

namespace hearken {

namespace {

const QString settingsKey = QStringLiteral("appearance/palette");

QString nameOf(AppearanceChoice choice)
{
    switch (choice) {
    case AppearanceChoice::System:
        break;
    case AppearanceChoice::Light:
        return QStringLiteral("light");
    case AppearanceChoice::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

AppearanceChoice choiceNamed(const QString& name)
{
    for (AppearanceChoice choice : {AppearanceChoice::Light, AppearanceChoice::Dark}) {
        if (name == nameOf(choice))
            return choice;
    }
    return AppearanceChoice::System;
}

struct Roles {
    QColor window, windowText, base, alternateBase, text, placeholder, button, light, midlight, mid,
        dark, shadow, highlight, highlightedText, link, linkVisited, toolTipBase, brightText,
        disabledText, disabledHighlight;
};

QPalette paletteOf(const Roles& r)
{
    QPalette palette;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        palette.setColor(group, QPalette::Window, r.window);
        palette.setColor(group, QPalette::WindowText, disabled ? r.disabledText : r.windowText);
        palette.setColor(group, QPalette::Base, disabled ? r.window : r.base);
        palette.setColor(group, QPalette::AlternateBase, r.alternateBase);
        palette.setColor(group, QPalette::Text, disabled ? r.disabledText : r.text);
        palette.setColor(group, QPalette::PlaceholderText,
                         disabled ? r.disabledText : r.placeholder);
        palette.setColor(group, QPalette::Button, r.button);
        palette.setColor(group, QPalette::ButtonText, disabled ? r.disabledText : r.windowText);
        palette.setColor(group, QPalette::BrightText, r.brightText);
        palette.setColor(group, QPalette::Light, r.light);
        palette.setColor(group, QPalette::Midlight, r.midlight);
        palette.setColor(group, QPalette::Mid, r.mid);
        palette.setColor(group, QPalette::Dark, r.dark);
        palette.setColor(group, QPalette::Shadow, r.shadow);
        palette.setColor(group, QPalette::Highlight, disabled ? r.disabledHighlight : r.highlight);
        palette.setColor(group, QPalette::HighlightedText, r.highlightedText);
        palette.setColor(group, QPalette::Link, r.link);
        palette.setColor(group, QPalette::LinkVisited, r.linkVisited);
        palette.setColor(group, QPalette::ToolTipBase, r.toolTipBase);
        palette.setColor(group, QPalette::ToolTipText, r.windowText);
    }
    return palette;
}

} // namespace

QPalette lightPalette()
{
    return paletteOf({.window = QColor(0xef, 0xef, 0xef),
                      .windowText = QColor(0x1f, 0x1f, 0x1f),
                      .base = Qt::white,
                      .alternateBase = QColor(0xf5, 0xf5, 0xf5),
                      .text = QColor(0x1f, 0x1f, 0x1f),
                      .placeholder = QColor(0x63, 0x63, 0x63),
                      .button = QColor(0xef, 0xef, 0xef),
                      .light = Qt::white,
                      .midlight = QColor(0xca, 0xca, 0xca),
                      .mid = QColor(0xb8, 0xb8, 0xb8),
                      .dark = QColor(0x9f, 0x9f, 0x9f),
                      .shadow = QColor(0x76, 0x76, 0x76),
                      .highlight = QColor(0x2c, 0x62, 0xb8),
                      .highlightedText = Qt::white,
                      .link = QColor(0x1a, 0x5f, 0xb4),
                      .linkVisited = QColor(0x7c, 0x3a, 0xad),
                      .toolTipBase = QColor(0xff, 0xff, 0xdc),
                      .brightText = Qt::white,
                      .disabledText = QColor(0x8c, 0x8c, 0x8c),
                      .disabledHighlight = QColor(0x91, 0x91, 0x91)});
}

QPalette darkPalette()
{
    return paletteOf({.window = QColor(0x2b, 0x2d, 0x30),
                      .windowText = QColor(0xe8, 0xe8, 0xe8),
                      .base = QColor(0x1e, 0x1f, 0x22),
                      .alternateBase = QColor(0x26, 0x28, 0x2b),
                      .text = QColor(0xe8, 0xe8, 0xe8),
                      .placeholder = QColor(0xa3, 0xa6, 0xab),
                      .button = QColor(0x35, 0x37, 0x3b),
                      .light = QColor(0x4a, 0x4d, 0x52),
                      .midlight = QColor(0x3e, 0x41, 0x45),
                      .mid = QColor(0x30, 0x32, 0x36),
                      .dark = QColor(0x1a, 0x1b, 0x1d),
                      .shadow = QColor(0x0d, 0x0d, 0x0d),
                      .highlight = QColor(0x2f, 0x65, 0xb8),
                      .highlightedText = Qt::white,
                      .link = QColor(0x8a, 0xb4, 0xf8),
                      .linkVisited = QColor(0xc8, 0xa2, 0xf8),
                      .toolTipBase = QColor(0x3c, 0x3f, 0x41),
                      .brightText = QColor(0xff, 0x8a, 0x80),
                      .disabledText = QColor(0x7a, 0x7c, 0x80),
                      .disabledHighlight = QColor(0x45, 0x48, 0x4d)});
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

Appearance::Appearance(QApplication& application, QSettings* settings, DesktopPreference preference,
                       QObject* parent)
    : QObject(parent)
    , m_application(application)
    , m_settings(settings)
    , m_desktopPalette(QApplication::palette())
    , m_preference(std::move(preference))
{
    if (!m_preference) {
        auto* scheme = new DesktopColorScheme(this);
        m_preference = [scheme] { return scheme->prefersDark(); };
        connect(scheme, &DesktopColorScheme::changed, this, &Appearance::follow);
    }
    if (m_settings)
        m_choice = choiceNamed(m_settings->value(settingsKey).toString());
    // The platform tells every window when the desktop's theme changed.
    m_application.installEventFilter(this);
    follow();
}

Appearance::~Appearance()
{
    m_application.removeEventFilter(this);
    QApplication::setPalette(m_desktopPalette);
}

void Appearance::setChoice(AppearanceChoice choice)
{
    m_choice = choice;
    if (m_settings)
        m_settings->setValue(settingsKey, nameOf(choice));
    if (m_choices) {
        for (QAction* action : m_choices->actions())
            action->setChecked(action->data().toInt() == int(choice));
    }
    follow();
}

void Appearance::addChoices(QMenu& menu)
{
    m_choices = new QActionGroup(&menu);
    const std::pair<AppearanceChoice, QString> choices[] = {
        {AppearanceChoice::System, tr("As the &system")},
        {AppearanceChoice::Light, tr("&Light")},
        {AppearanceChoice::Dark, tr("&Dark")},
    };
    for (const auto& [choice, text] : choices) {
        QAction* action = menu.addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == m_choice);
        action->setData(int(choice));
        m_choices->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { setChoice(choice); });
    }
}

bool Appearance::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ThemeChange && m_choice == AppearanceChoice::System)
        follow();
    return QObject::eventFilter(watched, event);
}

void Appearance::follow()
{
    const bool dark =
        m_choice == AppearanceChoice::Dark ||
        (m_choice == AppearanceChoice::System && m_preference().value_or(isDark(m_desktopPalette)));
    if (m_applied && dark == m_dark)
        return;
    m_applied = true;
    m_dark = dark;
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    Q_EMIT changed();
}

} // namespace hearken
