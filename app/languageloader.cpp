#include "languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace Sockscope {

void LanguageLoader::install(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("sockscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
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
