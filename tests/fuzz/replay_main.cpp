// SPDX-License-Identifier: GPL-3.0-or-later
// A main for builds without libFuzzer (gcc): runs the harness once over every input of the
// files and directories it is given, as libFuzzer replays a corpus, so each input that ever
// broke a parser is tried again by the main test suite.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(path).isDir()) {
            inputs.append(path);
            continue;
        }
        const QDir dir(path);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
            inputs.append(dir.filePath(name));
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "No inputs: name corpus directories or input files.\n");
        return 2;
    }
    for (const QString& path : inputs) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 2;
        }
        // A heap copy of exactly the input's size, as libFuzzer passes it.
        const QByteArray input = file.readAll();
        std::printf("%s\n", qPrintable(path));
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()),
                               size_t(input.size()));
    }
    std::printf("%lld inputs passed\n", static_cast<long long>(inputs.size()));
    return 0;
}
