#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace SockscopeGuiTest {

// What a translation file (translations/sockscope_<lang>.ts) says, to tell a string shown
// in that language that is still English. A shown string is English when it equals a source
// text whose translation differs from it (or is missing), or matches such a source with its
// %1 / %n filled in, and is not also some translation (so "JSON", translated as "JSON", and
// "text", translated as "Text" in one place and "text" in another, pass). & mnemonics are
// ignored on both sides.
class TranslationCatalogue final
{
public:
    // False with `error` set when the file cannot be read or parsed.
    bool load(const QString &tsFile, QString *error);

    int messageCount() const { return m_messages; }
    // Why `text` is English: the source and its translation, or empty when it is not known
    // to be English. `missedAtRuntime` adds source texts tr() found no translation for.
    // Strings joined with " → " or " · " are looked at part by part as well.
    QString untranslated(const QString &text, const QSet<QString> &missedAtRuntime = {}) const;

private:
    struct Pattern
    {
        QRegularExpression expression;
        QString source;
        QString translation;
    };

    void addMessage(const QString &source, const QStringList &translations);
    bool isSomeTranslation(const QString &text) const;
    QString reasonFor(const QString &text, const QSet<QString> &missedAtRuntime) const;

    int m_messages = 0;
    // English source -> its (first) translation, empty when there is none.
    QHash<QString, QString> m_english;
    QSet<QString> m_translations;
    QList<Pattern> m_englishPatterns;
    QList<QRegularExpression> m_translationPatterns;
};

} // namespace SockscopeGuiTest
