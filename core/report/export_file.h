// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <tl/expected.hpp>

#include <memory>

class QFileDevice;

namespace hearken {

// The file a user named for an export, written so that a failed export never passes for a
// finished one and never destroys what was there:
// - a regular file, or a new one, is written beside its target and takes its place only once
//   everything is written (QSaveFile): after a failure the old file is as it was;
// - a pipe or a terminal, and "-" for standard output, is written directly;
// - a folder or any other special file (a disk, a socket) is refused.
// Every write is checked; the first failure is kept with its cause ("No space left on device")
// as errorString(), later writes fail, and commit() reports it.
class ExportFile : public QIODevice {
public:
    // The path that stands for standard output.
    static inline const QString standardOutput = QStringLiteral("-");

    explicit ExportFile(QString path);
    // Without commit() a new file is never created and an old one is left alone.
    ~ExportFile() override;

    // Opens the target for writing, or says why it cannot be.
    tl::expected<void, QString> begin();
    // Finishes the file: everything flushed and, for a regular file, put in place. Fails with
    // the first write error, if there was one.
    tl::expected<void, QString> commit();
    // Gives up: a regular file stays as it was.
    void discard();

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    // Writes out what is pending; false (with the cause kept) if the file refused it.
    bool drain();
    tl::expected<void, QString> fail(const QString& cause);

    QString m_path;
    std::unique_ptr<QFileDevice> m_file;
    QByteArray m_pending;
};

} // namespace hearken
