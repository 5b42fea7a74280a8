#pragma once

#include "core/extract/Extractor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringView>

// Text of HTML files with a small, tolerant tag scanner (no DOM, no QTextDocument): the visible
// text without script, style, noscript and template content; block elements start new lines, table
// cells are separated by tabs; character references decoded. Title from <title>, author and
// subject from <meta name="author"> and <meta name="description">. The charset comes from a byte
// order mark, a <meta> declaration, else UTF-8 when valid, else Windows-1252.
class HtmlExtractor : public Extractor
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExtractor)

public:
    Extraction extract(const QString &path, const ExtractionLimits &limits = {}) const override;
    // The same for bytes already in memory.
    Extraction extractData(const QByteArray &data, const ExtractionLimits &limits = {}) const;

    // Decodes character references: named ones (the common set, German umlauts and typography)
    // and numeric ones (&#228; &#xE4;). Unknown names stay as written.
    static QString decodeEntities(QStringView text);
    // The charset a <meta> tag or XML declaration in the first bytes declares, lower-case; or empty.
    static QByteArray declaredCharset(const QByteArray &data);
};
