// SPDX-License-Identifier: GPL-3.0-or-later
// TEST ONLY: a desk that the presence tests start and stop or kill.
//   presence_desk_helper WORKSPACE POST_ID
// It says it is replying to the item (refreshed every 300 ms, expiring after 2 s), prints
// "ready", and closes cleanly when its standard input closes.
#include "store/workspace.h"
#include "workflow/desk_presence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace hearken;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    auto ws = Workspace::open(args[1], OpenMode::MustExist);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    const QString person = QString::fromLocal8Bit(qgetenv("PRESENCE_PERSON"));
    DeskPresence::Timing timing;
    timing.heartbeat = std::chrono::milliseconds(300);
    timing.expirySeconds = 2;
    DeskPresence presence(
        **ws, person, [] { return QDateTime::currentSecsSinceEpoch(); }, timing);
    QObject::connect(&presence, &DeskPresence::failed, [](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    presence.setItem(args[2].toLongLong());
    presence.setReplying(true);
    std::printf("ready\n");
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        if (::read(STDIN_FILENO, &byte, 1) <= 0)
            app.quit();
    });
    return app.exec();
}
