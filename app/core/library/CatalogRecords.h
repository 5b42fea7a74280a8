#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Plain records as the catalog stores them.

struct DocumentRecord
{
    qint64 id = 0;
    QString sha256;
    QString filename;
    QString title;
    QString description;
    QString category;
    QString type;
    QString municipality;
    int year = 0; // 0: unknown
    QString license;
    QString language;
    QString format; // DocumentFormats::id()
    QString mime;
    qint64 size = 0;
    int pages = 0;
    qint64 packId = 0;
    QString packName;
    QDateTime importedAt;
    QString extraction = QStringLiteral("ok"); // ok | metadata-only | failed
    QStringList warnings;
    QStringList tags;
    QList<int> ocrPages; // pages (1-based) whose text was read by OCR; filled by Catalog::document()
};

struct PackRecord
{
    qint64 id = 0;
    QString name;
    QString version;
    QString publisher;
    QString date;
    QString description;
    QString sourceName;
    QString sha256;
    QDateTime importedAt;
    QString manifest;
};

struct TagRecord
{
    qint64 id = 0;
    QString name;
    QString color;
    int documentCount = 0;
};

struct CatalogStats
{
    qint64 documents = 0;
    qint64 packs = 0;
    qint64 tags = 0;
    qint64 bytes = 0;
    qint64 pages = 0;
    qint64 textChars = 0;
};

Q_DECLARE_METATYPE(DocumentRecord)

// Whether a document's pages (the PDF LibreOffice makes of an office file) are made. None: its
// format has no such pages (a PDF has its own; a text file has none).
struct PageStatus
{
    enum class State { None, Pending, Done, Failed };
    State state = State::None;
    QString reason; // why it failed

    bool isNone() const { return state == State::None; }
    bool isDone() const { return state == State::Done; }
    bool isPending() const { return state == State::Pending; }
};

struct PageCounts
{
    qint64 pending = 0;
    qint64 done = 0;
    qint64 failed = 0;
};

