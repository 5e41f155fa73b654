#include "variablesubstituter.h"

#include "editor/placeholders.h"

#include <QDateTime>
#include <QUuid>

namespace Sockscope {

VariableSubstituter::VariableSubstituter()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_uuid([] { return QUuid::createUuid().toString(QUuid::WithoutBraces); })
{
}

QStringList VariableSubstituter::names()
{
    return {QStringLiteral("uuid"), QStringLiteral("now"), QStringLiteral("nextId")};
}

VariableSubstituter::Result VariableSubstituter::substitute(const QByteArray &utf8)
{
    Result result;
    if (!utf8.contains("{{")) {
        result.text = utf8;
        return result;
    }
    const QString text = QString::fromUtf8(utf8);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    QString nextIdText;
    QRegularExpressionMatchIterator it = Placeholders::pattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out.append(QStringView(text).mid(last, match.capturedStart() - last));
        last = match.capturedEnd();
        const QString name = match.captured(1);
        if (name == QLatin1String("uuid")) {
            out.append(m_uuid());
        } else if (name == QLatin1String("now")) {
            out.append(QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC).toString(Qt::ISODateWithMs));
        } else if (name == QLatin1String("nextId")) {
            if (nextIdText.isEmpty())
                nextIdText = QString::number(m_nextId);
            out.append(nextIdText);
            result.usedNextId = true;
        } else {
            out.append(match.captured(0));
            if (!result.unknown.contains(name))
                result.unknown.append(name);
        }
    }
    out.append(QStringView(text).mid(last));
    if (result.usedNextId)
        ++m_nextId;
    result.text = out.toUtf8();
    return result;
}

} // namespace Sockscope
