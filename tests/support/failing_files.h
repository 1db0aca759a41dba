// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Places where writing fails or must not replace anything, for the tests of exports.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace hearken::testing {

// Makes every write past `bytes` into a file fail with "File too large" (EFBIG), as a full
// disk would fail it, without needing one. For a child process call it in its
// QProcess::setChildProcessModifier(); in this process prefer FileSizeLimit.
inline void limitFileSize(rlim_t bytes)
{
    std::signal(SIGXFSZ, SIG_IGN); // else the kernel stops the writer instead
    rlimit limit = {};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limit);
}

// limitFileSize() for this process while it lives.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_before);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        limitFileSize(bytes);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_before);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_before = {};
    void (*m_handler)(int) = SIG_DFL;
};

inline bool isCharacterDevice(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && S_ISCHR(status.st_mode);
}

inline bool isFifo(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && S_ISFIFO(status.st_mode);
}

// A device that is always full, like /dev/full: a node of its own in `dir` where we may make
// one (as root), so that code that wrongly replaces it harms nothing; else /dev/full itself,
// which a user without that right cannot replace either.
inline QString fullDevice(const QTemporaryDir& dir)
{
    const QString own = dir.filePath(QStringLiteral("full"));
    if (::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        return own;
    return QStringLiteral("/dev/full");
}

// The reading end of a new FIFO at `path`, opened first so that a writer never blocks.
class FifoReader {
public:
    explicit FifoReader(const QString& path)
    {
        const QByteArray name = QFile::encodeName(path);
        if (::mkfifo(name.constData(), 0600) == 0)
            m_fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK);
        EXPECT_GE(m_fd, 0) << "cannot make the FIFO " << path.toStdString();
    }
    ~FifoReader()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FifoReader(const FifoReader&) = delete;
    FifoReader& operator=(const FifoReader&) = delete;

    // Takes what has arrived so far.
    QByteArray take()
    {
        QByteArray taken;
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                return taken;
            taken.append(buffer, n);
        }
    }

private:
    int m_fd = -1;
};

} // namespace hearken::testing
