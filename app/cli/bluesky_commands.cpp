// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/bluesky_commands.h"

#include "cli/cli_text.h"
#include "cli/workspace_option.h"
#include "providers/bluesky/oauth_sign_in.h"

#include <QJsonDocument>

namespace hearken::cli {

int runOAuthClientMetadataCommand(const QStringList& arguments, CliIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Print the OAuth client metadata document for Bluesky sign-ins. Host it at the "
        "--client-id URL (https) and give that URL to Hearken as the client metadata URL."));
    parser.addOption({QStringLiteral("client-id"),
                      CliText::tr("Where the document will be hosted."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("scope"),
                      CliText::tr("The scopes to ask for (default: atproto transition:generic)."),
                      QStringLiteral("scope")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    const QUrl clientId(parser.value(QStringLiteral("client-id")), QUrl::StrictMode);
    if (!clientId.isValid() || clientId.scheme() != u"https" || clientId.host().isEmpty()) {
        io.err << CliText::tr(
                      "Usage: hearken oauth-client-metadata --client-id https://example.org/"
                      "hearken/client-metadata.json")
               << Qt::endl;
        return UsageError;
    }
    const QString scope = parser.isSet(QStringLiteral("scope"))
                              ? parser.value(QStringLiteral("scope"))
                              : bluesky::OAuthConfig{}.scope;
    io.out << QString::fromUtf8(QJsonDocument(bluesky::clientMetadata(clientId.toString(), scope))
                                    .toJson(QJsonDocument::Indented));
    io.out.flush();
    return Success;
}

} // namespace hearken::cli
