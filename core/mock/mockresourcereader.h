#pragma once

#include "mockresource.h"
#include "mockresourcetemplate.h"

#include "json/jsonreader.h"

namespace Sockscope {

// Reads one item of a mock configuration's "resources" or "resourceTemplates" (docs/MOCK.md,
// "Resources").
class MockResourceReader final
{
public:
    static bool read(const JsonReader &item, MockResource *resource);
    static bool read(const JsonReader &item, MockResourceTemplate *resourceTemplate);

private:
    // "text" or "blob" (base64), exactly one of them.
    static bool readBody(const JsonReader &reader, QString *text, QByteArray *blob, bool *isBlob);
};

} // namespace Sockscope
