#include "templatevaluerenderer.h"

#include "templatetextrenderer.h"
#include "texttemplate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sockscope {

namespace {

QJsonValue renderString(const QString &text, TemplateVariableSource &variables, TemplateUnknown unknown,
                        TemplateReport *report)
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    const TextTemplate parsed(text);
    const TemplateSegment *whole = parsed.wholePlaceholder();
    if (!whole)
        return TemplateTextRenderer::render(parsed, variables, unknown, report);
    const TemplateLookup lookup = variables.resolve(whole->path);
    switch (lookup.status()) {
    case TemplateLookup::Status::Found:
        return lookup.value();
    case TemplateLookup::Status::Unknown:
        report->addUnknown(whole->name());
        return unknown == TemplateUnknown::KeepAsWritten ? QJsonValue(text) : QJsonValue(QJsonValue::Null);
    case TemplateLookup::Status::Failed:
        report->fail(lookup.error());
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue renderValue(const QJsonValue &value, TemplateVariableSource &variables, TemplateUnknown unknown,
                       TemplateReport *report)
{
    switch (value.type()) {
    case QJsonValue::String:
        return renderString(value.toString(), variables, unknown, report);
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray()) {
            array.append(renderValue(item, variables, unknown, report));
            if (report->failed())
                return QJsonValue(QJsonValue::Undefined);
        }
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = renderValue(it.value(), variables, unknown, report);
            if (report->failed())
                return QJsonValue(QJsonValue::Undefined);
        }
        return object;
    }
    default:
        return value;
    }
}

} // namespace

QJsonValue TemplateValueRenderer::render(const QJsonValue &value, TemplateVariableSource &variables,
                                         TemplateUnknown unknown, TemplateReport *report)
{
    TemplateReport local;
    return renderValue(value, variables, unknown, report ? report : &local);
}

} // namespace Sockscope
