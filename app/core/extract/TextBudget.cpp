#include "core/extract/TextBudget.h"

#include <algorithm>

TextBudget::TextBudget(qint64 maxChars)
    : m_max(std::max<qint64>(0, maxChars))
{
}

qint64 TextBudget::take(qint64 wanted)
{
    const qint64 granted = std::min(wanted, remaining());
    m_used += granted;
    if (granted < wanted)
        m_exhausted = true;
    return granted;
}

bool TextBudget::append(QString &target, QStringView text)
{
    const qint64 granted = take(text.size());
    target.append(text.left(qsizetype(granted)));
    return !m_exhausted;
}

bool TextBudget::append(QString &target, QChar c, qint64 count)
{
    const qint64 granted = take(count);
    if (granted == 1)
        target.append(c);
    else if (granted > 1)
        target.append(QString(qsizetype(granted), c));
    return !m_exhausted;
}

QString TextBudget::warning() const
{
    return tr("The text was cut off after %1 characters (the limit for one document).").arg(m_max);
}
