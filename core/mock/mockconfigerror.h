#pragma once

#include <QString>

namespace Sockscope {

// Why a mock configuration file was rejected: the file, where in it (a JSON path such as
// $.tools[2].inputSchema.properties.a.type, or a line and column for a syntax error) and
// what is wrong, for people.
struct MockConfigError final
{
    QString file;
    QString path;     // empty for errors about the whole file
    QString message;
    int line = 0;     // 1-based, for JSON syntax errors; 0 otherwise
    int column = 0;

    bool isEmpty() const { return message.isEmpty(); }
    // "FILE: PATH: MESSAGE", "FILE:LINE:COLUMN: MESSAGE" or "FILE: MESSAGE"
    QString toString() const;

    // $.a, $.a.b, $.a["odd key"], $.a[3] (json/jsonlocation.h)
    static QString memberPath(const QString &path, const QString &key);
    static QString indexPath(const QString &path, qsizetype index);
};

} // namespace Sockscope
