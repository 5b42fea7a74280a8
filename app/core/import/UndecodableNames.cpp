#include "core/import/UndecodableNames.h"

#include "core/platform/RawFileNames.h"

namespace {
int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 0;
}
} // namespace

QList<QByteArray> UndecodableNames::find(const QString &folder, int maxDepth)
{
    return RawFileNames::find(folder, maxDepth, [](const QByteArray &name) { return !isValidUtf8(name); });
}

bool UndecodableNames::isValidUtf8(const QByteArray &bytes)
{
    // Invalid bytes decode to U+FFFD, which does not encode back to them.
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QString UndecodableNames::display(const QByteArray &bytes)
{
    QString text;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto lead = uchar(bytes.at(i));
        const int length = sequenceLength(lead);
        if (length > 0 && lead >= 0x20 && lead != 0x7F && i + length <= bytes.size()) {
            const QByteArray sequence = bytes.mid(i, length);
            if (isValidUtf8(sequence)) {
                text += QString::fromUtf8(sequence);
                i += length;
                continue;
            }
        }
        text += QString::asprintf("\\x%02X", lead);
        ++i;
    }
    return text;
}
