// SPDX-License-Identifier: GPL-3.0-or-later
// The least a Qt program pays to answer what the sqlite3 shell answers: Qt Core loaded, its
// application object made, then plain sqlite3 calls, no more. bench_cli_startup times it
// beside hearken and the shell, so that its ratio shows how much of hearken's is Qt's own.
// Run: bench_qt_floor (prints Qt's version) or bench_qt_floor PATH STATEMENT...: runs each
// statement on PATH, read-only, and prints what the last one selects.
#include <QCoreApplication>

#include <cstdio>
#include <sqlite3.h>

int main(int argc, char** argv)
{
    const QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::printf("%s\n", qVersion());
        return 0;
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        return 1;
    }
    for (int i = 2; i < argc; ++i) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, argv[i], -1, &statement, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
            return 1;
        }
        const bool prints = i == argc - 1;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; prints && c < sqlite3_column_count(statement); ++c) {
                const auto* text = sqlite3_column_text(statement, c);
                std::printf(c == 0 ? "%s" : "|%s", text ? reinterpret_cast<const char*>(text) : "");
            }
            if (prints)
                std::printf("\n");
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return 0;
}
