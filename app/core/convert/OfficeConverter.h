#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QTemporaryDir;

// Turns office files (DOCX, ODT, XLSX, ODS, PPTX, ODP, RTF, DOC, XLS, PPT) into PDFs with LibreOffice,
// in processes of its own: one LibreOffice process converts a batch of files (its start costs
// seconds, a file a fraction of that), and up to `processes` of them run at once.
//
// LibreOffice gets a throwaway profile that forbids macros and links to untrusted places, runs
// without a network where the system allows it (a network namespace of its own: nothing linked or
// remote is fetched), headless, without restoring or locking, under a memory limit (RLIMIT_AS) and
// in a process group of its own, so a time-out ends it with everything it started. A file that
// LibreOffice does not finish within the time limit, or that makes it crash, fails with that reason;
// the process is ended and a new one converts the rest of the batch.
class OfficeConverter
{
    Q_DECLARE_TR_FUNCTIONS(OfficeConverter)

public:
    struct Options
    {
        QString program; // soffice; empty: defaultProgram()
        int timeoutSeconds = 120; // per file
        int startSeconds = 60; // LibreOffice's own start, on top of the first file's limit
        int memoryMb = 2048; // address space of the LibreOffice process; 0: no limit
        int processes = 0; // LibreOffice processes at once; 0: one per core, at most 2
        int batchSize = 50; // files per LibreOffice process at most
        // Run LibreOffice without a network (a network namespace of its own) where the system allows
        // it. Off only to test that the profile alone keeps linked content out.
        bool withoutNetwork = true;
    };

    struct Job
    {
        QString source; // the file to convert; the file names' base names must differ within a call
        QString target; // where its PDF goes (a file in a folder that exists)
    };

    struct Outcome
    {
        enum class State { NotRun, Done, Failed };
        State state = State::NotRun;
        QString error; // for the user: why it failed
    };

    OfficeConverter();
    explicit OfficeConverter(Options options);

    // $SRT_SOFFICE when set (tests point it at a stand-in; "none": as if LibreOffice were not
    // installed), else soffice or libreoffice from $PATH; empty when LibreOffice is not installed.
    static QString defaultProgram();
    QString program() const { return m_program; }
    bool isAvailable() const;

    // Converts the jobs; done(index, outcome) is called on the calling thread as each one ends.
    // cancel stops the conversion soon (the jobs not converted stay NotRun). The LibreOffice
    // profiles are kept from one call to the next (and removed with the converter), so calls on one
    // converter must not overlap.
    using Done = std::function<void(int index, const Outcome &outcome)>;
    QList<Outcome> convert(const QList<Job> &jobs, const Done &done = {},
                           const std::atomic_bool *cancel = nullptr) const;

private:
    Options m_options;
    QString m_program;
    mutable std::shared_ptr<QTemporaryDir> m_profiles; // made by the first convert()
};
