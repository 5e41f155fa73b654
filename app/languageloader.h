#pragma once

#include <QString>

namespace Sockscope {

// Installs Sockscope's and Qt's own translations for a language: `code` from --lang,
// or the system locale when empty. The English file (the singular and plural of every %n
// message) is installed for every language, beneath the language's own.
class LanguageLoader final
{
public:
    static void install(const QString &code);
    // Finds "--lang CODE" / "--lang=CODE" in argv and removes it; empty when absent.
    static QString takeLanguageOption(int &argc, char **argv);
};

} // namespace Sockscope
