#include "mocktemplate.h"

#include "mockconfigerror.h"
#include "template/templatejsonsource.h"
#include "template/templatetextrenderer.h"
#include "template/templatevaluerenderer.h"
#include "template/texttemplate.h"

#include <QJsonArray>

namespace Sockscope {

// The mock's side of the one template language (core/template, docs/TEMPLATES.md): its
// variables are a JSON object, and an unknown one is empty text, or null on its own.

QJsonValue MockTemplate::lookup(const QJsonObject &variables, const QString &path)
{
    return TemplateJsonSource::walk(variables, path.split(QLatin1Char('.')));
}

QString MockTemplate::fillText(const QString &text, const QJsonObject &variables)
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    TemplateJsonSource source(variables);
    return TemplateTextRenderer::render(TextTemplate(text), source, TemplateUnknown::Empty, nullptr);
}

QJsonValue MockTemplate::fill(const QJsonValue &value, const QJsonObject &variables)
{
    TemplateJsonSource source(variables);
    return TemplateValueRenderer::render(value, source, TemplateUnknown::Empty, nullptr);
}

QStringList MockTemplate::placeholderNames(const QString &text)
{
    QStringList names;
    if (!text.contains(QLatin1String("{{")))
        return names;
    const TextTemplate parsed(text);
    for (const TemplateSegment &segment : parsed.segments()) {
        if (segment.isPlaceholder())
            names.append(segment.name());
    }
    return names;
}

QList<QPair<QString, QString>> MockTemplate::placeholders(const QJsonValue &value, const QString &path)
{
    QList<QPair<QString, QString>> found;
    switch (value.type()) {
    case QJsonValue::String:
        for (const QString &name : placeholderNames(value.toString()))
            found.append({path, name});
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            found += placeholders(array.at(i), MockConfigError::indexPath(path, i));
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            found += placeholders(it.value(), MockConfigError::memberPath(path, it.key()));
        break;
    }
    default:
        break;
    }
    return found;
}

} // namespace Sockscope
