// Fuzz target: the one {{...}} template language (core/template, docs/TEMPLATES.md). The first
// byte picks the values and the rule for unknown names; the rest is the template. Checks:
// the segments cover the input exactly, in order, with no two text segments side by side;
// an escape is exactly `{{{{`; a placeholder's text parsed alone is that one placeholder, its
// path a key and then keys or indexes; parsing bytes and text agree; placeholderLengthAt agrees
// with the parse; rendered with every name unknown and kept, the text comes back with only the
// escapes undone and every name reported; a template renders the same twice; a JSON message
// that Qt reads (and that has no `\{`, which Qt reads as `{`) stays JSON Qt reads; a JSON value
// keeps its keys and every value that is not a string.

#include "fuzztarget.h"

#include "template/templatefunctionsource.h"
#include "template/templatejsonrenderer.h"
#include "template/templateparser.h"
#include "template/templatetextrenderer.h"
#include "template/templatevaluerenderer.h"
#include "template/texttemplate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#include <iterator>

using namespace Sockscope;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// A value per path, from a small set chosen to need escaping, keep a type, or be nothing;
// a path whose first key starts with "u" is unknown.
TemplateLookup lookup(const QStringList &path, uint8_t selector)
{
    if (path.constFirst().startsWith(QLatin1Char('u')))
        return TemplateLookup::unknown();
    const QJsonValue values[] = {QStringLiteral("say \"hi\"\\\n\t"), 42, 1.5, true, QJsonValue(QJsonValue::Null),
                                 QJsonObject{{QStringLiteral("k"), QJsonArray{QStringLiteral("v"), 1}}},
                                 QJsonArray{}, QStringLiteral("ü€😀{{x}}")};
    const size_t index = (selector + qHash(path.join(QLatin1Char('.')))) % std::size(values);
    return TemplateLookup::found(values[index]);
}

bool isEscapeText(QStringView text)
{
    return text == u"{{{{";
}

bool isEscapeText(QByteArrayView text)
{
    return text == QByteArrayView("{{{{");
}

template <typename View>
void checkSegments(View input, const QList<TemplateSegment> &segments)
{
    qsizetype at = 0;
    bool lastWasText = false;
    for (const TemplateSegment &segment : segments) {
        check(segment.start == at && segment.end > segment.start);
        const bool text = segment.kind == TemplateSegment::Kind::Text;
        check(!(text && lastWasText));
        lastWasText = text;
        at = segment.end;
        const View written = input.sliced(segment.start, segment.length());
        if (segment.kind == TemplateSegment::Kind::Escape)
            check(isEscapeText(written));
        if (!segment.isPlaceholder())
            continue;
        check(!segment.path.isEmpty() && TemplateParser::isKey(segment.path.constFirst()));
        for (const QString &part : segment.path)
            check(TemplateParser::isKey(part) || TemplateSegment::isIndex(part));
        const QList<TemplateSegment> alone = TemplateParser::parse(written);
        check(alone.size() == 1 && alone.constFirst().isPlaceholder() && alone.constFirst().path == segment.path);
    }
    check(at == input.size());
}

void checkLengthAt(const QString &text, const QList<TemplateSegment> &segments)
{
    QHash<qsizetype, qsizetype> placeholders;
    for (const TemplateSegment &segment : segments) {
        if (segment.isPlaceholder())
            placeholders.insert(segment.start, segment.length());
    }
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('{'))
            check(TemplateParser::placeholderLengthAt(text, i) == placeholders.value(i, 0));
    }
}

void checkTextRendering(const TextTemplate &parsed, uint8_t selector)
{
    TemplateFunctionSource unknown([](const QStringList &) { return TemplateLookup::unknown(); });
    TemplateReport report;
    QString unescaped;
    for (const TemplateSegment &segment : parsed.segments())
        unescaped += parsed.literal(segment);
    check(TemplateTextRenderer::render(parsed, unknown, TemplateUnknown::KeepAsWritten, &report) == unescaped);
    check(report.unknown() == parsed.names() && !report.failed());
    TemplateFunctionSource values([selector](const QStringList &path) { return lookup(path, selector); });
    const QString once = TemplateTextRenderer::render(parsed, values, TemplateUnknown::Empty, nullptr);
    check(TemplateTextRenderer::render(parsed, values, TemplateUnknown::Empty, nullptr) == once);
}

void checkJsonRendering(const TextTemplate &parsed, uint8_t selector, TemplateUnknown rule)
{
    TemplateFunctionSource values([selector](const QStringList &path) { return lookup(path, selector); });
    TemplateReport report;
    const QString rendered = TemplateJsonRenderer::render(parsed, values, rule, &report);
    check(!report.failed());
    if (!parsed.source().contains(QLatin1String("{{")))
        check(rendered == parsed.source());
    const QJsonDocument input = QJsonDocument::fromJson(parsed.source().toUtf8());
    if ((!input.isObject() && !input.isArray()) || parsed.source().contains(QLatin1String("\\{")))
        return;
    check(TemplateJsonRenderer::looksLikeJson(parsed.source()));
    const QJsonDocument output = QJsonDocument::fromJson(rendered.toUtf8());
    check(output.isObject() || output.isArray());
}

// Keys and every value that is not a string stay as they were.
void checkSameShape(const QJsonValue &before, const QJsonValue &after)
{
    if (before.isString())
        return;
    if (before.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        check(after.isArray() && a.size() == b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            checkSameShape(a.at(i), b.at(i));
    } else if (before.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        check(after.isObject() && a.keys() == b.keys());
        for (auto it = a.begin(); it != a.end(); ++it)
            checkSameShape(it.value(), b.value(it.key()));
    } else {
        check(before == after);
    }
}

void checkValueRendering(const QString &text, uint8_t selector, TemplateUnknown rule)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isNull())
        return;
    const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    TemplateFunctionSource values([selector](const QStringList &path) { return lookup(path, selector); });
    checkSameShape(value, TemplateValueRenderer::render(value, values, rule, nullptr));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t selector = Fuzz::takeSelector(data, size);
    const TemplateUnknown rule = selector & 0x80 ? TemplateUnknown::KeepAsWritten : TemplateUnknown::Empty;
    const QByteArray bytes = Fuzz::bytes(data, size);
    const QList<TemplateSegment> byteSegments = TemplateParser::parse(QByteArrayView(bytes));
    checkSegments(QByteArrayView(bytes), byteSegments);

    const TextTemplate parsed = TextTemplate::fromUtf8(bytes);
    checkSegments(QStringView(parsed.source()), parsed.segments());
    if (parsed.source().toUtf8() == bytes) { // valid UTF-8: the same template in bytes and in text
        check(byteSegments.size() == parsed.segments().size());
        for (qsizetype i = 0; i < byteSegments.size(); ++i) {
            check(byteSegments.at(i).kind == parsed.segments().at(i).kind);
            check(byteSegments.at(i).path == parsed.segments().at(i).path);
        }
    }
    checkLengthAt(parsed.source(), parsed.segments());
    checkTextRendering(parsed, selector);
    checkJsonRendering(parsed, selector, rule);
    checkValueRendering(parsed.source(), selector, rule);
    return 0;
}
