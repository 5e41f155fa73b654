#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sockscope {

// Finds keys that appear twice in one JSON object. QJsonDocument keeps the last value
// silently, while other parsers keep the first: for an inspector that difference matters.
// Runs on text that already parsed as JSON, in one linear pass.
class JsonKeyScanner final
{
public:
    struct Duplicate final
    {
        QString key;
        qint64 offset = 0;   // byte offset of the repeated key's opening quote
        int depth = 0;       // 1 for members of the top-level object (or of a batch's array), ...
        int batchIndex = -1; // which member of a top-level array it is in, or -1
    };

    // At most `limit` duplicates, in the order they appear.
    static QList<Duplicate> findDuplicates(const QByteArray &json, int limit);
};

} // namespace Sockscope
