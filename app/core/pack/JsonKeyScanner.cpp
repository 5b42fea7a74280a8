#include "core/pack/JsonKeyScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <vector>

namespace {
QString decodeKey(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    return QJsonDocument::fromJson('[' + ('"' + raw + '"') + ']').array().at(0).toString();
}

// Few keys are compared one by one; beyond that a set keeps finding duplicates linear.
constexpr qsizetype ListedKeys = 16;

struct Frame
{
    bool isObject = false;
    bool expectKey = false;
    bool expectValue = false;
    QList<std::pair<QString, int>> keys; // with their lines
    QSet<QString> keySet; // once there are more than ListedKeys
    QString key; // the current key of an object
    JsonKeyScanner::Object *record = nullptr; // where this object's key lines go
    QList<JsonKeyScanner::Object> *elements = nullptr; // where this array's elements go
};
} // namespace

int JsonKeyScanner::Object::lineOf(const QString &key) const
{
    for (auto it = keyLines.crbegin(); it != keyLines.crend(); ++it) {
        if (it->first == key)
            return it->second;
    }
    return line;
}

namespace {
// The pass itself: a stack of the open objects and arrays, and where their key lines go.
class KeyScan
{
public:
    using Object = JsonKeyScanner::Object;

    KeyScan(Object &root, QHash<QString, Object> &values, QHash<QString, QList<Object>> &elements,
            QList<JsonKeyScanner::DuplicateKey> &duplicates)
        : m_root(root)
        , m_values(values)
        , m_elements(elements)
        , m_duplicates(duplicates)
    {
    }

    void run(const QByteArray &json)
    {
        const qsizetype size = json.size();
        const char *data = json.constData();
        for (qsizetype i = 0; i < size; ++i) {
            const char c = data[i];
            switch (c) {
            case '\n':
                ++m_line;
                break;
            case '"':
                i = string(data, size, i + 1);
                break;
            case '{':
            case '[':
                open(c == '{');
                break;
            case '}':
            case ']':
                close();
                break;
            case ',':
                if (!m_stack.empty()) {
                    m_stack.back().expectKey = m_stack.back().isObject;
                    m_stack.back().expectValue = !m_stack.back().isObject;
                }
                break;
            case ':':
                if (!m_stack.empty())
                    m_stack.back().expectValue = true;
                break;
            default:
                // The first character of a number, true, false or null.
                if (!m_stack.empty() && m_stack.back().expectValue && c != ' ' && c != '\t' && c != '\r')
                    valueStarts(false, false);
                break;
            }
        }
    }

private:
    // A string from start: a key of the open object, or a value. Returns the index of its closing quote.
    qsizetype string(const char *data, qsizetype size, qsizetype start)
    {
        qsizetype end = start;
        while (end < size && data[end] != '"')
            end += data[end] == '\\' ? 2 : 1;
        end = qMin(end, size); // (only text QJsonDocument refused ends inside a string)
        if (!m_stack.empty() && m_stack.back().isObject && m_stack.back().expectKey)
            key(decodeKey(QByteArray(data + start, end - start)));
        else
            valueStarts(false, false);
        return end;
    }

    void key(const QString &key)
    {
        Frame &top = m_stack.back();
        bool seen = false;
        if (top.keys.size() < ListedKeys) {
            for (const auto &k : std::as_const(top.keys))
                seen = seen || k.first == key;
        } else {
            if (top.keySet.isEmpty()) {
                for (const auto &k : std::as_const(top.keys))
                    top.keySet.insert(k.first);
            }
            seen = top.keySet.contains(key);
            top.keySet.insert(key);
        }
        if (seen)
            m_duplicates.append({ m_line, key });
        top.keys.append({ key, m_line });
        top.key = key;
        top.expectKey = false;
    }

    void open(bool isObject)
    {
        const auto [record, elements] = valueStarts(isObject, !isObject);
        Frame frame;
        frame.isObject = isObject;
        frame.expectKey = frame.isObject;
        frame.expectValue = !frame.isObject;
        frame.record = record;
        frame.elements = elements;
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        if (m_stack.empty())
            return;
        if (m_stack.back().record)
            m_stack.back().record->keyLines = std::move(m_stack.back().keys);
        m_stack.pop_back();
    }

    // A value starts at the current position; remembers where its lines go. Returns the record for
    // an object value.
    std::pair<Object *, QList<Object> *> valueStarts(bool isObject, bool isArray)
    {
        if (m_stack.empty())
            return { isObject ? (m_root.line = m_line, &m_root) : nullptr, nullptr };
        Frame &top = m_stack.back();
        top.expectValue = false;
        if (m_stack.size() == 1 && top.isObject) { // a value of the top object
            if (isObject) {
                Object &o = m_values[top.key];
                o = Object { m_line, {} };
                return { &o, nullptr };
            }
            if (isArray) {
                QList<Object> &list = m_elements[top.key];
                list.clear();
                return { nullptr, &list };
            }
            return { nullptr, nullptr };
        }
        if (!top.isObject && top.elements) { // an element of an array of the top object
            top.elements->append(Object { m_line, {} });
            // Appending may move the list's storage; the object frame is pushed right after and
            // popped before the next append, so the pointer stays valid while it is used.
            return { isObject ? &top.elements->last() : nullptr, nullptr };
        }
        return { nullptr, nullptr };
    }

    Object &m_root;
    QHash<QString, Object> &m_values;
    QHash<QString, QList<Object>> &m_elements;
    QList<JsonKeyScanner::DuplicateKey> &m_duplicates;
    std::vector<Frame> m_stack;
    int m_line = 1;
};
} // namespace

JsonKeyScanner::JsonKeyScanner(const QByteArray &json)
{
    KeyScan(m_root, m_values, m_elements, m_duplicates).run(json);
}
