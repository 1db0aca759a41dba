// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

namespace hearken::testing {

// The page size of the file at `path` and the numbers of the pages `query` selects with
// `table` bound, after checkpointing the log into the file. No other connection may be open.
inline void readPages(const QString& path, const QString& query, const QString& table,
                      qint64& pageSize, QList<qint64>& pages)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery read(db);
        ASSERT_TRUE(read.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        ASSERT_TRUE(read.exec(QStringLiteral("PRAGMA page_size")) && read.next());
        pageSize = read.value(0).toLongLong();
        ASSERT_TRUE(read.prepare(query));
        read.addBindValue(table);
        ASSERT_TRUE(read.exec());
        while (read.next())
            pages.append(read.value(0).toLongLong());
        read.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Fills each of `pages` of the file with garbage, as a failing disk might.
inline void scribbleOver(const QString& path, qint64 pageSize, const QList<qint64>& pages)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    for (const qint64 page : pages) {
        ASSERT_TRUE(file.seek((page - 1) * pageSize));
        ASSERT_EQ(file.write(QByteArray(pageSize, '\xA5')), pageSize);
    }
}

// Overwrites a leaf page from the middle of `table` with garbage and leaves the header and
// the schema whole, so that the file still opens and only reading that table's rows finds
// the damage. No connection may have the file open.
inline void damageMiddleLeafOf(const QString& path, const QString& table)
{
    qint64 pageSize = 0;
    QList<qint64> leaves;
    ASSERT_NO_FATAL_FAILURE(readPages(path,
                                      QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND "
                                                     "pagetype = 'leaf' ORDER BY pageno"),
                                      table, pageSize, leaves));
    ASSERT_GE(leaves.size(), 3) << "too few rows in " << table.toStdString();
    scribbleOver(path, pageSize, {leaves.at(leaves.size() / 2)});
}

// Overwrites the root page of `table` and of each of its indexes with garbage: a table small
// enough for one page is then unreadable, while the schema and every other table stay whole.
// No connection may have the file open.
inline void damageRootsOf(const QString& path, const QString& table)
{
    qint64 pageSize = 0;
    QList<qint64> roots;
    ASSERT_NO_FATAL_FAILURE(
        readPages(path,
                  // Triggers are in the schema too, with no page of their own.
                  QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE tbl_name = ? AND "
                                 "rootpage > 0"),
                  table, pageSize, roots));
    ASSERT_FALSE(roots.isEmpty()) << "no table " << table.toStdString();
    scribbleOver(path, pageSize, roots);
}

// Keeps the 100-byte header and scribbles over every page after it, the schema's first. No
// connection may have the file open.
inline void scribbleAfterHeader(const QString& path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    for (qsizetype i = 100; i < bytes.size(); ++i)
        bytes[i] = char(i * 7);
    ASSERT_TRUE(file.seek(0));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

} // namespace hearken::testing
