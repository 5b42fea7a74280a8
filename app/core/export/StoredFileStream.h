#pragma once

#include <QString>
#include <atomic>
#include <functional>

class ContentStore;
struct DocumentRecord;

// Reads a document's stored file for an export, hashing it on the way: what leaves the library is
// what the catalog's SHA-256 names, or it is reported and left out.
class StoredFileStream
{
public:
    enum class Outcome { Ok, Problem, Failed, Cancelled };
    using Sink = std::function<bool(const char *, qint64)>;

    // Reads the stored file of doc and hands the bytes to sink (when given). Problem, with the reason
    // in *message, when the library's copy is missing, unreadable or no longer matches the SHA-256 of
    // the catalog; Failed when the sink refuses the data.
    static Outcome stream(const ContentStore &store, const DocumentRecord &doc, const Sink &sink,
                          const std::atomic_bool *cancel, QString *message);
};
