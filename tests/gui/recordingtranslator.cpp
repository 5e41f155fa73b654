#include "recordingtranslator.h"

#include "uiaudit.h"

#include <QMutexLocker>

namespace SockscopeGuiTest {

QString RecordingTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    const QString translation = QTranslator::translate(context, sourceText, disambiguation, n);
    if (translation.isNull() && sourceText && *sourceText) {
        const QMutexLocker locker(&m_mutex);
        m_missed.insert(withoutMnemonics(QString::fromUtf8(sourceText)));
    }
    return translation;
}

QSet<QString> RecordingTranslator::missed() const
{
    const QMutexLocker locker(&m_mutex);
    return m_missed;
}

} // namespace SockscopeGuiTest
