// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/url_policy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace hearken::net {

namespace {

// Addresses no public server has: private networks (RFC 1918, RFC 4193), shared and
// link-local ranges, "this network", benchmarking, multicast and reserved blocks.
bool isNonPublic(const QHostAddress& address)
{
    static const QList<QPair<QHostAddress, int>> ranges = {
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.0.0.0/24")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("198.18.0.0/15")),
        QHostAddress::parseSubnet(QStringLiteral("224.0.0.0/3")),
        QHostAddress::parseSubnet(QStringLiteral("::/128")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
        QHostAddress::parseSubnet(QStringLiteral("fe80::/9")),
        QHostAddress::parseSubnet(QStringLiteral("ff00::/8")),
    };
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    const QHostAddress checked = mapped ? QHostAddress(ipv4) : address;
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [&checked](const auto& range) { return checked.isInSubnet(range); });
}

} // namespace

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> refusalOf(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("hearken::net", "\"%1\" is not a valid web address.")
            .arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate(
                   "hearken::net",
                   "Hearken does not send a user name or password inside a web address (%1).")
            .arg(url.host());
    const bool loopback = isLoopbackHost(url.host());
    if (const QHostAddress address(url.host());
        !loopback && !address.isNull() && isNonPublic(address))
        return QCoreApplication::translate(
                   "hearken::net",
                   "%1 is an address of a private or reserved network; Hearken only connects to "
                   "public servers and to this computer.")
            .arg(url.host());
    if (url.scheme() == u"https")
        return std::nullopt;
    if (url.scheme() == u"http" && loopback)
        return std::nullopt;
    return QCoreApplication::translate(
               "hearken::net",
               "Hearken only talks to %1 over https; plain http is allowed for this computer's "
               "own addresses only.")
        .arg(url.host());
}

tl::expected<QUrl, QString> serverBaseUrl(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return tl::unexpected(QCoreApplication::translate(
            "hearken::net", "Type the server's address, for example mastodon.social."));
    const QString notAServer =
        QCoreApplication::translate(
            "hearken::net",
            "\"%1\" is not a web server's address: Hearken signs in over https. Type a name "
            "like mastodon.social.")
            .arg(text);
    if (!text.contains(u"://")) {
        // "name:" before anything but a port number names a scheme: "javascript:", "file:".
        static const QRegularExpression scheme(
            QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:(?!\\d+(/|$))"));
        if (scheme.match(text).hasMatch())
            return tl::unexpected(notAServer);
        text.prepend(u"https://");
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return tl::unexpected(notAServer);
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    url.setHost(url.host().toLower());
    if (auto refusal = refusalOf(url))
        return tl::unexpected(*refusal);
    return url;
}

} // namespace hearken::net
