#include "languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace Sockscope {

namespace {

bool isEnglish(const QTranslator &translator)
{
    return translator.language().startsWith(QLatin1String("en"));
}

} // namespace

void LanguageLoader::install(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    // The source texts are English, but their %n messages say "item(s)": sockscope_en holds
    // only the English singular and plural of those. It goes in for every language, first,
    // so a language's own file (installed after it, so asked first) wins, and English, the
    // C locale and every language without a file of its own read "1 item", "2 items".
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("sockscope_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    auto *own = new QTranslator(QCoreApplication::instance());
    // load(locale) also tries the locale's other UI languages, which can land on
    // sockscope_en: that one is in already.
    if (own->load(locale, QStringLiteral("sockscope"), QStringLiteral("_"), QStringLiteral(":/i18n")) && !isEnglish(*own))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QString LanguageLoader::takeLanguageOption(int &argc, char **argv)
{
    QString code;
    for (int i = 1; i < argc; ++i) {
        int consumed = 0;
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            code = QString::fromLocal8Bit(argv[i + 1]);
            consumed = 2;
        } else if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            code = QString::fromLocal8Bit(argv[i] + 7);
            consumed = 1;
        }
        if (consumed > 0) {
            for (int j = i; j + consumed <= argc; ++j)
                argv[j] = argv[j + consumed];
            argc -= consumed;
            --i;
        }
    }
    return code;
}

} // namespace Sockscope
