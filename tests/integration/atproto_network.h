// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>

#include <functional>
#include <optional>

namespace hearken::testing {

// The running reference network that tests/peers/atproto/fixture.sh started (CTest starts it
// once for all tests that need it). A missing network fails the test: it never skips.
struct AtprotoNetwork {
    QUrl pds;
    QUrl plc;
    QUrl appview;
    // fake-browser.js: drives the PDS's sign-in page the way a person would.
    QString fakeBrowser;
    QJsonObject seed;
    // detect-facets.js and the folder holding node_modules: @atproto/api's own facet detection.
    QString detectFacets;
    QString modules;

    QString did(const char* who) const
    {
        return account(who).value(QLatin1String("did")).toString();
    }
    QString handle(const char* who) const
    {
        return account(who).value(QLatin1String("handle")).toString();
    }
    QString password(const char* who) const
    {
        return account(who).value(QLatin1String("password")).toString();
    }
    QJsonObject account(const char* who) const { return seed.value(QLatin1String(who)).toObject(); }
    QString postUri(const char* name) const
    {
        return seed.value(QLatin1String("posts"))
            .toObject()
            .value(QLatin1String(name))
            .toObject()
            .value(QLatin1String("uri"))
            .toString();
    }

    static std::optional<AtprotoNetwork> fromEnvironment()
    {
        const QString path = qEnvironmentVariable("HEARKEN_ATPROTO_STATE");
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            ADD_FAILURE() << "The AT Protocol network is not running: HEARKEN_ATPROTO_STATE ('"
                          << path.toStdString()
                          << "') names no state file. Run the tests through ctest, which starts "
                             "tests/peers/atproto/fixture.sh.";
            return std::nullopt;
        }
        const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        return AtprotoNetwork{QUrl(state.value(QLatin1String("pds")).toString()),
                              QUrl(state.value(QLatin1String("plc")).toString()),
                              QUrl(state.value(QLatin1String("appview")).toString()),
                              state.value(QLatin1String("fakeBrowser")).toString(),
                              state.value(QLatin1String("seed")).toObject(),
                              state.value(QLatin1String("detectFacets")).toString(),
                              state.value(QLatin1String("modules")).toString()};
    }
};

// Runs the event loop until an asynchronous call reports, and returns what it reported.
template <typename Result>
Result await(const std::function<void(std::function<void(const Result&)>)>& start,
             int timeoutMs = 30'000)
{
    std::optional<Result> result;
    QEventLoop loop;
    start([&](const Result& value) {
        result = value;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        throw std::runtime_error("no answer within the time limit");
    return *result;
}

// Polls `check` (which runs the event loop itself) until it holds; for the AppView, which
// indexes new records asynchronously.
inline bool eventually(const std::function<bool()>& check, int timeoutMs = 20'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (check())
            return true;
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return check();
}

} // namespace hearken::testing
