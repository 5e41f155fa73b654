#include "translationcatalogue.h"

#include "uiaudit.h"

#include <QFile>
#include <QXmlStreamReader>

namespace SockscopeGuiTest {

namespace {

// A source with its arguments filled in is recognised only by the words around them: fewer
// letters than this ("%1 ms", "%1 (%2)") say too little to tell a language.
constexpr int kMinPatternLetters = 4;

// %1 .. %99, %L1 and %n: what tr() callers fill in.
const QRegularExpression &placeholder()
{
    static const QRegularExpression expression(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    return expression;
}

// `text` as a whole-string expression with each placeholder matching anything, and how many
// letters are left around them; an invalid expression when there is no placeholder.
QRegularExpression patternOf(const QString &text, int *letters)
{
    QString pattern;
    qsizetype last = 0;
    bool any = false;
    *letters = 0;
    const auto countLetters = [letters](const QString &literal) {
        for (const QChar c : literal)
            *letters += c.isLetter() ? 1 : 0;
    };
    QRegularExpressionMatchIterator it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString literal = text.mid(last, match.capturedStart() - last);
        countLetters(literal);
        pattern += QRegularExpression::escape(literal) + QStringLiteral("(.+)");
        last = match.capturedEnd();
        any = true;
    }
    if (!any)
        return QRegularExpression();
    const QString tail = text.mid(last);
    countLetters(tail);
    pattern += QRegularExpression::escape(tail);
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::DotMatchesEverythingOption);
}

struct Message
{
    QString source;
    QStringList translations; // one, or the numerus forms
    bool compiled = true;     // lrelease leaves out vanished and obsolete messages
};

Message readMessage(QXmlStreamReader &xml)
{
    Message message;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            message.compiled = type != QLatin1String("vanished") && type != QLatin1String("obsolete");
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement()) // numerusform, lengthvariant
                    message.translations.append(xml.readElementText());
                else if (xml.isEndElement())
                    break;
            }
            if (message.translations.isEmpty())
                message.translations.append(text);
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

bool TranslationCatalogue::load(const QString &tsFile, QString *error)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(tsFile, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            const Message message = readMessage(xml);
            if (message.compiled)
                addMessage(message.source, message.translations);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(tsFile).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

void TranslationCatalogue::addMessage(const QString &source, const QStringList &translations)
{
    ++m_messages;
    const QString english = withoutMnemonics(source);
    bool differs = false;
    QString first;
    for (const QString &translation : translations) {
        const QString text = withoutMnemonics(translation);
        // lrelease compiles unfinished translations too; an empty one shows the source.
        if (text.isEmpty()) {
            differs = true;
            continue;
        }
        differs = differs || text != english;
        if (first.isEmpty())
            first = text;
        m_translations.insert(text);
        int letters = 0;
        const QRegularExpression pattern = patternOf(text, &letters);
        if (!pattern.pattern().isEmpty())
            m_translationPatterns.append(pattern);
    }
    if (!differs)
        return;
    if (!m_english.contains(english) || m_english.value(english).isEmpty())
        m_english.insert(english, first);
    int letters = 0;
    const QRegularExpression pattern = patternOf(english, &letters);
    if (!pattern.pattern().isEmpty() && letters >= kMinPatternLetters)
        m_englishPatterns.append({pattern, english, first});
}

bool TranslationCatalogue::isSomeTranslation(const QString &text) const
{
    if (m_translations.contains(text))
        return true;
    for (const QRegularExpression &pattern : m_translationPatterns) {
        if (pattern.match(text).hasMatch())
            return true;
    }
    return false;
}

QString TranslationCatalogue::reasonFor(const QString &text, const QSet<QString> &missedAtRuntime) const
{
    QString reason;
    const auto translationOf = [](const QString &translation) {
        return translation.isEmpty() ? QStringLiteral("not translated in the .ts file")
                                     : QStringLiteral("German \"%1\"").arg(translation);
    };
    if (m_english.contains(text)) {
        reason = QStringLiteral("English source (%1)").arg(translationOf(m_english.value(text)));
    } else if (missedAtRuntime.contains(text)) {
        reason = QStringLiteral("tr() found no German translation (not in the .ts file yet)");
    } else {
        for (const Pattern &pattern : m_englishPatterns) {
            if (pattern.expression.match(text).hasMatch()) {
                reason = QStringLiteral("English source \"%1\" filled in (%2)").arg(pattern.source, translationOf(pattern.translation));
                break;
            }
        }
    }
    // Words that are the same in both languages ("JSON", "Server") are translations too.
    if (reason.isEmpty() || isSomeTranslation(text))
        return {};
    return reason;
}

QString TranslationCatalogue::untranslated(const QString &shown, const QSet<QString> &missedAtRuntime) const
{
    const QString text = withoutMnemonics(shown);
    const QString whole = reasonFor(text, missedAtRuntime);
    if (!whole.isEmpty())
        return whole;
    // Strings joined for display ("idle → open", "ready · protocol 2025-11-25"): each part.
    static const QRegularExpression separators(QStringLiteral(" (?:→|·) "));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    for (const QString &part : parts) {
        const QString reason = reasonFor(part.trimmed(), missedAtRuntime);
        if (!reason.isEmpty())
            return QStringLiteral("part \"%1\": %2").arg(part.trimmed(), reason);
    }
    return {};
}

} // namespace SockscopeGuiTest
