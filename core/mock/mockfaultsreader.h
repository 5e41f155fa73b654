#pragma once

#include "mockfaults.h"

#include "json/jsonreader.h"

namespace Sockscope {

// Reads the "faults" of a mock configuration (docs/MOCK.md, "Faults").
class MockFaultsReader final
{
public:
    static bool read(const JsonReader &reader, MockFaults *faults);

private:
    // A number of milliseconds, or a range [min, max] to draw from.
    static bool readLatency(const JsonReader &reader, MockFaults *faults);
};

} // namespace Sockscope
