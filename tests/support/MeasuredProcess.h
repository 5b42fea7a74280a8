#pragma once

#include <QString>
#include <QStringList>

// Runs a program to its end and measures it: exit code, wall time and the peak resident set size
// of the process and its descendants that it waited for (wait4's rusage). QProcess cannot give the
// rusage of one particular child, getrusage(RUSAGE_CHILDREN) mixes in every earlier child.
struct MeasuredRun
{
    int exitCode = -1;   // -1: did not start or died by a signal
    qint64 peakRssKiB = 0;
    double seconds = 0;
    QString output;      // stdout and stderr, interleaved
};

namespace MeasuredProcess {
MeasuredRun run(const QString &program, const QStringList &arguments);
}
