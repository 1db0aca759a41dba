// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

namespace hearken::testing {

// Overwrites a leaf page from the middle of `table` with garbage, as a failing disk might,
// and leaves the header and the schema whole, so that the file still opens and only reading
// that table's rows finds the damage. No connection may have the file open.
inline void damageMiddleLeafOf(const QString& path, const QString& table)
{
    const QString name = QUuid::createUuid().toString();
    qint64 pageSize = 0;
    QList<qint64> leaves;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
        ASSERT_TRUE(query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND "
                                                 "pagetype = 'leaf' ORDER BY pageno")));
        query.addBindValue(table);
        ASSERT_TRUE(query.exec());
        while (query.next())
            leaves.append(query.value(0).toLongLong());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    ASSERT_GE(leaves.size(), 3) << "too few rows in " << table.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek((leaves.at(leaves.size() / 2) - 1) * pageSize));
    ASSERT_EQ(file.write(QByteArray(pageSize, '\xA5')), pageSize);
}

// Overwrites the root page of `table` and of each of its indexes with garbage: a table small
// enough for one page is then unreadable, while the schema and every other table stay whole.
// No connection may have the file open.
inline void damageRootsOf(const QString& path, const QString& table)
{
    const QString name = QUuid::createUuid().toString();
    qint64 pageSize = 0;
    QList<qint64> roots;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
        ASSERT_TRUE(
            query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE tbl_name = ?")));
        query.addBindValue(table);
        ASSERT_TRUE(query.exec());
        while (query.next())
            roots.append(query.value(0).toLongLong());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    ASSERT_FALSE(roots.isEmpty()) << "no table " << table.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    for (const qint64 root : std::as_const(roots)) {
        ASSERT_TRUE(file.seek((root - 1) * pageSize));
        ASSERT_EQ(file.write(QByteArray(pageSize, '\xA5')), pageSize);
    }
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
