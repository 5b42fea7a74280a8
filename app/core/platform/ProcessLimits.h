#pragma once

#include <QtGlobal>

// Limits and confinement of the processes that read untrusted files (the extraction worker,
// LibreOffice): POSIX resource limits, namespaces and process groups now; a Windows port gives
// them with job objects.
namespace ProcessLimits {
// Caps this process's address space (RLIMIT_AS); false when the system refuses (errno says why).
bool limitAddressSpace(qint64 bytes);
// No core dumps of this process's crashes: slow, large, and the crash is reported anyway.
void disableCoreDumps();
// For QProcess::setChildProcessModifier (runs in the child between fork and exec: only system
// calls): a network of its own where the system lets us (as root a network namespace, else inside
// a user namespace), a process group of its own so that killGroup() ends all its children, and an
// address-space limit (0: none).
void confineChild(qint64 memoryBytes, bool withoutNetwork);
// Kills the process group that pid leads (see confineChild).
void killGroup(qint64 pid);
// The system kills this process after seconds (SIGALRM; 0 cancels): a backstop against a hang for
// when the parent that would kill it is gone.
void killAfter(int seconds);
} // namespace ProcessLimits
