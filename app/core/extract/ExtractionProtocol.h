#pragma once

#include "core/extract/DocumentFormat.h"
#include "core/extract/Extraction.h"

#include <QByteArray>
#include <QString>

// One file for the srtoolbox-extract worker to extract.
struct ExtractionRequest
{
    QString path;
    DocumentFormat format = DocumentFormat::Unknown;
    ExtractionLimits limits;
};

// The messages between ExtractionClient and the srtoolbox-extract worker, over the worker's
// stdin (requests) and stdout (results). A message is one frame: [quint32 payload length, big
// endian][payload]. The payload is a QDataStream (fixed stream version) that starts with a magic,
// the protocol version and the message type, so a worker from another build is refused instead of
// misread. Decoding trusts nothing: every length is checked against the bytes that are really
// there before anything is allocated, and a malformed payload is an error, never a crash.
namespace ExtractionProtocol {
constexpr quint32 Magic = 0x53525458; // "SRTX"
// Bump when the payload layout changes.
constexpr quint16 Version = 2;
constexpr qsizetype FrameHeaderBytes = 4;
// A request is a path and a few numbers.
constexpr quint32 MaxRequestBytes = 1024 * 1024;
// A result holds at most ExtractionLimits::maxTextChars of text (UTF-16) plus metadata; this is
// only the bound beyond which a declared length is taken for garbage.
constexpr quint32 MaxResultBytes = 1024u * 1024 * 1024;

// Whole frames, length prefix included. Empty when the payload would exceed the maximum.
QByteArray encodeRequest(const ExtractionRequest &request);
QByteArray encodeResult(const Extraction &result);

// Payloads, without the length prefix. False (and *out untouched) for anything malformed: wrong
// magic, version or type, truncated or trailing bytes, out-of-range values.
bool decodeRequest(const QByteArray &payload, ExtractionRequest *out);
bool decodeResult(const QByteArray &payload, Extraction *out);

enum class FrameStatus { Incomplete, Complete, Invalid };

// Takes one frame off the front of buffer, which collects bytes as they arrive from a pipe.
// Complete: *payload is set and the frame is removed from buffer. Incomplete: wait for more bytes.
// Invalid: the declared length exceeds maxPayload; the stream cannot be resynchronized.
FrameStatus takeFrame(QByteArray &buffer, QByteArray *payload, quint32 maxPayload);
} // namespace ExtractionProtocol
