#include "jsonkeyorder.h"

#include "jsonstringscan.h"

#include <algorithm>
#include <vector>

namespace Sockscope {

namespace {

struct Container final
{
    bool isObject = false;
    bool expectKey = false; // an object's next string is a key
    bool relevant = false;  // at, below or above the pointer asked for
    bool recorded = false;  // at or below it: its keys are kept
    int index = 0;          // an array's current element
    QString key;            // an object's current member
    QString pointer;        // empty unless relevant
    QStringList keys;
};

bool isAtOrBelow(const QString &pointer, const QString &under)
{
    return pointer.startsWith(under) && (pointer.size() == under.size() || pointer.at(under.size()) == QLatin1Char('/'));
}

} // namespace

QString JsonKeyOrder::pointerStep(const QString &key)
{
    QString step = key;
    step.replace(QLatin1Char('~'), QLatin1String("~0"));
    step.replace(QLatin1Char('/'), QLatin1String("~1"));
    return QLatin1Char('/') + step;
}

JsonKeyOrder JsonKeyOrder::scan(const QByteArray &json, const QString &under)
{
    JsonKeyOrder order;
    std::vector<Container> stack;
    const char *data = json.constData();
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '"': {
            const qsizetype open = i;
            bool escaped = false;
            i = JsonStringScan::closingQuote(data, size, open, &escaped);
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                Container &object = stack.back();
                object.expectKey = false;
                if (object.relevant)
                    object.key = JsonStringScan::decodeKey(json, open, std::min(i, size - 1), escaped);
                if (object.recorded)
                    object.keys.append(object.key);
            }
            break;
        }
        case '{':
        case '[': {
            Container child;
            child.isObject = c == '{';
            child.expectKey = child.isObject;
            if (stack.empty()) {
                child.relevant = true;
            } else if (const Container &parent = stack.back(); parent.relevant) {
                const QString step = parent.isObject ? pointerStep(parent.key) : QStringLiteral("/%1").arg(parent.index);
                child.pointer = parent.pointer + step;
                // Relevant when it leads to `under` or lies within it; nothing else can.
                child.relevant = isAtOrBelow(under, child.pointer) || isAtOrBelow(child.pointer, under);
            }
            child.recorded = child.relevant && child.isObject && isAtOrBelow(child.pointer, under);
            stack.push_back(std::move(child));
            break;
        }
        case '}':
        case ']':
            if (!stack.empty()) {
                Container &done = stack.back();
                if (done.recorded) {
                    done.keys.removeDuplicates();
                    order.m_keys.insert(done.pointer.mid(under.size()), done.keys);
                }
                stack.pop_back();
            }
            break;
        case ',':
            if (!stack.empty()) {
                if (stack.back().isObject)
                    stack.back().expectKey = true;
                else
                    ++stack.back().index;
            }
            break;
        default:
            break;
        }
    }
    return order;
}

QStringList JsonKeyOrder::keys(const QString &pointer) const
{
    return m_keys.value(pointer);
}

JsonKeyOrder JsonKeyOrder::at(const QString &pointer) const
{
    if (pointer.isEmpty())
        return *this;
    JsonKeyOrder part;
    // Every pointer starting with `pointer` is in one sorted range; "/a!" may sit between
    // "/a" and "/a/b", hence the check per entry.
    for (auto it = m_keys.lowerBound(pointer); it != m_keys.cend() && it.key().startsWith(pointer); ++it) {
        if (isAtOrBelow(it.key(), pointer))
            part.m_keys.insert(it.key().mid(pointer.size()), it.value());
    }
    return part;
}

QStringList JsonKeyOrder::orderedKeys(const QJsonObject &object, const QString &pointer) const
{
    const QStringList written = keys(pointer);
    QStringList ordered;
    ordered.reserve(object.size());
    for (const QString &key : written) {
        if (object.contains(key))
            ordered.append(key);
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!written.contains(it.key()))
            ordered.append(it.key());
    }
    return ordered;
}

void JsonKeyOrder::setKeys(const QString &pointer, const QStringList &keys)
{
    m_keys.insert(pointer, keys);
}

} // namespace Sockscope
