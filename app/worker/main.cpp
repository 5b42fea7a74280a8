// srtoolbox-extract: extracts text for ExtractionClient in a process of its own, so that a crash,
// a hang or runaway memory in Poppler or a format parser costs only the file being extracted.
//
// Reads request frames (ExtractionProtocol) from stdin and answers each with a result frame on
// stdout until stdin ends. Exit codes the client interprets: 0 stdin ended, ExitOutOfMemory the
// memory limit was hit, anything else (or a signal) a crash.
//
// Test hooks, compiled only into srtoolbox-extract-testhooks (SRT_TEST_HOOKS, a worker the tests
// build and nothing installs): a requested file whose name contains "__crash__" aborts, "__hang__"
// never answers, "__hog__" allocates with new until the memory limit stops it, and
// "__hog_malloc__" does the same with malloc and then aborts the way Poppler's gmalloc does. In
// the shipped srtoolbox-extract these names mean nothing.

#include "core/extract/ExtractionClient.h"
#include "core/extract/ExtractionProtocol.h"
#include "core/extract/ExtractorRegistry.h"
#include "core/extract/PdfExtractor.h"
#include "core/i18n/Translations.h"
#include "core/platform/OutOfMemoryExit.h"
#include "core/platform/ProcessLimits.h"
#include "core/platform/StdioChannel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#ifdef SRT_TEST_HOOKS
#include <chrono>
#include <thread>
#endif

namespace {

constexpr int ExitUsage = 2;
constexpr int ExitProtocol = 3;

bool g_memoryLimited = false;

struct Options
{
    int memoryMb = 0;
    int timeoutSeconds = 0;
    QString language;
};

std::optional<Options> parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        const bool hasValue = i + 1 < argc;
        bool ok = true;
        if (arg == "--memory-mb" && hasValue)
            options.memoryMb = QByteArray(argv[++i]).toInt(&ok);
        else if (arg == "--timeout-s" && hasValue)
            options.timeoutSeconds = QByteArray(argv[++i]).toInt(&ok);
        else if (arg == "--language" && hasValue)
            options.language = QString::fromLocal8Bit(argv[++i]);
        else
            ok = false;
        if (!ok)
            return std::nullopt;
    }
    return options;
}

void setMemoryLimit(int memoryMb)
{
    if (memoryMb <= 0 || !ExtractionClient::memoryLimitSupported())
        return;
    g_memoryLimited = ProcessLimits::limitAddressSpace(qint64(memoryMb) * 1024 * 1024);
    if (!g_memoryLimited)
        std::fprintf(stderr, "srtoolbox-extract: cannot set the memory limit: %s\n", std::strerror(errno));
}

enum class ReadResult { Frame, End, Error };

ReadResult readFrame(StdioChannel &channel, QByteArray &buffer, QByteArray *payload)
{
    for (;;) {
        switch (ExtractionProtocol::takeFrame(buffer, payload, ExtractionProtocol::MaxRequestBytes)) {
        case ExtractionProtocol::FrameStatus::Complete:
            return ReadResult::Frame;
        case ExtractionProtocol::FrameStatus::Invalid:
            return ReadResult::Error;
        case ExtractionProtocol::FrameStatus::Incomplete:
            break;
        }
        switch (channel.read(&buffer)) {
        case StdioChannel::Read::Data:
            break;
        case StdioChannel::Read::End: // the client closed our stdin: done, unless it stopped mid-frame
            return buffer.isEmpty() ? ReadResult::End : ReadResult::Error;
        case StdioChannel::Read::Error:
            return ReadResult::Error;
        }
    }
}

#ifdef SRT_TEST_HOOKS
char *volatile g_hogChain = nullptr; // keeps the hog's blocks reachable, so nothing is optimized away

void runTestHook(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    constexpr size_t Chunk = 8 * 1024 * 1024;
    if (name.contains(QLatin1String("__crash__"))) {
        errno = 0;
        std::abort();
    }
    if (name.contains(QLatin1String("__hang__"))) {
        for (;;)
            std::this_thread::sleep_for(std::chrono::hours(1));
    }
    const bool hog = name.contains(QLatin1String("__hog__"));
    const bool hogMalloc = name.contains(QLatin1String("__hog_malloc__"));
    if ((hog || hogMalloc) && !g_memoryLimited) {
        // Without a limit the hog would take the machine down with it.
        std::fprintf(stderr, "srtoolbox-extract: test hook: no memory limit is set, not hogging\n");
        errno = 0;
        std::abort();
    }
    while (hog || hogMalloc) {
        char *block = hog ? new char[Chunk] : static_cast<char *>(std::malloc(Chunk));
        if (!block) { // what Poppler's gmalloc does
            std::fputs("Out of memory\n", stderr);
            std::abort();
        }
        std::memset(block, 0x5a, Chunk); // touch it: resident, not just reserved
        char *previous = g_hogChain;
        std::memcpy(block, &previous, sizeof previous);
        g_hogChain = block;
    }
}
#endif

Extraction extract(const ExtractionRequest &request)
{
    OutOfMemoryExit::beginWork();
    Extraction result = ExtractorRegistry::extractFile(request.path, request.format, request.limits);
    // Qt containers report a failed malloc as std::bad_alloc (not through the new handler), which
    // extractFile turns into this error. Under the limit that is the limit: report it as such and
    // let the client start a fresh worker.
    // TODO: compare a flag instead once ExtractorRegistry reports out-of-memory as one.
    if (g_memoryLimited && !result.ok()
        && result.error == ExtractorRegistry::tr("There was not enough memory to extract the text."))
        OutOfMemoryExit::exitNow();
    return result;
}

// The result frame for one request.
QByteArray answer(const ExtractionRequest &request, int timeoutSeconds)
{
    // A backstop for when the client is gone and cannot kill a hung worker any more.
    if (timeoutSeconds > 0)
        ProcessLimits::killAfter(timeoutSeconds + 10);
#ifdef SRT_TEST_HOOKS
    runTestHook(request.path);
#endif
    Extraction result = extract(request);
    ProcessLimits::killAfter(0);
    QByteArray frame = ExtractionProtocol::encodeResult(result);
    if (frame.isEmpty()) {
        Extraction tooLarge;
        tooLarge.error = ExtractionClient::tr("The extracted text is too large to transfer.");
        frame = ExtractionProtocol::encodeResult(tooLarge);
    }
    return frame;
}

// Answers requests until the client closes the channel; the exit code.
int serve(StdioChannel &channel, int timeoutSeconds)
{
    QByteArray buffer;
    QByteArray payload;
    for (;;) {
        switch (readFrame(channel, buffer, &payload)) {
        case ReadResult::End:
            return 0;
        case ReadResult::Error:
            std::fprintf(stderr, "srtoolbox-extract: unreadable request\n");
            return ExitProtocol;
        case ReadResult::Frame:
            break;
        }
        ExtractionRequest request;
        if (!ExtractionProtocol::decodeRequest(payload, &request)) {
            std::fprintf(stderr, "srtoolbox-extract: malformed request\n");
            return ExitProtocol;
        }
        if (!channel.write(answer(request, timeoutSeconds)))
            return ExitProtocol; // the client is gone
    }
}

void usage()
{
    std::fprintf(stderr,
                 "Usage: srtoolbox-extract [--memory-mb N] [--timeout-s N] [--language de|en]\n"
                 "Extracts text for the Smart Region Toolbox; reads requests on stdin.\n");
}

} // namespace

int main(int argc, char **argv)
{
    const std::optional<Options> options = parseOptions(argc, argv);
    if (!options) {
        usage();
        return ExitUsage;
    }
    StdioChannel channel;
    if (!channel.take()) {
        std::fprintf(stderr, "srtoolbox-extract: no stdin/stdout\n");
        return ExitUsage;
    }
    // No core dumps of crashes on hostile files: slow, large, and the client reports the crash.
    ProcessLimits::disableCoreDumps();
    OutOfMemoryExit::install(ExtractionClient::ExitOutOfMemory);

    // Only for the translators: messages and warnings come back in the client's language.
    QCoreApplication app(argc, argv);
    if (!options->language.isEmpty())
        Translations::install(options->language);
    PdfExtractor::silencePopplerMessages();
    setMemoryLimit(options->memoryMb); // after start-up, which the limit must not break
    return serve(channel, options->timeoutSeconds);
}
