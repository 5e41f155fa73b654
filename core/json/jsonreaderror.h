#pragma once

#include <QString>

namespace Sockscope {

// Why a JsonReader refused a document: where (a JsonLocation path) and what is wrong, for
// people. The first problem found is the one reported.
struct JsonReadError final
{
    QString path;    // empty for a problem with the value the reader started at, when unnamed
    QString message; // "must be a string, not a number", "missing: expected an array", ...

    bool isEmpty() const { return message.isEmpty(); }
    // "PATH: MESSAGE", or MESSAGE alone without a path.
    QString toString() const;
};

} // namespace Sockscope
