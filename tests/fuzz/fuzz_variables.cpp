// Fuzz target: the composer's variable substitution ({{uuid}}, {{now}}, {{nextId}}).
// Checks: text without "{{" comes back unchanged; {{nextId}} advances the counter by one
// per message at most.

#include "fuzztarget.h"

#include "composer/variablesubstituter.h"

#include <cstdlib>

using namespace Sockscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    VariableSubstituter substituter;
    substituter.setClock([] { return qint64(1700000000000); });
    substituter.setUuidSource([] { return QStringLiteral("00000000-0000-4000-8000-000000000000"); });
    const QByteArray text = Fuzz::bytes(data, size);
    const qint64 before = substituter.nextId();
    const VariableSubstituter::Result result = substituter.substitute(text);
    if (!text.contains("{{") && result.text != text)
        std::abort();
    if (substituter.nextId() != before + (result.usedNextId ? 1 : 0))
        std::abort();
    return 0;
}
