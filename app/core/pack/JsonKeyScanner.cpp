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

JsonKeyScanner::JsonKeyScanner(const QByteArray &json)
{
    std::vector<Frame> stack;
    int line = 1;
    // A value starts at the current position; remembers where its lines go. Returns the record for
    // an object value.
    auto valueStarts = [&](bool isObject, bool isArray) -> std::pair<Object *, QList<Object> *> {
        if (stack.empty())
            return { isObject ? (m_root.line = line, &m_root) : nullptr, nullptr };
        Frame &top = stack.back();
        top.expectValue = false;
        if (stack.size() == 1 && top.isObject) { // a value of the top object
            if (isObject) {
                Object &o = m_values[top.key];
                o = Object { line, {} };
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
            top.elements->append(Object { line, {} });
            // Appending may move the list's storage; the object frame is pushed right after and
            // popped before the next append, so the pointer stays valid while it is used.
            return { isObject ? &top.elements->last() : nullptr, nullptr };
        }
        return { nullptr, nullptr };
    };

    const qsizetype size = json.size();
    const char *data = json.constData();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\n':
            ++line;
            break;
        case '"': {
            const qsizetype start = i + 1;
            qsizetype end = start;
            while (end < size && data[end] != '"')
                end += data[end] == '\\' ? 2 : 1;
            end = qMin(end, size); // (only text QJsonDocument refused ends inside a string)
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                Frame &top = stack.back();
                const QString key = decodeKey(QByteArray(data + start, end - start));
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
                    m_duplicates.append({ line, key });
                top.keys.append({ key, line });
                top.key = key;
                top.expectKey = false;
            } else {
                valueStarts(false, false);
            }
            i = end;
            break;
        }
        case '{':
        case '[': {
            const auto [record, elements] = valueStarts(c == '{', c == '[');
            Frame frame;
            frame.isObject = c == '{';
            frame.expectKey = frame.isObject;
            frame.expectValue = !frame.isObject;
            frame.record = record;
            frame.elements = elements;
            stack.push_back(std::move(frame));
            break;
        }
        case '}':
        case ']':
            if (!stack.empty()) {
                if (stack.back().record)
                    stack.back().record->keyLines = std::move(stack.back().keys);
                stack.pop_back();
            }
            break;
        case ',':
            if (!stack.empty()) {
                stack.back().expectKey = stack.back().isObject;
                stack.back().expectValue = !stack.back().isObject;
            }
            break;
        case ':':
            if (!stack.empty())
                stack.back().expectValue = true;
            break;
        default:
            // The first character of a number, true, false or null.
            if (!stack.empty() && stack.back().expectValue && c != ' ' && c != '\t' && c != '\r')
                valueStarts(false, false);
            break;
        }
    }
}
