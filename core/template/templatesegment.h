#pragma once

#include <QString>
#include <QStringList>

namespace Sockscope {

// One piece of a parsed template: literal text, the escape `{{{{` (a literal `{{`), or a
// placeholder with its path. Offsets count the units of the parsed input (UTF-16 code units
// for text, bytes for UTF-8) and cover [start, end).
struct TemplateSegment final
{
    enum class Kind {
        Text,
        Escape,
        Placeholder,
    };

    Kind kind = Kind::Text;
    qsizetype start = 0;
    qsizetype end = 0;
    // A placeholder's path as written, between the spaces: [pathStart, pathEnd).
    qsizetype pathStart = 0;
    qsizetype pathEnd = 0;
    // A placeholder's parts: a key first, then keys and indexes (digits only).
    QStringList path;

    bool isPlaceholder() const { return kind == Kind::Placeholder; }
    qsizetype length() const { return end - start; }
    // The path joined with dots: "args.tags.0".
    QString name() const;
    // Whether a path part is an index (digits) rather than a key.
    static bool isIndex(const QString &part);
};

} // namespace Sockscope
