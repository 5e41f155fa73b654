#pragma once

#include "templatesegment.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace Sockscope {

// The one grammar of `{{...}}` templates (docs/TEMPLATES.md), read in one linear pass:
//   placeholder = "{{" space* key ( "." key | "." index )* space* "}}"
//   key = [A-Za-z_][A-Za-z0-9_-]*    index = [0-9]+    space = " " | tab | CR | LF
// `{{{{` is a literal `{{` everywhere; any other `{{` that starts no placeholder is text.
// An attempt at a placeholder stops at the first character the grammar refuses, and that
// stretch holds no `{`, so no character is read more than a few times (no search for `}}`).
class TemplateParser final
{
public:
    // Offsets in UTF-16 code units.
    static QList<TemplateSegment> parse(QStringView text);
    // Offsets in bytes: the grammar is ASCII, so a placeholder never splits a character.
    static QList<TemplateSegment> parse(QByteArrayView utf8);
    // The length of the placeholder that starts at `position` when `text` is parsed from its
    // start (so not the inner `{{x}}` of `{{{{x}}`), or 0. Reads only the run of braces before
    // `position` and the placeholder itself.
    static qsizetype placeholderLengthAt(QStringView text, qsizetype position);
    // Whether `name` is one key of the grammar.
    static bool isKey(QStringView name);
};

} // namespace Sockscope
