#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace Sockscope {

// {{placeholders}} in the strings of a JSON value, filled from a JSON object of variables
// with the one template language (core/template, docs/TEMPLATES.md): {{args.city}} is
// variables["args"]["city"], {{args.tags.0}} the first item of an array, {{args}} the whole
// object. A string that is exactly one placeholder takes the variable's JSON value, so
// {{args.count}} stays a number; inside longer text a string goes in as it is, null as
// nothing and anything else as compact JSON. An unknown variable is empty text (null on its
// own). `{{{{` is a literal `{{`. Object keys are never filled. Sans-I/O: values in, values out.
class MockTemplate final
{
public:
    static QJsonValue fill(const QJsonValue &value, const QJsonObject &variables);
    static QString fillText(const QString &text, const QJsonObject &variables);
    // The value a dotted path names, or undefined.
    static QJsonValue lookup(const QJsonObject &variables, const QString &path);
    // Every placeholder in the strings of `value`: (JSON path of the string, placeholder
    // name), paths built on `path` the way MockConfigLoader writes them.
    static QList<QPair<QString, QString>> placeholders(const QJsonValue &value, const QString &path);
    // The names in one string, trimmed.
    static QStringList placeholderNames(const QString &text);
};

} // namespace Sockscope
