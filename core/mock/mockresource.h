#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Sockscope {

// One resource the mock server offers, with fixed text or binary contents.
struct MockResource final
{
    QString uri;
    QString name;
    QString title;
    QString description;
    QString mimeType;
    QString text;
    QByteArray blob;      // the decoded bytes when isBlob
    bool isBlob = false;
    QJsonObject annotations;

    // As resources/list shows it (with `size` in bytes).
    QJsonObject listing() const;
    // One item of resources/read's `contents`.
    QJsonObject contents() const;
};

} // namespace Sockscope
