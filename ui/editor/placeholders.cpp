#include "placeholders.h"

#include <QString>

namespace Sockscope {

const QRegularExpression &Placeholders::pattern()
{
    static const QRegularExpression expression(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    return expression;
}

QByteArray Placeholders::neutralized(const QByteArray &utf8)
{
    if (!utf8.contains("{{"))
        return utf8;
    QByteArray result = utf8;
    // Placeholders are ASCII, so matching on the Latin-1 view keeps byte offsets.
    const QString latin = QString::fromLatin1(utf8);
    QRegularExpressionMatchIterator it = pattern().globalMatch(latin);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i)
            result[i] = '1';
    }
    return result;
}

qsizetype Placeholders::lengthAt(const QString &text, qsizetype position)
{
    const QRegularExpressionMatch match =
        pattern().match(text, position, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() ? match.capturedLength() : 0;
}

} // namespace Sockscope
