#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <utility>

// One pass over the raw text of a JSON document that QJsonDocument has accepted, for what
// QJsonDocument does not keep: the line of every key of the top object, of the objects that are its
// values and of the elements of its arrays, and keys given twice in one object (QJsonDocument
// silently keeps the last). Linear in the size of the text, whatever the nesting.
class JsonKeyScanner
{
public:
    struct Object
    {
        int line = 0; // where it (or the element, if not an object) starts
        // Each key with its line, in order. A list, not a hash: objects have a handful of keys, and
        // a hash per object of a manifest with 50,000 entries costs more than the parse itself.
        QList<std::pair<QString, int>> keyLines;
        // The line of the key (of its last occurrence if given twice), else of the object.
        int lineOf(const QString &key) const;
    };
    struct DuplicateKey
    {
        int line = 0;
        QString key;
    };

    explicit JsonKeyScanner(const QByteArray &json);

    const Object &root() const { return m_root; }
    // The object that is the value of the top object's key (empty if it is none).
    Object value(const QString &key) const { return m_values.value(key); }
    // The elements of the array that is the value of the top object's key, by index.
    QList<Object> elements(const QString &key) const { return m_elements.value(key); }
    const QList<DuplicateKey> &duplicateKeys() const { return m_duplicates; }

private:
    Object m_root;
    QHash<QString, Object> m_values;
    QHash<QString, QList<Object>> m_elements;
    QList<DuplicateKey> m_duplicates;
};
