#pragma once

#include <QJsonValue>
#include <QString>

namespace Sockscope {

// The forms a variable's value takes in a rendering, the same for every renderer and caller.
class TemplateValueText final
{
public:
    // As text: a string as it is, null (or no value) as empty text, anything else as compact
    // JSON (whole numbers without a fraction).
    static QString text(const QJsonValue &value);
    // As JSON, compact; null for no value.
    static QString json(const QJsonValue &value);
    // The text form escaped for the inside of a JSON string, without the quotes.
    static QString escapedText(const QJsonValue &value);
};

} // namespace Sockscope
