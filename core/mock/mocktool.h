#pragma once

#include "mockresponse.h"

#include <QJsonObject>
#include <QString>

namespace Sockscope {

// One tool the mock server offers: what tools/list shows and how tools/call answers.
struct MockTool final
{
    QString name;
    QString title;
    QString description;
    QJsonObject inputSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
    QJsonObject outputSchema;  // empty: none
    QJsonObject annotations;   // empty: none
    MockResponse response;

    // The tool as tools/list shows it.
    QJsonObject listing() const;
};

} // namespace Sockscope
