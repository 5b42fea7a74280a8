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
#include "core/platform/ProcessLimits.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <unistd.h>

namespace {

constexpr int ExitUsage = 2;
constexpr int ExitProtocol = 3;

bool g_memoryLimited = false;

// operator new failing means the address-space limit was reached: end the process with the exit
// code the client reports as "exceeded N MB". Nothing is unwound, so nothing can allocate again.
[[noreturn]] void outOfMemory()
{
    _exit(ExtractionClient::ExitOutOfMemory);
}

// Poppler's gmalloc and std::terminate end in abort() when malloc fails; errno (reset before each
// file) still says ENOMEM then. Any other abort keeps its default action: a crash.
void onAbort(int)
{
    if (errno == ENOMEM)
        _exit(ExtractionClient::ExitOutOfMemory);
}

void installMemoryHandlers()
{
    std::set_new_handler(outOfMemory);
    struct sigaction action = {};
    action.sa_handler = onAbort;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(SIGABRT, &action, nullptr);
}

void setMemoryLimit(int memoryMb)
{
    if (memoryMb <= 0 || !ExtractionClient::memoryLimitSupported())
        return;
    g_memoryLimited = ProcessLimits::limitAddressSpace(qint64(memoryMb) * 1024 * 1024);
    if (!g_memoryLimited)
        std::fprintf(stderr, "srtoolbox-extract: cannot set the memory limit: %s\n", std::strerror(errno));
}

// Moves the protocol off fds 0 and 1 so that a library printing to stdout (or reading stdin)
// cannot corrupt the frames: stray output goes to stderr, stray input reads /dev/null.
bool takeProtocolFds(int *in, int *out)
{
    *in = fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    *out = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (*in < 0 || *out < 0)
        return false;
    const int devNull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull >= 0) {
        dup2(devNull, STDIN_FILENO);
        close(devNull);
    }
    dup2(STDERR_FILENO, STDOUT_FILENO);
    return true;
}

enum class ReadResult { Frame, End, Error };

ReadResult readFrame(int fd, QByteArray &buffer, QByteArray *payload)
{
    char chunk[64 * 1024];
    for (;;) {
        switch (ExtractionProtocol::takeFrame(buffer, payload, ExtractionProtocol::MaxRequestBytes)) {
        case ExtractionProtocol::FrameStatus::Complete:
            return ReadResult::Frame;
        case ExtractionProtocol::FrameStatus::Invalid:
            return ReadResult::Error;
        case ExtractionProtocol::FrameStatus::Incomplete:
            break;
        }
        const ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ReadResult::Error;
        if (n == 0) // the client closed our stdin: done, unless it stopped mid-frame
            return buffer.isEmpty() ? ReadResult::End : ReadResult::Error;
        buffer.append(chunk, n);
    }
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        left -= n;
    }
    return true;
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
            pause();
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
    errno = 0;
    Extraction result = ExtractorRegistry::extractFile(request.path, request.format, request.limits);
    // Qt containers report a failed malloc as std::bad_alloc (not through the new handler), which
    // extractFile turns into this error. Under the limit that is the limit: report it as such and
    // let the client start a fresh worker.
    // TODO: compare a flag instead once ExtractorRegistry reports out-of-memory as one.
    if (g_memoryLimited && !result.ok()
        && result.error == ExtractorRegistry::tr("There was not enough memory to extract the text."))
        _exit(ExtractionClient::ExitOutOfMemory);
    return result;
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
    int memoryMb = 0;
    int timeoutSeconds = 0;
    QString language;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        const bool hasValue = i + 1 < argc;
        bool ok = true;
        if (arg == "--memory-mb" && hasValue)
            memoryMb = QByteArray(argv[++i]).toInt(&ok);
        else if (arg == "--timeout-s" && hasValue)
            timeoutSeconds = QByteArray(argv[++i]).toInt(&ok);
        else if (arg == "--language" && hasValue)
            language = QString::fromLocal8Bit(argv[++i]);
        else
            ok = false;
        if (!ok) {
            usage();
            return ExitUsage;
        }
    }

    int in = -1;
    int out = -1;
    if (!takeProtocolFds(&in, &out)) {
        std::fprintf(stderr, "srtoolbox-extract: no stdin/stdout\n");
        return ExitUsage;
    }
    // No core dumps of crashes on hostile files: slow, large, and the client reports the crash.
    ProcessLimits::disableCoreDumps();
    installMemoryHandlers();

    // Only for the translators: messages and warnings come back in the client's language.
    QCoreApplication app(argc, argv);
    if (!language.isEmpty())
        Translations::install(language);
    PdfExtractor::silencePopplerMessages();
    setMemoryLimit(memoryMb); // after start-up, which the limit must not break

    QByteArray buffer;
    QByteArray payload;
    for (;;) {
        switch (readFrame(in, buffer, &payload)) {
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
        // A backstop for when the client is gone and cannot kill a hung worker any more.
        if (timeoutSeconds > 0)
            alarm(unsigned(timeoutSeconds) + 10);
#ifdef SRT_TEST_HOOKS
        runTestHook(request.path);
#endif
        Extraction result = extract(request);
        alarm(0);
        QByteArray frame = ExtractionProtocol::encodeResult(result);
        if (frame.isEmpty()) {
            Extraction tooLarge;
            tooLarge.error = ExtractionClient::tr("The extracted text is too large to transfer.");
            frame = ExtractionProtocol::encodeResult(tooLarge);
        }
        if (!writeAll(out, frame))
            return ExitProtocol; // the client is gone
    }
}
