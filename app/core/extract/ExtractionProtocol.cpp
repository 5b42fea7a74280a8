#include "core/extract/ExtractionProtocol.h"

#include "core/extract/OcrBoxes.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <limits>

namespace ExtractionProtocol {
namespace {

// Fixed, so that the bytes do not depend on the Qt version either side was built with.
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;
constexpr quint8 RequestType = 1;
constexpr quint8 ResultType = 2;
constexpr quint32 NullString = 0xffffffffu; // QDataStream's marker for a null QString

class FrameWriter
{
public:
    explicit FrameWriter(quint8 type)
        : m_stream(&m_frame, QIODevice::WriteOnly)
    {
        m_stream.setVersion(StreamVersion);
        m_stream << quint32(0) << Magic << Version << type; // length patched in finish()
    }

    QDataStream &stream() { return m_stream; }

    void writeBool(bool value) { m_stream << quint8(value ? 1 : 0); }

    void writeList(const QStringList &list)
    {
        m_stream << quint32(list.size());
        for (const QString &s : list)
            m_stream << s;
    }

    QByteArray finish(quint32 maxPayload)
    {
        const qsizetype payload = m_frame.size() - FrameHeaderBytes;
        if (m_stream.status() != QDataStream::Ok || payload > qsizetype(maxPayload))
            return {};
        qToBigEndian(quint32(payload), m_frame.data());
        return m_frame;
    }

private:
    QByteArray m_frame;
    QDataStream m_stream;
};

// Reads a payload with every length checked against the bytes left, before allocating for it.
class PayloadReader
{
public:
    explicit PayloadReader(const QByteArray &payload)
        : m_size(payload.size())
        , m_stream(payload)
    {
        m_stream.setVersion(StreamVersion);
    }

    bool readHeader(quint8 expectedType)
    {
        quint32 magic = 0;
        quint16 version = 0;
        quint8 type = 0;
        return read(magic) && read(version) && read(type) && magic == Magic && version == Version
            && type == expectedType;
    }

    template<typename T>
    bool read(T &value)
    {
        if (remaining() < qint64(sizeof(T)))
            return false;
        m_stream >> value;
        return m_stream.status() == QDataStream::Ok;
    }

    bool readBool(bool &value)
    {
        quint8 byte = 0;
        if (!read(byte) || byte > 1)
            return false;
        value = byte == 1;
        return true;
    }

    bool readString(QString &value)
    {
        quint32 bytes = 0;
        if (!read(bytes))
            return false;
        if (bytes == NullString) {
            value = QString();
            return true;
        }
        if (bytes % 2 != 0 || qint64(bytes) > remaining() || bytes > quint32(std::numeric_limits<int>::max()))
            return false;
        QString s(qsizetype(bytes / 2), Qt::Uninitialized);
        if (m_stream.readRawData(reinterpret_cast<char *>(s.data()), int(bytes)) != int(bytes))
            return false;
        qFromBigEndian<quint16>(s.constData(), s.size(), s.data());
        value = std::move(s);
        return true;
    }

    bool readList(QStringList &list)
    {
        quint32 count = 0;
        // Every string takes at least its 4-byte length: a count beyond that is garbage, and
        // checking it first keeps reserve() from allocating for a made-up number.
        if (!read(count) || qint64(count) > remaining() / 4)
            return false;
        QStringList result;
        result.reserve(qsizetype(count));
        for (quint32 i = 0; i < count; ++i) {
            QString s;
            if (!readString(s))
                return false;
            result.append(std::move(s));
        }
        list = std::move(result);
        return true;
    }

    bool readBytes(QByteArray &value)
    {
        quint32 bytes = 0;
        if (!read(bytes) || qint64(bytes) > remaining() || bytes > quint32(std::numeric_limits<int>::max()))
            return false;
        QByteArray b(qsizetype(bytes), Qt::Uninitialized);
        if (m_stream.readRawData(b.data(), int(bytes)) != int(bytes))
            return false;
        value = std::move(b);
        return true;
    }

    // The OCR pages: ascending page numbers within the page count, boxes the box reader accepts.
    bool readOcrPages(QList<OcrPage> &pages, int pageCount)
    {
        quint32 count = 0;
        if (!read(count) || qint64(count) > remaining() / 8 || qint64(count) > pageCount)
            return false;
        QList<OcrPage> result;
        int previous = 0;
        for (quint32 i = 0; i < count; ++i) {
            OcrPage page;
            qint32 number = 0;
            QList<OcrWord> words;
            if (!read(number) || number <= previous || number > pageCount || !readBytes(page.boxes)
                || !OcrBoxes::decode(page.boxes, &words))
                return false;
            page.page = number;
            previous = number;
            result.append(std::move(page));
        }
        pages = std::move(result);
        return true;
    }

    bool atEnd() const { return m_stream.status() == QDataStream::Ok && remaining() == 0; }

private:
    qint64 remaining() const { return m_size - m_stream.device()->pos(); }

    qint64 m_size;
    QDataStream m_stream;
};

} // namespace

QByteArray encodeRequest(const ExtractionRequest &request)
{
    FrameWriter w(RequestType);
    // The format travels as its id, so a reordered enum cannot change its meaning.
    w.stream() << request.path << DocumentFormats::id(request.format) << qint64(request.limits.maxMemberBytes)
               << qint64(request.limits.maxTextChars) << qint32(request.limits.maxPages)
               << qint32(request.limits.maxOcrPages) << qint32(request.limits.ocrSecondsPerPage)
               << qint32(request.limits.ocrSecondsPerDocument);
    return w.finish(MaxRequestBytes);
}

QByteArray encodeResult(const Extraction &result)
{
    FrameWriter w(ResultType);
    w.stream() << result.title << result.author << result.subject;
    w.writeList(result.pages);
    w.writeBool(result.paged);
    w.stream() << qint32(result.pageCount);
    w.writeBool(result.textExtracted);
    w.writeList(result.warnings);
    w.stream() << result.error;
    w.stream() << quint32(result.ocrPages.size());
    for (const OcrPage &page : result.ocrPages) {
        w.stream() << qint32(page.page) << quint32(page.boxes.size());
        w.stream().writeRawData(page.boxes.constData(), int(page.boxes.size()));
    }
    return w.finish(MaxResultBytes);
}

bool decodeRequest(const QByteArray &payload, ExtractionRequest *out)
{
    PayloadReader r(payload);
    ExtractionRequest request;
    QString formatId;
    qint64 maxMemberBytes = 0;
    qint64 maxTextChars = 0;
    qint32 maxPages = 0;
    qint32 maxOcrPages = 0;
    qint32 ocrSecondsPerPage = 0;
    qint32 ocrSecondsPerDocument = 0;
    if (!r.readHeader(RequestType) || !r.readString(request.path) || !r.readString(formatId)
        || !r.read(maxMemberBytes) || !r.read(maxTextChars) || !r.read(maxPages) || !r.read(maxOcrPages)
        || !r.read(ocrSecondsPerPage) || !r.read(ocrSecondsPerDocument) || !r.atEnd())
        return false;
    request.format = DocumentFormats::fromId(formatId);
    if (request.format == DocumentFormat::Unknown && formatId != DocumentFormats::id(DocumentFormat::Unknown))
        return false;
    if (request.path.isEmpty() || maxMemberBytes < 0 || maxTextChars < 0 || maxPages < 0 || maxOcrPages < 0
        || ocrSecondsPerPage < 0 || ocrSecondsPerDocument < 0)
        return false;
    request.limits.maxMemberBytes = maxMemberBytes;
    request.limits.maxTextChars = maxTextChars;
    request.limits.maxPages = maxPages;
    request.limits.maxOcrPages = maxOcrPages;
    request.limits.ocrSecondsPerPage = ocrSecondsPerPage;
    request.limits.ocrSecondsPerDocument = ocrSecondsPerDocument;
    *out = std::move(request);
    return true;
}

bool decodeResult(const QByteArray &payload, Extraction *out)
{
    PayloadReader r(payload);
    Extraction result;
    qint32 pageCount = 0;
    if (!r.readHeader(ResultType) || !r.readString(result.title) || !r.readString(result.author)
        || !r.readString(result.subject) || !r.readList(result.pages) || !r.readBool(result.paged)
        || !r.read(pageCount) || !r.readBool(result.textExtracted) || !r.readList(result.warnings)
        || !r.readString(result.error) || pageCount < 0 || !r.readOcrPages(result.ocrPages, pageCount)
        || !r.atEnd())
        return false;
    result.pageCount = pageCount;
    *out = std::move(result);
    return true;
}

FrameStatus takeFrame(QByteArray &buffer, QByteArray *payload, quint32 maxPayload)
{
    if (buffer.size() < FrameHeaderBytes)
        return FrameStatus::Incomplete;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > maxPayload)
        return FrameStatus::Invalid;
    if (buffer.size() - FrameHeaderBytes < qsizetype(length))
        return FrameStatus::Incomplete;
    *payload = buffer.mid(FrameHeaderBytes, qsizetype(length));
    buffer.remove(0, FrameHeaderBytes + qsizetype(length));
    return FrameStatus::Complete;
}

} // namespace ExtractionProtocol
