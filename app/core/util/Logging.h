#pragma once

#include <QLoggingCategory>

// One logging category per layer, named srtoolbox.<layer>. All are quiet by default (warnings and
// worse only): a clerk's terminal and the journal stay clean. `--verbose` (srtoolbox-cli, srtoolbox)
// switches debug and info on for all of them; QT_LOGGING_RULES picks single ones and wins over
// --verbose, e.g. QT_LOGGING_RULES="srtoolbox.import.debug=true;srtoolbox.search.info=true".
// Declared here, at the bottom of the layers, so that every layer and program can use its own.
Q_DECLARE_LOGGING_CATEGORY(lcUtil)
Q_DECLARE_LOGGING_CATEGORY(lcText)
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcExtract)
Q_DECLARE_LOGGING_CATEGORY(lcConvert)
Q_DECLARE_LOGGING_CATEGORY(lcPublish)
Q_DECLARE_LOGGING_CATEGORY(lcPreview)
Q_DECLARE_LOGGING_CATEGORY(lcTemplating)
Q_DECLARE_LOGGING_CATEGORY(lcWorker)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace Logging {
// Debug and info of every srtoolbox category on (or back to the default: warnings only), with the
// category named before each message. QT_LOGGING_RULES, where set, still decides.
void setVerbose(bool verbose);
} // namespace Logging
