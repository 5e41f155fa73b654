#pragma once

#include "mock/mockfaults.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Sockscope {

// The fault injection flags of `sockscope mock`; each one overrides the configuration
// file's "faults" member of the same meaning.
class MockOptions final
{
    Q_DECLARE_TR_FUNCTIONS(MockOptions)

public:
    static void addTo(QCommandLineParser *parser);
    // Applies the flags that are set to *faults; false with *error for a bad value.
    static bool read(const QCommandLineParser &parser, MockFaults *faults, QString *error);
};

} // namespace Sockscope
