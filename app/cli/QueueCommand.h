#pragma once

#include "cli/CliCommand.h"

class Library;

// A command over a queue of work made after an import (office pages, text recognition): without
// --wait it shows what is queued and what failed; --wait does the queued work now (and then needs
// the writer lock), --retry-failed first puts the failed documents back in the queue.
class QueueCommand : public CliCommand
{
public:
    void addOptions(QCommandLineParser &parser) const override;
    using CliCommand::writes;
    bool writes(const QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Library &library) override;

protected:
    virtual QString waitHelp() const = 0;
    virtual bool retryFailed(Library &library) = 0; // false with the catalog's error
    virtual int work(Library &library) = 0;
    virtual int status(Library &library) = 0;
};
