#pragma once

// Every fuzz target defines the libFuzzer entry point below. Built with SOCKSCOPE_FUZZ=ON
// (clang) it is linked with libFuzzer; in the normal test build the same source is linked
// with corpusrunner.cpp, which feeds it every file of its corpus (tests/fuzz/corpus/<name>),
// so each input that ever crashed a target stays a regression test.

#include <cstddef>
#include <cstdint>

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Sockscope::Fuzz {

// The input as a QByteArray without copying (valid during the call only).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Takes the first byte as a selector (0 when empty) and leaves the rest.
inline uint8_t takeSelector(const uint8_t *&data, size_t &size)
{
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    ++data;
    --size;
    return selector;
}

} // namespace Sockscope::Fuzz
