#pragma once

#include <QMutex>
#include <QSet>
#include <QString>
#include <QTranslator>

namespace SockscopeGuiTest {

// A translator (load() a .qm file as usual) that notes every source text it was asked for
// and had no translation of: the strings tr() shows in English because the translation file
// does not have them yet. Noted without & mnemonics.
class RecordingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override;
    QSet<QString> missed() const;

private:
    mutable QMutex m_mutex; // tr() may run on any thread
    mutable QSet<QString> m_missed;
};

} // namespace SockscopeGuiTest
