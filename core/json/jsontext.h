#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace Sockscope {

// JSON text parsed into a document, with the place of a syntax error as a line and column
// people can find in an editor. Loaders that read text parse it here; JsonReader reads the
// document that comes out.
class JsonText final
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)

public:
    enum class DuplicateKeys : quint8 { Allowed, Refused };

    struct Error final
    {
        QString message; // "not valid JSON: ...", "the key "x" appears twice in one object"
        QString detail;  // the parser's own words, or the repeated key
        int line = 0;    // 1-based
        int column = 0;  // 1-based, in bytes
    };

    // With DuplicateKeys::Refused an object with two equal keys is refused too: which of the
    // two counts differs between JSON parsers, so a file that has them means different things
    // to different readers. `error` is set on failure.
    static bool parse(const QByteArray &text, QJsonDocument *document, Error *error,
                      DuplicateKeys duplicates = DuplicateKeys::Allowed);
};

} // namespace Sockscope
