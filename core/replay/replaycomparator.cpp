#include "replaycomparator.h"

#include "jsonrpc/jsonrpccodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Sockscope {

namespace {

bool parseJson(const QByteArray &text, QJsonValue *value)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    *value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}

QString excerpt(const QByteArray &data, qsizetype position, bool text, int bytes)
{
    const qsizetype start = std::max<qsizetype>(0, position - bytes / 2);
    const QByteArray part = data.mid(start, bytes);
    QString shown = text ? QString::fromUtf8(part) : QString::fromLatin1(part.toHex(' '));
    if (text) {
        shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        shown.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        shown.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    }
    if (start > 0)
        shown.prepend(QChar(0x2026));
    if (start + part.size() < data.size())
        shown.append(QChar(0x2026));
    return shown;
}

} // namespace

ReplayComparator::ReplayComparator()
{
    for (const QString &path : defaultIgnorePaths())
        m_defaults.append(JsonPath::parse(path, nullptr));
}

QStringList ReplayComparator::defaultIgnorePaths()
{
    return {QStringLiteral("$.id"), QStringLiteral("$..timestamp"), QStringLiteral("$..time"),
            QStringLiteral("$..createdAt"), QStringLiteral("$..updatedAt"), QStringLiteral("$..date")};
}

bool ReplayComparator::setIgnorePaths(const QStringList &paths, QString *error)
{
    QList<JsonPath> parsed;
    for (const QString &text : paths) {
        const JsonPath path = JsonPath::parse(text, error);
        if (!path.isValid())
            return false;
        parsed.append(path);
    }
    m_paths = parsed;
    return true;
}

bool ReplayComparator::isIgnored(const JsonPath::Location &location) const
{
    const auto hit = [&location](const JsonPath &path) { return path.matches(location); };
    return std::any_of(m_paths.cbegin(), m_paths.cend(), hit)
           || (m_defaultIgnores && std::any_of(m_defaults.cbegin(), m_defaults.cend(), hit));
}

QString ReplayComparator::showValue(const QJsonValue &value)
{
    QString shown = QString::fromUtf8(JsonRpcCodec::encodeValue(value));
    if (shown.size() > kShownValueChars)
        shown = shown.left(kShownValueChars - 1) + QChar(0x2026);
    return shown;
}

void ReplayComparator::add(const QString &line, QStringList *lines, int *more) const
{
    if (lines->size() < kMaxLines)
        lines->append(line);
    else
        ++*more;
}

QStringList ReplayComparator::compare(const QJsonValue &expected, const QJsonValue &actual) const
{
    QStringList lines;
    int more = 0;
    JsonPath::Location location;
    diff(expected, actual, &location, &lines, &more);
    if (more > 0)
        lines.append(tr("... and %1 more differences").arg(more));
    return lines;
}

void ReplayComparator::diff(const QJsonValue &expected, const QJsonValue &actual, JsonPath::Location *location,
                            QStringList *lines, int *more) const
{
    if (isIgnored(*location))
        return;
    const QString where = JsonPath::locationToString(*location);
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        // Keys in order (QJsonObject keeps them sorted): missing and different ones, then extra ones.
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            location->append(JsonPath::Key::member(it.key()));
            if (!a.contains(it.key())) {
                if (!isIgnored(*location))
                    add(tr("%1: missing (expected %2)").arg(JsonPath::locationToString(*location), showValue(it.value())), lines, more);
            } else {
                diff(it.value(), a.value(it.key()), location, lines, more);
            }
            location->removeLast();
        }
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            if (e.contains(it.key()))
                continue;
            location->append(JsonPath::Key::member(it.key()));
            if (!isIgnored(*location))
                add(tr("%1: unexpected (got %2)").arg(JsonPath::locationToString(*location), showValue(it.value())), lines, more);
            location->removeLast();
        }
        return;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        const qsizetype common = std::min(e.size(), a.size());
        for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
            location->append(JsonPath::Key::item(int(i)));
            if (i < common) {
                diff(e.at(i), a.at(i), location, lines, more);
            } else if (!isIgnored(*location)) {
                if (i < e.size())
                    add(tr("%1: missing (expected %2)").arg(JsonPath::locationToString(*location), showValue(e.at(i))), lines, more);
                else
                    add(tr("%1: unexpected (got %2)").arg(JsonPath::locationToString(*location), showValue(a.at(i))), lines, more);
            }
            location->removeLast();
        }
        return;
    }
    if (expected != actual)
        add(tr("%1: expected %2, got %3").arg(where, showValue(expected), showValue(actual)), lines, more);
}

QStringList ReplayComparator::compareMessages(const QByteArray &expected, bool expectedText,
                                              const QByteArray &actual, bool actualText) const
{
    if (expectedText != actualText) {
        return {expectedText ? tr("expected a text message, got a binary message (%1 bytes)").arg(actual.size())
                             : tr("expected a binary message, got a text message: %1").arg(excerpt(actual, 0, true, kExcerptBytes * 2))};
    }
    if (expectedText) {
        QJsonValue e;
        QJsonValue a;
        const bool expectedJson = parseJson(expected, &e);
        const bool actualJson = parseJson(actual, &a);
        if (expectedJson && actualJson)
            return compare(e, a);
        if (expectedJson)
            return {tr("expected JSON, got text that is not JSON: %1").arg(excerpt(actual, 0, true, kExcerptBytes * 2))};
    }
    if (expected == actual)
        return {};
    qsizetype position = 0;
    const qsizetype common = std::min(expected.size(), actual.size());
    while (position < common && expected.at(position) == actual.at(position))
        ++position;
    return {tr("message differs at byte %1 (expected %2 bytes, got %3)").arg(position).arg(expected.size()).arg(actual.size()),
            tr("  expected: %1").arg(excerpt(expected, position, expectedText, kExcerptBytes)),
            tr("  got:      %1").arg(excerpt(actual, position, expectedText, kExcerptBytes))};
}

} // namespace Sockscope
