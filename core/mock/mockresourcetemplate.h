#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Sockscope {

// A family of resources named by a URI template with simple `{name}` variables (RFC 6570
// level 1). Reading a URI that matches answers `text` with {{args.NAME}} and {{uri}} filled,
// or the fixed `blob`.
struct MockResourceTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(MockResourceTemplate)

public:
    QString uriTemplate;
    QString name;
    QString title;
    QString description;
    QString mimeType;
    QString text;
    QByteArray blob;
    bool isBlob = false;
    QJsonObject annotations;

    // As resources/templates/list shows it.
    QJsonObject listing() const;
    // The variables of `uri` (percent-decoded) when it matches the template. A variable
    // matches one or more characters other than '/', '?' and '#'.
    bool match(const QString &uri, QJsonObject *variables) const;
    // The variable names in order; false with *problem when `uriTemplate` is not usable
    // (an unclosed brace, an empty or invalid name, a name used twice).
    static bool parse(const QString &uriTemplate, QStringList *names, QString *problem);
};

} // namespace Sockscope
