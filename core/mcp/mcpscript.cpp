#include "mcpscript.h"

#include "json/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sockscope {

namespace {

// Shell-style words: whitespace separates; '...' is literal; "..." and bare words take
// backslash escapes. False for an unbalanced quote or a trailing backslash.
bool splitWords(const QString &text, QStringList *words)
{
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char('\\')) {
            if (++i >= text.size())
                return false;
            word += text.at(i);
            inWord = true;
            continue;
        }
        if (quote == QLatin1Char('"')) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return false;
    if (inWord)
        words->append(word);
    return true;
}

std::optional<McpCall> callFromObject(const QJsonValue &value, int line, QString *error)
{
    using Need = JsonReader::Need;
    const JsonReader reader(value);
    McpCall call;
    if (!reader.expecting(McpScript::tr("an object {\"method\": \"...\", \"params\": {...}}")).object(nullptr, Need::Required)
        || !reader.member(QStringLiteral("method")).string(&call.method, Need::Required, JsonReader::Empty::Refused)
        || !reader.member(QStringLiteral("params")).object(&call.params)) {
        *error = McpScript::tr("line %1: %2").arg(line).arg(reader.error().toString());
        return std::nullopt;
    }
    call.line = line;
    return call;
}

std::optional<McpCall> callFromWords(const QString &text, int line, QString *error)
{
    QStringList words;
    if (!splitWords(text, &words) || words.isEmpty()) {
        *error = McpScript::tr("line %1: unbalanced quotes").arg(line);
        return std::nullopt;
    }
    const QString method = words.first();
    int next = 1;
    QString target;
    if (McpCall::takesTarget(method) && next < words.size() && !words.at(next).contains(QLatin1Char('='))
        && !words.at(next).startsWith(QLatin1Char('{')))
        target = words.at(next++);
    QJsonObject arguments;
    for (; next < words.size(); ++next) {
        const QString &word = words.at(next);
        if (word.startsWith(QLatin1Char('{'))) {
            const QJsonDocument document = QJsonDocument::fromJson(word.toUtf8());
            if (!document.isObject()) {
                *error = McpScript::tr("line %1: \"%2\" is not a JSON object").arg(line).arg(word);
                return std::nullopt;
            }
            const QJsonObject object = document.object();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                arguments.insert(it.key(), it.value());
            continue;
        }
        QString key;
        QJsonValue value;
        if (!McpCall::parseArgument(word, &key, &value)) {
            *error = McpScript::tr("line %1: expected key=value, not \"%2\"").arg(line).arg(word);
            return std::nullopt;
        }
        arguments.insert(key, value);
    }
    QString problem;
    std::optional<McpCall> call = McpCall::make(method, target, arguments, &problem);
    if (!call) {
        *error = McpScript::tr("line %1: %2").arg(line).arg(problem);
        return std::nullopt;
    }
    call->line = line;
    return call;
}

} // namespace

std::optional<QList<McpCall>> McpScript::parse(const QByteArray &content, QString *error)
{
    QList<McpCall> calls;
    if (!forEach(content, [&calls](McpCall &&call) { calls.append(std::move(call)); }, error))
        return std::nullopt;
    return calls;
}

bool McpScript::forEach(const QByteArray &content, const std::function<void(McpCall &&call)> &take, QString *error)
{
    qsizetype count = 0;
    if (content.trimmed().startsWith('[')) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = tr("not a JSON array: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
            return false;
        }
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            // For JSON arrays "line" is the 1-based position in the array.
            std::optional<McpCall> call = callFromObject(array.at(i), int(i + 1), error);
            if (!call)
                return false;
            take(std::move(*call));
            ++count;
        }
    } else {
        // Line by line in place: a long script is not copied into a list of lines.
        int line = 0;
        for (qsizetype start = 0; start <= content.size();) {
            qsizetype end = content.indexOf('\n', start);
            if (end < 0)
                end = content.size();
            const QString text = QString::fromUtf8(QByteArrayView(content).sliced(start, end - start)).trimmed();
            start = end + 1;
            ++line;
            if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
                continue;
            std::optional<McpCall> call;
            if (text.startsWith(QLatin1Char('{'))) {
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    *error = tr("line %1: not JSON: %2").arg(line).arg(parseError.errorString());
                    return false;
                }
                call = callFromObject(document.object(), line, error);
            } else {
                call = callFromWords(text, line, error);
            }
            if (!call)
                return false;
            take(std::move(*call));
            ++count;
        }
    }
    if (count == 0) {
        *error = tr("the script holds no calls");
        return false;
    }
    return true;
}

} // namespace Sockscope
