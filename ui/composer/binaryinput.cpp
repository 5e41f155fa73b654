#include "binaryinput.h"

namespace Sockscope {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(':');
}

} // namespace

BinaryInput::Result BinaryInput::parse(const QString &input, Format format)
{
    return format == Format::Hex ? parseHex(input) : parseBase64(input);
}

BinaryInput::Result BinaryInput::parseHex(const QString &input)
{
    Result result;
    int high = -1;
    qsizetype highOffset = -1;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (isSeparator(c)) {
            if (high >= 0) {
                result.offset = highOffset;
                result.error = tr("a byte needs two hex digits (character %1)").arg(highOffset + 1);
                return result;
            }
            continue;
        }
        // A 0x prefix before a byte.
        if (high < 0 && c == QLatin1Char('0') && i + 1 < input.size()
            && (input.at(i + 1) == QLatin1Char('x') || input.at(i + 1) == QLatin1Char('X'))) {
            ++i;
            continue;
        }
        const int value = hexValue(c);
        if (value < 0) {
            result.offset = i;
            result.error = tr("\"%1\" is not a hex digit (character %2)").arg(c).arg(i + 1);
            return result;
        }
        if (high < 0) {
            high = value;
            highOffset = i;
        } else {
            result.data.append(char((high << 4) | value));
            high = -1;
        }
    }
    if (high >= 0) {
        result.offset = highOffset;
        result.error = tr("a byte needs two hex digits (character %1)").arg(highOffset + 1);
        return result;
    }
    result.ok = true;
    return result;
}

BinaryInput::Result BinaryInput::parseBase64(const QString &input)
{
    Result result;
    QByteArray compact;
    compact.reserve(input.size());
    qsizetype padding = 0;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool alphabet = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+'
                              || u == '/' || u == '-' || u == '_';
        if (u == '=') {
            ++padding;
            if (padding > 2) {
                result.offset = i;
                result.error = tr("too much \"=\" padding (character %1)").arg(i + 1);
                return result;
            }
            compact.append('=');
            continue;
        }
        if (!alphabet || padding > 0) {
            result.offset = i;
            result.error = padding > 0 ? tr("nothing may follow the \"=\" padding (character %1)").arg(i + 1)
                                       : tr("\"%1\" is not a base64 character (character %2)").arg(c).arg(i + 1);
            return result;
        }
        compact.append(char(u));
    }
    const qsizetype dataChars = compact.size() - padding;
    if (dataChars % 4 == 1) {
        result.offset = input.size();
        result.error = tr("base64 input cannot end with a single character in its last group");
        return result;
    }
    if (padding > 0 && compact.size() % 4 != 0) {
        result.offset = input.size();
        result.error = tr("the \"=\" padding does not complete a group of four");
        return result;
    }
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const auto standard = decoded ? decoded
                                  : QByteArray::fromBase64Encoding(compact, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!standard) {
        // Both alphabets at once ('+' and '-'): neither decoder takes it.
        result.offset = 0;
        result.error = tr("mixes the standard and the URL base64 alphabets");
        return result;
    }
    result.ok = true;
    result.data = *standard;
    return result;
}

QString BinaryInput::format(const QByteArray &data, Format format)
{
    return format == Format::Hex ? QString::fromLatin1(data.toHex(' ')) : QString::fromLatin1(data.toBase64());
}

} // namespace Sockscope
