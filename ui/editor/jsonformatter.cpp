#include "jsonformatter.h"

#include "placeholders.h"

namespace Sockscope {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t');
}

// Copies the string literal starting at `i` (the opening quote) and returns the index
// after its closing quote.
qsizetype copyString(const QString &json, qsizetype i, QString *out)
{
    out->append(json.at(i++));
    while (i < json.size()) {
        const QChar c = json.at(i++);
        out->append(c);
        if (c == QLatin1Char('\\') && i < json.size())
            out->append(json.at(i++));
        else if (c == QLatin1Char('"'))
            break;
    }
    return i;
}

qsizetype nextNonSpace(const QString &json, qsizetype i)
{
    while (i < json.size() && isSpace(json.at(i)))
        ++i;
    return i;
}

} // namespace

QString JsonFormatter::pretty(const QString &json, int indent)
{
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    const auto newline = [&out, &depth, indent] {
        out.append(QLatin1Char('\n'));
        out.append(QString(qsizetype(depth) * indent, QLatin1Char(' ')));
    };
    qsizetype i = 0;
    while (i < json.size()) {
        const QChar c = json.at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            i = copyString(json, i, &out);
            continue;
        }
        if (c == QLatin1Char('{') && i + 1 < json.size() && json.at(i + 1) == QLatin1Char('{')) {
            if (const qsizetype length = Placeholders::lengthAt(json, i)) {
                out.append(json.mid(i, length));
                i += length;
                continue;
            }
        }
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
            const qsizetype next = nextNonSpace(json, i + 1);
            out.append(c);
            if (next < json.size() && json.at(next) == close) {
                out.append(close);
                i = next + 1;
                continue;
            }
            ++depth;
            newline();
            ++i;
            continue;
        }
        if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            depth = qMax(0, depth - 1);
            newline();
            out.append(c);
            ++i;
            continue;
        }
        if (c == QLatin1Char(',')) {
            out.append(c);
            newline();
            ++i;
            continue;
        }
        if (c == QLatin1Char(':')) {
            out.append(QStringLiteral(": "));
            ++i;
            continue;
        }
        out.append(c);
        ++i;
    }
    return out;
}

QString JsonFormatter::compact(const QString &json)
{
    QString out;
    out.reserve(json.size());
    qsizetype i = 0;
    while (i < json.size()) {
        const QChar c = json.at(i);
        if (isSpace(c)) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            i = copyString(json, i, &out);
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

} // namespace Sockscope
