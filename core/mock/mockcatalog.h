#pragma once

#include "mockanswer.h"
#include "mockconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Sockscope {

// What a mock configuration offers, answered as MCP asks for it: the four list methods
// (paged with opaque cursors when the configuration sets a page size), resources/read
// (fixed resources and URI templates), prompts/get and completion/complete. Holds no state
// of a session; MockSession checks the lifecycle and capabilities first. English on the wire.
class MockCatalog final
{
public:
    explicit MockCatalog(std::shared_ptr<const MockConfig> config);

    // Whether `method` is one of tools/list, resources/list, resources/templates/list, prompts/list.
    static bool isListMethod(const QString &method);
    MockAnswer list(const QString &method, const QJsonObject &params) const;
    MockAnswer readResource(const QJsonObject &params) const;
    MockAnswer getPrompt(const QJsonObject &params) const;
    MockAnswer complete(const QJsonObject &params) const;

private:
    MockAnswer page(const QString &method, const QString &key, const QJsonArray &items, const QJsonObject &params) const;
    QJsonArray listing(const QString &method, QString *key) const;

    std::shared_ptr<const MockConfig> m_config;
};

} // namespace Sockscope
