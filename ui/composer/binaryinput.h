#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Sockscope {

// Binary messages typed as hex ("01 ab FF", "0x01,0xab", with any whitespace, commas or
// colons between bytes) or as base64 (standard or URL alphabet, padding optional).
// Invalid input names the offset of the first bad character.
class BinaryInput final
{
    Q_DECLARE_TR_FUNCTIONS(BinaryInput)

public:
    enum class Format { Hex, Base64 };

    struct Result final
    {
        bool ok = false;
        QByteArray data;
        qsizetype offset = -1; // character offset of the problem in the input
        QString error;
    };

    static Result parse(const QString &input, Format format);
    static Result parseHex(const QString &input);
    static Result parseBase64(const QString &input);
    // The bytes written in `format`: hex as "01 ab ff", base64 standard with padding.
    static QString format(const QByteArray &data, Format format);
};

} // namespace Sockscope
