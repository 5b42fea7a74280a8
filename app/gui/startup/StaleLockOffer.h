#pragma once

#include "core/library/LibraryLock.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

// A library left locked by a writer that no longer runs (its computer was switched off, the
// program crashed on another computer) opens read-only for everybody. This computer cannot tell a
// dead holder on another computer from a live one, so the user is asked, with the holder named
// (program, user, computer, since when) — the window's face of `srtoolbox-cli unlock --force`.
class StaleLockOffer
{
    Q_DECLARE_TR_FUNCTIONS(StaleLockOffer)

public:
    // The holder the lock file of libraryDir names when nobody here holds the lock: a live writer on
    // this computer holds it and is never offered.
    static std::optional<LibraryLock::Holder> staleHolder(const QString &libraryDir);
    static QString question(const LibraryLock::Holder &holder);
    // Asks whether to remove the lock; on yes removes it (LibraryLock::breakStale). True when it is
    // gone and the library can be opened for changes again; a failure is shown.
    static bool offer(QWidget *parent, const QString &libraryDir);
};
