// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF export of hostile text: whatever posts, handles, replies and topics say, the report
// is written whole and is a PDF.
#include "fuzz_input.h"
#include "report_pdf.h"

#include <QApplication>
#include <QDir>
#include <QFile>

namespace {

// The charts are graphics items, so the PDF needs an application; offscreen unless told.
void ensureApplication()
{
    if (QApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "fuzz_report_pdf";
    static char* argv[] = {name, nullptr};
    static QApplication application(argc, argv);
}

hearken::Report reportAbout(const QString& text)
{
    using namespace hearken;
    Report report;
    report.period = {1'790'000'000, 1'790'604'800};
    report.previousPeriod = {1'789'395'200, 1'790'000'000};
    report.generatedAt = 1'790'604'800;
    for (int i = 0; i < 3; ++i) {
        WaitingItem item;
        item.postId = i + 1;
        item.receivedAt = 1'790'000'000 + i * 3600;
        item.network = QStringLiteral("mastodon");
        item.accountHandle = text.left(40);
        item.authorHandle = text.mid(i * 10, 60);
        item.text = text;
        item.assignee = text.right(30);
        report.backlog.oldest.append(item);
    }
    report.repeatedReplies.append({text.left(20), text, 4, 3});
    report.followUps.append({1, text.left(80), text.right(20), 2, 2, 1});
    return report;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    const QString text = hearken::fuzz::text(data, size);
    const QString path = QDir::temp().filePath(
        QStringLiteral("hearken-fuzz-%1.pdf").arg(QCoreApplication::applicationPid()));
    const auto written = hearken::writeReportPdf(reportAbout(text), path, text.left(100));
    FUZZ_REQUIRE(written.has_value());
    QFile pdf(path);
    FUZZ_REQUIRE(pdf.open(QIODevice::ReadOnly));
    FUZZ_REQUIRE(pdf.read(5) == "%PDF-");
    pdf.close();
    QFile::remove(path);
    return 0;
}
