#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Sockscope {

// Classic hex + ASCII dump: "00000010  7b 22 61 22 3a 31 7d 0a  ...  |{"a":1}.|".
class HexDump final
{
    Q_DECLARE_TR_FUNCTIONS(HexDump)

public:
    // At most `maxBytes` bytes; a last line says how many more there are.
    static QString dump(const QByteArray &data, qsizetype maxBytes);
};

} // namespace Sockscope
