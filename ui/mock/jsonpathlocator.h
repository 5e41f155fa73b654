#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sockscope {

// Where a JSON path such as $.tools[2].inputSchema.properties.a.type (the paths of
// MockConfigError: `.name`, `[3]`, `["odd key"]`) points in a JSON text, so an error the
// loader reports by path can be marked at its line in the editor. A small tokenizer over
// UTF-8 bytes, tolerant: it reads broken text as far as it goes, and a path that does not
// exist gives the nearest parent that does.
class JsonPathLocator final
{
public:
    struct Step final
    {
        QString key;          // a member's name, when `index` is -1
        qsizetype index = -1; // an array item
    };

    struct Location final
    {
        qsizetype offset = -1; // UTF-8 byte offset: a member's key (its opening quote) or an item's first byte
        qsizetype length = 0;  // bytes to mark: the key with its value when that is short and on the same line
        int line = 0;          // 1-based
        int column = 0;        // 1-based, in bytes
        int stepsFound = 0;    // how many steps of the path lead there
        bool exact = false;    // the whole path was found

        bool isValid() const { return offset >= 0; }
    };

    // False for a path that does not start with `$` or cannot be read.
    static bool parsePath(const QString &path, QList<Step> *steps);
    // An invalid Location only for a path that cannot be read; `$` is the first value.
    static Location locate(const QByteArray &utf8, const QString &path);
};

} // namespace Sockscope
