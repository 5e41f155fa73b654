#pragma once

#include <QByteArray>
#include <QRegularExpression>

namespace Sockscope {

// `{{name}}` placeholders in a composed message (`{{uuid}}`, `{{now}}`, `{{nextId}}`).
// The editor treats one as a JSON value, so `"id": {{nextId}}` is not underlined as an
// error and pretty-printing keeps it.
class Placeholders final
{
public:
    // Matches one placeholder; capture 1 is the name.
    static const QRegularExpression &pattern();
    // The UTF-8 text with every placeholder replaced by as many '1' characters: valid in
    // a string and as a number, and every byte offset stays where it was.
    static QByteArray neutralized(const QByteArray &utf8);
    // Length of the placeholder starting at `position` in `text`, or 0.
    static qsizetype lengthAt(const QString &text, qsizetype position);
};

} // namespace Sockscope
