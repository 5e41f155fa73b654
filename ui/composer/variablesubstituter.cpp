#include "variablesubstituter.h"

#include "template/templatefunctionsource.h"
#include "template/templatetextrenderer.h"
#include "template/texttemplate.h"

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
    // The composer's variables; any other name is unknown and stays as written.
    TemplateFunctionSource source([this, &result](const QStringList &path) {
        if (path.size() != 1)
            return TemplateLookup::unknown();
        const QString &name = path.constFirst();
        if (name == QLatin1String("uuid"))
            return TemplateLookup::found(m_uuid());
        if (name == QLatin1String("now"))
            return TemplateLookup::found(QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC).toString(Qt::ISODateWithMs));
        if (name == QLatin1String("nextId")) {
            result.usedNextId = true; // every use in one message is the same number
            return TemplateLookup::found(QString::number(m_nextId));
        }
        return TemplateLookup::unknown();
    });
    TemplateReport report;
    const QString text =
        TemplateTextRenderer::render(TextTemplate::fromUtf8(utf8), source, TemplateUnknown::KeepAsWritten, &report);
    if (result.usedNextId)
        ++m_nextId;
    result.text = text.toUtf8();
    result.unknown = report.unknown();
    return result;
}

} // namespace Sockscope
