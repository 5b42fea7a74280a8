#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// Counts the characters one extraction produces, so that a hostile file cannot blow up the text:
// a shared string referenced a million times, <text:s text:c="999999999"/>, a PDF of 20000 pages.
// Text is charged where it is produced from the source; joining cells or pages is not charged again.
class TextBudget
{
    Q_DECLARE_TR_FUNCTIONS(TextBudget)

public:
    explicit TextBudget(qint64 maxChars);

    // Appends as much of text as still fits. Returns false once the budget is exhausted.
    bool append(QString &target, QStringView text);
    bool append(QString &target, QChar c, qint64 count = 1);

    bool exhausted() const { return m_exhausted; }
    qint64 used() const { return m_used; }
    qint64 remaining() const { return m_max - m_used; }
    // The warning to report when exhausted(); names the limit.
    QString warning() const;

private:
    // How many of wanted characters may still be added; marks the budget exhausted when cut.
    qint64 take(qint64 wanted);

    qint64 m_max;
    qint64 m_used = 0;
    bool m_exhausted = false;
};
