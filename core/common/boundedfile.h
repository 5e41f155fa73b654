#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Sockscope {

// Reads a whole file that people hand to Sockscope (a mock configuration, an MCP script, a
// PEM key) with a size limit checked before reading, so a wrong file (a disk image, /dev/zero,
// a FIFO) gives a clear error instead of filling memory (docs/SECURITY.md).
class BoundedFile final
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)

public:
    // Configuration-sized files: far above any real one.
    static constexpr qint64 kDefaultMaxBytes = qint64(16) * 1024 * 1024;

    // False with `error` for people ("cannot read the file: ...", "is a directory",
    // "is 20.0 MiB; files over 16.0 MiB are refused"); the caller names the file.
    static bool read(const QString &path, QByteArray *data, QString *error, qint64 maxBytes = kDefaultMaxBytes);
};

} // namespace Sockscope
