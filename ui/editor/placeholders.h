#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Sockscope {

// `{{name}}` placeholders in a composed message (`{{uuid}}`, `{{now}}`, `{{nextId}}`), found
// by the one template grammar (core/template, docs/TEMPLATES.md; `{{{{` is an escape, not a
// placeholder). The editor treats one as a JSON value, so `"id": {{nextId}}` is not
// underlined as an error and pretty-printing keeps it.
class Placeholders final
{
public:
    // Where the placeholders are in the UTF-8 text: (byte offset, byte length) each.
    static QList<std::pair<qsizetype, qsizetype>> ranges(const QByteArray &utf8);
    // The UTF-8 text with every placeholder replaced by as many '1' characters: valid in
    // a string and as a number, and every byte offset stays where it was.
    static QByteArray neutralized(const QByteArray &utf8);
    // Length of the placeholder starting at `position` in `text`, or 0.
    static qsizetype lengthAt(const QString &text, qsizetype position);
};

} // namespace Sockscope
