// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/line_reader.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

struct Read {
    QByteArray line;
    bool cut = false;
};

QList<Read> readAll(const QByteArray& input)
{
    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    LineReader reader(device);
    QList<Read> lines;
    while (const auto line = reader.next())
        lines.append({*line, reader.wasCut()});
    return lines;
}

constexpr qsizetype max = LineReader::maxLength;

} // namespace

TEST(LineReader, LinesComeWithoutTheirBreaks)
{
    const QList<Read> lines = readAll("one\r\n\ntwo\nlast");
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0].line, "one");
    EXPECT_EQ(lines[1].line, "");
    EXPECT_EQ(lines[2].line, "two");
    EXPECT_EQ(lines[3].line, "last");
    for (const Read& read : lines)
        EXPECT_FALSE(read.cut);
}

TEST(LineReader, ALineOfTheLongestLengthIsKeptWhole)
{
    const QByteArray longest(max, 'a');
    const QList<Read> lines = readAll(longest + "\r\n" + longest + "\n" + longest);
    ASSERT_EQ(lines.size(), 3);
    for (const Read& read : lines) {
        EXPECT_EQ(read.line, longest);
        EXPECT_FALSE(read.cut);
    }
}

TEST(LineReader, ALongerLineIsCutAndTheRestDropped)
{
    const QByteArray endless(20 * 1024 * 1024, 'b');
    const QList<Read> lines =
        readAll(QByteArray(max + 1, 'a') + "\n" + endless + "\r\nnext\n" + endless);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0].line, QByteArray(max, 'a'));
    EXPECT_TRUE(lines[0].cut);
    EXPECT_EQ(lines[1].line, QByteArray(max, 'b'));
    EXPECT_TRUE(lines[1].cut);
    EXPECT_EQ(lines[2].line, "next");
    EXPECT_FALSE(lines[2].cut);
    EXPECT_EQ(lines[3].line, QByteArray(max, 'b')) << "a final line without a break too";
    EXPECT_TRUE(lines[3].cut);
}

TEST(LineReader, TheCutNeverSplitsAUtf8Character)
{
    // "é" is two bytes: the one that would straddle the limit is left out whole.
    QByteArray text(max - 1, 'a');
    text += "\xc3\xa9 and more";
    const QList<Read> lines = readAll(text);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].line, QByteArray(max - 1, 'a'));
    EXPECT_TRUE(lines[0].cut);
}
