// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/wait_for.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace hearken::testing {

// A Node.js test server under tests/peers, started on a free port on 127.0.0.1 for one test
// and stopped with it. A missing node or a server that does not come up fails the test.
class NodePeer {
public:
    explicit NodePeer(const QString& script, QStringList arguments = {})
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            ADD_FAILURE() << "node is not installed (scripts/lib/packages.sh lists nodejs)";
            return;
        }
        m_process.setProgram(node);
        m_process.setArguments(QStringList{script, QStringLiteral("--port=0")} + arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            ADD_FAILURE() << "could not start " << script.toStdString();
            return;
        }
        // The server prints {"port": N} once it listens.
        const bool up = spinUntil(
            [this] {
                m_output += m_process.readAllStandardOutput();
                return m_output.contains('\n') || m_process.state() != QProcess::Running;
            },
            15'000);
        const QJsonObject ready =
            QJsonDocument::fromJson(m_output.left(m_output.indexOf('\n'))).object();
        m_port = ready.value(QLatin1String("port")).toInt();
        if (!up || m_port <= 0)
            ADD_FAILURE() << script.toStdString()
                          << " did not start: " << m_process.readAllStandardError().toStdString();
    }

    ~NodePeer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    bool isUp() const { return m_port > 0; }
    QUrl url(const QString& path = {}) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        url.setPath(path);
        return url;
    }

    // POSTs a control request (form fields) and returns the JSON answer.
    QJsonObject control(const QString& path, const QList<std::pair<QString, QString>>& fields = {})
    {
        QUrlQuery form;
        for (const auto& [name, value] : fields)
            form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        QNetworkRequest request(url(QStringLiteral("/__control") + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        auto answer = waitFor<QByteArray>([&](auto done) {
            QNetworkReply* reply = m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
                done(reply->readAll());
                reply->deleteLater();
            });
        });
        return QJsonDocument::fromJson(answer.value_or(QByteArray())).object();
    }

    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QByteArray m_output;
    QNetworkAccessManager m_network;
    int m_port = 0;
};

} // namespace hearken::testing
