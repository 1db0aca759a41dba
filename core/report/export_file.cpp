// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/export_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

namespace hearken {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::ExportFile)
};

// Written out in pieces of this size: few system calls, and a full disk is noticed early.
constexpr qsizetype pieceSize = 64 * 1024;

} // namespace

ExportFile::ExportFile(QString path)
    : m_path(std::move(path))
{}

ExportFile::~ExportFile()
{
    discard();
}

tl::expected<void, QString> ExportFile::begin()
{
    // Unbuffered below: QFileDevice's own buffer loses the cause of a failed flush, and
    // QSaveFile forgets a failed write once the next one succeeds.
    constexpr QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
    if (m_path == standardOutput) {
        auto out = std::make_unique<QFile>();
        if (!out->open(STDOUT_FILENO, mode, QFileDevice::DontCloseHandle))
            return fail(out->errorString());
        m_file = std::move(out);
    } else {
        struct stat status = {};
        const bool exists = ::stat(QFile::encodeName(m_path).constData(), &status) == 0;
        if (exists && S_ISDIR(status.st_mode))
            return fail(Text::tr("it is a folder; name a file in it"));
        if (exists && (S_ISFIFO(status.st_mode) || S_ISCHR(status.st_mode)))
            m_file = std::make_unique<QFile>(m_path);
        else if (exists && !S_ISREG(status.st_mode))
            return fail(Text::tr("it is neither a file, a pipe nor a terminal"));
        else
            m_file = std::make_unique<QSaveFile>(m_path);
        if (!m_file->open(mode)) {
            const QString cause = m_file->errorString();
            m_file.reset();
            return fail(cause);
        }
    }
    QIODevice::open(QIODevice::WriteOnly);
    return {};
}

tl::expected<void, QString> ExportFile::commit()
{
    if (!m_file || !drain()) {
        const QString failure = errorString();
        discard();
        return tl::unexpected(failure);
    }
    if (auto* save = qobject_cast<QSaveFile*>(m_file.get())) {
        if (!save->commit()) {
            const QString cause = save->errorString();
            discard();
            return fail(cause);
        }
    } else {
        m_file->close();
    }
    m_file.reset();
    QIODevice::close();
    return {};
}

void ExportFile::discard()
{
    // A QSaveFile deleted before its commit removes what it wrote and keeps the old file.
    m_file.reset();
    m_pending.clear();
    QIODevice::close();
}

qint64 ExportFile::readData(char*, qint64)
{
    return -1;
}

qint64 ExportFile::writeData(const char* data, qint64 size)
{
    if (!m_file)
        return -1;
    m_pending.append(data, size);
    if (m_pending.size() >= pieceSize && !drain())
        return -1;
    return size;
}

bool ExportFile::drain()
{
    for (qsizetype done = 0; done < m_pending.size();) {
        // A full disk first takes what fits, then fails with its cause on the next write.
        const qint64 written = m_file->write(m_pending.constData() + done, m_pending.size() - done);
        if (written <= 0) {
            fail(m_file->errorString());
            m_file.reset();
            m_pending.clear();
            return false;
        }
        done += written;
    }
    m_pending.clear();
    return true;
}

tl::expected<void, QString> ExportFile::fail(const QString& cause)
{
    const QString shown = m_path == standardOutput ? Text::tr("standard output") : m_path;
    setErrorString(Text::tr("Cannot write %1: %2.").arg(shown, cause));
    return tl::unexpected(errorString());
}

} // namespace hearken
