// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/desktop_color_scheme.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>

namespace hearken {

namespace {

const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString settingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString appearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString colorSchemeKey = QStringLiteral("color-scheme");

// The portal's Read wraps the value in two variants, its signal in one.
QVariant unwrapped(QVariant value)
{
    while (value.userType() == qMetaTypeId<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}

// 0: no preference, 1: prefers dark, 2: prefers light.
std::optional<bool> schemePrefersDark(const QVariant& scheme)
{
    bool ok = false;
    const uint value = unwrapped(scheme).toUInt(&ok);
    if (!ok || (value != 1 && value != 2))
        return std::nullopt;
    return value == 1;
}

} // namespace

DesktopColorScheme::DesktopColorScheme(QObject* parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    // Asked only when the portal already runs: starting one would hold up the window.
    if (!bus.isConnected() || !bus.interface() ||
        !bus.interface()->isServiceRegistered(portalService).value())
        return;
    QDBusMessage read = QDBusMessage::createMethodCall(portalService, portalPath, settingsInterface,
                                                       QStringLiteral("Read"));
    read << appearanceGroup << colorSchemeKey;
    const QDBusMessage reply = bus.call(read, QDBus::Block, 1000);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
        m_prefersDark = schemePrefersDark(reply.arguments().constFirst());
    bus.connect(portalService, portalPath, settingsInterface, QStringLiteral("SettingChanged"),
                this, SLOT(settingChanged(QString, QString, QDBusVariant)));
}

void DesktopColorScheme::settingChanged(const QString& group, const QString& key,
                                        const QDBusVariant& value)
{
    if (group != appearanceGroup || key != colorSchemeKey)
        return;
    m_prefersDark = schemePrefersDark(value.variant());
    Q_EMIT changed();
}

} // namespace hearken
