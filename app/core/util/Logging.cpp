#include "core/util/Logging.h"

// QtWarningMsg: debug and info are off until --verbose or QT_LOGGING_RULES switch them on.
Q_LOGGING_CATEGORY(lcUtil, "srtoolbox.util", QtWarningMsg)
Q_LOGGING_CATEGORY(lcText, "srtoolbox.text", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLibrary, "srtoolbox.library", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "srtoolbox.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "srtoolbox.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "srtoolbox.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExtract, "srtoolbox.extract", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConvert, "srtoolbox.convert", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPublish, "srtoolbox.publish", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPreview, "srtoolbox.preview", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTemplating, "srtoolbox.templating", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorker, "srtoolbox.worker", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "srtoolbox.gui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "srtoolbox.cli", QtWarningMsg)

void Logging::setVerbose(bool verbose)
{
    // Rules set here rank below QT_LOGGING_RULES and the logging configuration files' own order
    // (QLoggingCategory documentation), so an explicit environment rule keeps its say.
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("srtoolbox.*.debug=true\nsrtoolbox.*.info=true")
                                             : QString());
    if (verbose && qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{category}: %{message}"));
}
