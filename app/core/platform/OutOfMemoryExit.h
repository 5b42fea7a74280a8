#pragma once

// How a process under an address-space limit (ProcessLimits::limitAddressSpace) ends when it
// reaches the limit: at once, with an exit code its parent reads as "out of memory", rather than as
// a crash. Nothing is unwound, so nothing can allocate again. POSIX now (a SIGABRT handler, _exit);
// a Windows port does the same with its own abort handler and _exit.
namespace OutOfMemoryExit {
// From now on, operator new failing ends the process with exitCode, and so does abort() while
// errno says ENOMEM (Poppler's gmalloc and std::terminate end in abort() when malloc fails). Any
// other abort keeps its default action: a crash.
void install(int exitCode);
// Forgets the failures of earlier work (errno), so that only a failed allocation of the work that
// starts now counts.
void beginWork();
// Ends the process with the installed exit code.
[[noreturn]] void exitNow();
} // namespace OutOfMemoryExit
