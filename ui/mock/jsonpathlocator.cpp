#include "jsonpathlocator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sockscope {

namespace {

// Cursor over the text; every function returns a position at most the text's size and makes
// progress on anything it does not understand, so broken text never loops.
class Scanner final
{
public:
    explicit Scanner(const QByteArray &text) : m_text(text) {}

    qsizetype size() const { return m_text.size(); }
    char at(qsizetype pos) const { return pos < m_text.size() ? m_text.at(pos) : '\0'; }

    qsizetype skipSpace(qsizetype pos) const
    {
        while (pos < m_text.size()) {
            const char c = m_text.at(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++pos;
        }
        return pos;
    }

    // Past the closing quote of the string at `pos`; an unterminated string ends at the line's end.
    qsizetype endOfString(qsizetype pos) const
    {
        ++pos;
        while (pos < m_text.size()) {
            const char c = m_text.at(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '"')
                return pos + 1;
            if (c == '\n')
                return pos;
            ++pos;
        }
        return m_text.size();
    }

    // The string's value (escapes decoded) between `start` (its quote) and `end`.
    QString stringValue(qsizetype start, qsizetype end) const
    {
        const QByteArray raw = m_text.mid(start, end - start);
        if (!raw.contains('\\'))
            return QString::fromUtf8(raw.mid(1, raw.endsWith('"') && raw.size() > 1 ? raw.size() - 2 : raw.size() - 1));
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + raw + ']');
        return wrapped.isArray() ? wrapped.array().at(0).toString() : QString::fromUtf8(raw.mid(1));
    }

    // Past the value at `pos`: a string, a whole object or array (to its end, or the text's),
    // or a bare word (number, true, false, null, or garbage) up to a delimiter.
    qsizetype endOfValue(qsizetype pos) const
    {
        const char first = at(pos);
        if (first == '"')
            return endOfString(pos);
        if (first == '{' || first == '[') {
            int depth = 0;
            while (pos < m_text.size()) {
                const char c = m_text.at(pos);
                if (c == '"') {
                    pos = endOfString(pos);
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return pos + 1;
                ++pos;
            }
            return m_text.size();
        }
        const qsizetype start = pos;
        while (pos < m_text.size()) {
            const char c = m_text.at(pos);
            if (c == ',' || c == '}' || c == ']' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                break;
            ++pos;
        }
        return pos > start ? pos : pos + 1;
    }

    bool sameLine(qsizetype from, qsizetype to) const
    {
        return m_text.indexOf('\n', from) < 0 || m_text.indexOf('\n', from) >= to;
    }

private:
    const QByteArray &m_text;
};

bool isContainer(char c)
{
    return c == '{' || c == '[';
}

// The member `key` of the object at `value`: where its key starts and where its value does.
void findMember(const Scanner &text, qsizetype value, const QString &key, qsizetype *found, qsizetype *foundValue)
{
    qsizetype pos = value + 1;
    while (pos < text.size()) {
        pos = text.skipSpace(pos);
        const char c = text.at(pos);
        if (c == '}' || pos >= text.size())
            break;
        if (c == ',') {
            ++pos;
            continue;
        }
        if (c != '"') {
            pos = text.endOfValue(pos); // garbage where a key belongs: step over it
            continue;
        }
        const qsizetype keyStart = pos;
        const qsizetype keyEnd = text.endOfString(pos);
        pos = text.skipSpace(keyEnd);
        if (text.at(pos) == ':')
            pos = text.skipSpace(pos + 1);
        if (text.stringValue(keyStart, keyEnd) == key) {
            *found = keyStart;
            *foundValue = pos;
            return;
        }
        if (pos < text.size() && text.at(pos) != ',' && text.at(pos) != '}')
            pos = text.endOfValue(pos);
    }
}

// Item `index` of the array at `value` (found and foundValue both where it starts).
void findItem(const Scanner &text, qsizetype value, qsizetype index, qsizetype *found, qsizetype *foundValue)
{
    qsizetype pos = value + 1;
    qsizetype item = 0;
    while (pos < text.size()) {
        pos = text.skipSpace(pos);
        const char c = text.at(pos);
        if (c == ']' || pos >= text.size())
            break;
        if (c == ',') {
            ++pos;
            ++item;
            continue;
        }
        if (item == index) {
            *found = pos;
            *foundValue = pos;
            return;
        }
        pos = text.endOfValue(pos);
    }
}

} // namespace

bool JsonPathLocator::parsePath(const QString &path, QList<Step> *steps)
{
    steps->clear();
    if (!path.startsWith(QLatin1Char('$')))
        return false;
    qsizetype pos = 1;
    while (pos < path.size()) {
        const QChar c = path.at(pos);
        if (c == QLatin1Char('.')) {
            qsizetype end = pos + 1;
            while (end < path.size() && path.at(end) != QLatin1Char('.') && path.at(end) != QLatin1Char('['))
                ++end;
            if (end == pos + 1)
                return false;
            steps->append({path.mid(pos + 1, end - pos - 1), -1});
            pos = end;
        } else if (c == QLatin1Char('[') && pos + 1 < path.size() && path.at(pos + 1) == QLatin1Char('"')) {
            // ["odd key"], escaped as JSON.
            qsizetype end = pos + 2;
            while (end < path.size() && path.at(end) != QLatin1Char('"'))
                end += path.at(end) == QLatin1Char('\\') ? 2 : 1;
            if (end + 1 >= path.size() || path.at(end + 1) != QLatin1Char(']'))
                return false;
            const QString quoted = path.mid(pos + 1, end - pos);
            const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray('[' + quoted.toUtf8() + ']'));
            if (!wrapped.isArray() || !wrapped.array().at(0).isString())
                return false;
            steps->append({wrapped.array().at(0).toString(), -1});
            pos = end + 2;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = path.indexOf(QLatin1Char(']'), pos);
            bool ok = false;
            const qsizetype index = close < 0 ? -1 : path.mid(pos + 1, close - pos - 1).toLongLong(&ok);
            if (!ok || index < 0)
                return false;
            steps->append({QString(), index});
            pos = close + 1;
        } else {
            return false;
        }
    }
    return true;
}

JsonPathLocator::Location JsonPathLocator::locate(const QByteArray &utf8, const QString &path)
{
    Location location;
    QList<Step> steps;
    if (!parsePath(path, &steps))
        return location;
    const Scanner text(utf8);
    qsizetype value = text.skipSpace(0);
    location.offset = qMin(value, text.size());
    location.length = value < text.size() ? 1 : 0;
    location.exact = steps.isEmpty();

    for (const Step &step : std::as_const(steps)) {
        qsizetype found = -1;
        qsizetype foundValue = -1;
        if (step.index < 0 && text.at(value) == '{')
            findMember(text, value, step.key, &found, &foundValue);
        else if (step.index >= 0 && text.at(value) == '[')
            findItem(text, value, step.index, &found, &foundValue);
        if (found < 0)
            break;
        ++location.stepsFound;
        location.offset = found;
        // An item: itself, or a container's opening bracket. A member: its key, with the value
        // when that is a scalar on the same line.
        qsizetype end = 0;
        const bool container = isContainer(text.at(foundValue));
        if (found == foundValue) {
            end = container ? found + 1 : text.endOfValue(found);
        } else {
            const qsizetype keyEnd = text.endOfString(found);
            end = container || foundValue >= text.size() ? keyEnd : text.endOfValue(foundValue);
            if (!text.sameLine(found, end))
                end = keyEnd;
        }
        location.length = qMax<qsizetype>(1, qMin(end, text.size()) - found);
        value = foundValue;
    }
    location.exact = location.stepsFound == steps.size();

    const QByteArray before = utf8.left(location.offset);
    location.line = int(before.count('\n')) + 1;
    location.column = int(location.offset - before.lastIndexOf('\n'));
    return location;
}

} // namespace Sockscope
