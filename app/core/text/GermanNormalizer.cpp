#include "core/text/GermanNormalizer.h"

#include "core/text/GermanAnalyzer.h"

static_assert(GermanNormalizer::MaxTokenLength == GermanAnalyzer::MaxTokenLength);

namespace {

GermanAnalyzer &threadAnalyzer()
{
    thread_local GermanAnalyzer analyzer;
    return analyzer;
}

struct Collector
{
    QStringView text;
    QList<GermanNormalizer::Token> *tokens;
};

int collectToken(void *context, const char *key, int keyLength, qsizetype start, qsizetype end)
{
    auto *collector = static_cast<Collector *>(context);
    collector->tokens->append({ QString::fromUtf8(key, keyLength), start, end,
                                collector->text.mid(start, end - start).toString() });
    return 0;
}

int joinKey(void *context, const char *key, int keyLength, qsizetype, qsizetype)
{
    auto *joined = static_cast<QByteArray *>(context);
    if (!joined->isEmpty())
        joined->append(' ');
    joined->append(key, keyLength);
    return 0;
}

QString keys(const QString &text, GermanAnalyzer::Mode mode)
{
    QByteArray joined;
    threadAnalyzer().tokenizeUtf16(reinterpret_cast<const char16_t *>(text.utf16()), text.size(), mode,
                                   joinKey, &joined);
    return QString::fromUtf8(joined);
}

} // namespace

QString GermanNormalizer::fold(const QString &word)
{
    return keys(word, GermanAnalyzer::Mode::Fold);
}

QString GermanNormalizer::stem(const QString &word)
{
    return keys(word, GermanAnalyzer::Mode::Stem);
}

QString GermanNormalizer::indexKey(const QString &word)
{
    return keys(word, GermanAnalyzer::Mode::Stem);
}

QList<GermanNormalizer::Token> GermanNormalizer::tokenize(QStringView text, KeyKind kind)
{
    QList<Token> tokens;
    Collector collector { text, &tokens };
    threadAnalyzer().tokenizeUtf16(text.utf16(), text.size(),
                                   kind == KeyKind::Folded ? GermanAnalyzer::Mode::Fold
                                                           : GermanAnalyzer::Mode::Stem,
                                   collectToken, &collector);
    return tokens;
}

bool GermanNormalizer::containsWords(const QString &text, const QString &words)
{
    const QString wanted = indexKey(words);
    if (wanted.isEmpty())
        return false;
    const QString space(QLatin1Char(' '));
    return (space + indexKey(text) + space).contains(space + wanted + space);
}
