// Fuzz target: the mock server's configuration loader (docs/MOCK.md). A rejected file must
// name a reason; an accepted one is a configuration the mock could serve.

#include "fuzztarget.h"

#include "mock/mockconfigloader.h"

#include <cstdlib>

using namespace Sockscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MockConfig config;
    MockConfigLoader loader;
    if (!loader.loadData(Fuzz::bytes(data, size), QStringLiteral("fuzz.json"), &config)) {
        if (loader.error().isEmpty())
            std::abort();
        (void)loader.error().toString();
    }
    return 0;
}
