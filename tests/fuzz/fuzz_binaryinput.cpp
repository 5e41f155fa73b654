// Fuzz target: the composer's hex and base64 input. Selector byte: bit 0 = base64.
// Checks: a rejected input names an offset inside it; accepted bytes written back in the
// same format parse to the same bytes.

#include "fuzztarget.h"

#include "composer/binaryinput.h"

#include <cstdlib>

using namespace Sockscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t selector = Fuzz::takeSelector(data, size);
    const BinaryInput::Format format = (selector & 1) ? BinaryInput::Format::Base64 : BinaryInput::Format::Hex;
    const QString input = QString::fromUtf8(Fuzz::bytes(data, size));
    const BinaryInput::Result result = BinaryInput::parse(input, format);
    if (!result.ok) {
        if (result.error.isEmpty() || result.offset < 0 || result.offset > input.size())
            std::abort();
        return 0;
    }
    const BinaryInput::Result again = BinaryInput::parse(BinaryInput::format(result.data, format), format);
    if (!again.ok || again.data != result.data)
        std::abort();
    return 0;
}
