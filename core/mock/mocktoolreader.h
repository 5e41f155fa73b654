#pragma once

#include "mocktool.h"

#include "json/jsonreader.h"

namespace Sockscope {

// Reads one item of a mock configuration's "tools" and its response (docs/MOCK.md, "Tools"
// and "Response kinds").
class MockToolReader final
{
public:
    static bool read(const JsonReader &item, MockTool *tool);

private:
    static bool readSchemas(const JsonReader &reader, const MockTool &tool);
    static bool readResponse(const JsonReader &reader, MockResponse *response);
    static bool readToolResult(const JsonReader &reader, const QStringList &roots, MockResponse *response);
    static bool readContent(const JsonReader &reader, const QStringList &roots, MockResponse *response);
    static bool readJsonRpcError(const JsonReader &reader, MockResponse *response);
    static bool readProgress(const JsonReader &reader, MockResponse *response);
    static bool readSequence(const JsonReader &reader, MockResponse *response);
    static bool readSum(const JsonReader &reader, MockResponse *response);
};

} // namespace Sockscope
