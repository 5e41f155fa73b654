#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sockscope {

namespace {

// What `.name` may hold without brackets; anything else needs `['...']`.
bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('$')
           || c == QLatin1Char('@');
}

bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!isNameCharacter(c))
            return false;
    }
    return true;
}

QString quotedName(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("['") + escaped + QStringLiteral("']");
}

// The name quoted at `*at` ('name' or "name", backslash escapes the next character); `*at`
// moves past the closing quote. False when the quote is not closed.
bool readQuotedName(const QString &text, int *at, QString *name)
{
    const QChar quote = text.at(*at);
    int i = *at + 1;
    const int length = int(text.size());
    name->clear();
    while (i < length) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < length) {
            name->append(text.at(i + 1));
            i += 2;
            continue;
        }
        ++i;
        if (c == quote) {
            *at = i;
            return true;
        }
        name->append(c);
    }
    return false;
}

// Pre-order: the value, then everything below it.
void collectAll(const QJsonValue &value, QList<QJsonValue> *out)
{
    out->append(value);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectAll(it.value(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            collectAll(item, out);
    }
}

} // namespace

JsonPath JsonPath::parse(const QString &text, QString *error)
{
    JsonPath path;
    path.m_text = text;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = tr("invalid JSON path \"%1\": %2").arg(text, message);
        JsonPath invalid;
        invalid.m_text = text;
        return invalid;
    };
    if (!text.startsWith(QLatin1Char('$')))
        return fail(tr("it must start with $"));
    const int length = int(text.size());
    int i = 1;
    while (i < length) {
        Segment segment;
        if (text.at(i) == QLatin1Char('.')) {
            ++i;
            if (i < length && text.at(i) == QLatin1Char('.')) {
                segment.descendant = true;
                ++i;
            }
            if (i < length && text.at(i) == QLatin1Char('[') && segment.descendant) {
                // `..[...]`: the bracket form below, with the descendant flag.
            } else if (i < length && text.at(i) == QLatin1Char('*')) {
                segment.kind = Segment::Kind::Wildcard;
                ++i;
                path.m_segments.append(segment);
                continue;
            } else {
                const int start = i;
                while (i < length && isNameCharacter(text.at(i)))
                    ++i;
                if (i == start)
                    return fail(tr("a name must follow \".\" at character %1").arg(start + 1));
                segment.kind = Segment::Kind::Member;
                segment.name = text.mid(start, i - start);
                path.m_segments.append(segment);
                continue;
            }
        }
        if (i >= length || text.at(i) != QLatin1Char('['))
            return fail(tr("unexpected \"%1\" at character %2").arg(text.at(i)).arg(i + 1));
        ++i; // '['
        if (i >= length)
            return fail(tr("unterminated \"[\""));
        const QChar first = text.at(i);
        if (first == QLatin1Char('*')) {
            segment.kind = Segment::Kind::Wildcard;
            ++i;
        } else if (first == QLatin1Char('\'') || first == QLatin1Char('"')) {
            if (!readQuotedName(text, &i, &segment.name))
                return fail(tr("unterminated quoted name"));
            segment.kind = Segment::Kind::Member;
        } else if (first.isDigit()) {
            const int start = i;
            while (i < length && text.at(i).isDigit())
                ++i;
            bool ok = false;
            const int index = text.mid(start, i - start).toInt(&ok);
            if (!ok)
                return fail(tr("index too large at character %1").arg(start + 1));
            segment.kind = Segment::Kind::Index;
            segment.index = index;
        } else {
            return fail(tr("expected a non-negative index, * or a quoted name at character %1").arg(i + 1));
        }
        if (i >= length || text.at(i) != QLatin1Char(']'))
            return fail(tr("expected \"]\" at character %1").arg(i + 1));
        ++i;
        path.m_segments.append(segment);
    }
    path.m_valid = true;
    if (error)
        error->clear();
    return path;
}

QList<QJsonValue> JsonPath::evaluate(const QJsonValue &root) const
{
    QList<QJsonValue> out;
    if (m_valid)
        select(root, 0, &out);
    return out;
}

void JsonPath::select(const QJsonValue &value, int segment, QList<QJsonValue> *out) const
{
    if (segment == m_segments.size()) {
        out->append(value);
        return;
    }
    const Segment &current = m_segments.at(segment);
    QList<QJsonValue> bases;
    if (current.descendant)
        collectAll(value, &bases);
    else
        bases.append(value);
    for (const QJsonValue &base : std::as_const(bases)) {
        switch (current.kind) {
        case Segment::Kind::Member:
            if (base.isObject() && base.toObject().contains(current.name))
                select(base.toObject().value(current.name), segment + 1, out);
            break;
        case Segment::Kind::Index:
            if (base.isArray() && current.index < base.toArray().size())
                select(base.toArray().at(current.index), segment + 1, out);
            break;
        case Segment::Kind::Wildcard:
            if (base.isObject()) {
                const QJsonObject object = base.toObject();
                for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                    select(it.value(), segment + 1, out);
            } else if (base.isArray()) {
                const QJsonArray array = base.toArray();
                for (const QJsonValue &item : array)
                    select(item, segment + 1, out);
            }
            break;
        }
    }
}

bool JsonPath::segmentMatches(const Segment &segment, const Key &key)
{
    switch (segment.kind) {
    case Segment::Kind::Member:
        return !key.isIndex() && key.name == segment.name;
    case Segment::Kind::Index:
        return key.isIndex() && key.index == segment.index;
    case Segment::Kind::Wildcard:
        return true;
    }
    return false;
}

bool JsonPath::matches(const Location &location) const
{
    return m_valid && matchFrom(0, location, 0);
}

bool JsonPath::matchFrom(int segment, const Location &location, int position) const
{
    if (segment == m_segments.size())
        return position == location.size();
    const Segment &current = m_segments.at(segment);
    if (!current.descendant) {
        return position < location.size() && segmentMatches(current, location.at(position))
               && matchFrom(segment + 1, location, position + 1);
    }
    for (int p = position; p < location.size(); ++p) {
        if (segmentMatches(current, location.at(p)) && matchFrom(segment + 1, location, p + 1))
            return true;
    }
    return false;
}

QString JsonPath::locationToString(const Location &location)
{
    QString text = QStringLiteral("$");
    for (const Key &key : location) {
        if (key.isIndex())
            text += QLatin1Char('[') + QString::number(key.index) + QLatin1Char(']');
        else if (isPlainName(key.name))
            text += QLatin1Char('.') + key.name;
        else
            text += quotedName(key.name);
    }
    return text;
}

} // namespace Sockscope
