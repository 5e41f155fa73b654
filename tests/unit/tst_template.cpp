// The one {{...}} template language (core/template, docs/TEMPLATES.md): the grammar, the
// `{{{{` escape, source offsets in UTF-16 and UTF-8, the three renderers (plain text, JSON
// message, JSON value), type preservation, each caller's rule for unknown names (composer:
// kept and reported; replay: the step fails; mock: empty text or null), and linear time.

#include "composer/variablesubstituter.h"
#include "editor/placeholders.h"
#include "mock/mocktemplate.h"
#include "replay/replayvariables.h"
#include "template/templatefunctionsource.h"
#include "template/templatejsonrenderer.h"
#include "template/templatejsonsource.h"
#include "template/templateparser.h"
#include "template/templatetextrenderer.h"
#include "template/templatevaluerenderer.h"
#include "template/texttemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sockscope;

Q_DECLARE_METATYPE(Sockscope::TemplateUnknown)

namespace {

// Segments in one line: T0-3 text, E3-7 escape, P7-14:args.x@9-15 placeholder with its path
// and where the path is written.
QString describe(const QList<TemplateSegment> &segments)
{
    QStringList parts;
    for (const TemplateSegment &segment : segments) {
        const QString range = QStringLiteral("%1-%2").arg(segment.start).arg(segment.end);
        switch (segment.kind) {
        case TemplateSegment::Kind::Text:
            parts.append(QLatin1Char('T') + range);
            break;
        case TemplateSegment::Kind::Escape:
            parts.append(QLatin1Char('E') + range);
            break;
        case TemplateSegment::Kind::Placeholder:
            parts.append(QStringLiteral("P%1:%2@%3-%4").arg(range, segment.path.join(QLatin1Char('|'))).arg(segment.pathStart).arg(segment.pathEnd));
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QJsonObject variablesForTests()
{
    QJsonObject variables = QJsonDocument::fromJson(R"({"name": "Ada", "n": 3, "big": 9007199254740993, "half": 0.5, )"
                                                    R"("ok": true, "nothing": null, "tags": ["x", "y"], "user": {"age": 36}, )"
                                                    R"("uni": "ü€😀", "a-b": "dash"})")
                                .object();
    variables.insert(QStringLiteral("quote"), QStringLiteral("say \"hi\"\n"));
    return variables;
}

const QJsonObject kVariables = variablesForTests();

QJsonValue json(const QByteArray &text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

} // namespace

class TestTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues();
    void grammar_data();
    void grammar();
    void utf8Offsets();
    void placeholderLengthAt_data();
    void placeholderLengthAt();
    void keys_data();
    void keys();
    void textRenderer_data();
    void textRenderer();
    void jsonRenderer_data();
    void jsonRenderer();
    void valueRenderer_data();
    void valueRenderer();
    void errorStopsRendering();
    void parseOnceRenderMany();
    void composerKeepsUnknownNames();
    void replayFailsOnUnknownNames();
    void mockFillsUnknownWithNothing();
    void editorFindsTheSamePlaceholders();
    void linearInTheInput();
};

void TestTemplate::shouldHaveDefaultValues()
{
    const TextTemplate empty;
    QVERIFY(empty.source().isEmpty());
    QVERIFY(empty.segments().isEmpty());
    QVERIFY(!empty.hasPlaceholders());
    QVERIFY(!empty.wholePlaceholder());
    QVERIFY(empty.names().isEmpty());
    const TemplateLookup lookup = TemplateLookup::found(QJsonValue(QJsonValue::Undefined));
    QCOMPARE(lookup.status(), TemplateLookup::Status::Unknown);
    TemplateReport report;
    QVERIFY(!report.failed());
    QVERIFY(report.unknown().isEmpty());
}

void TestTemplate::grammar_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("segments");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("T0-5");
    QTest::newRow("one") << QStringLiteral("{{a}}") << QStringLiteral("P0-5:a@2-3");
    QTest::newRow("spaces") << QStringLiteral("{{ a  }}") << QStringLiteral("P0-8:a@3-4");
    QTest::newRow("tab and newlines") << QStringLiteral("{{\ta\r\n}}") << QStringLiteral("P0-8:a@3-4");
    QTest::newRow("dotted path") << QStringLiteral("{{args.user.name}}") << QStringLiteral("P0-18:args|user|name@2-16");
    QTest::newRow("index") << QStringLiteral("{{args.tags.0}}") << QStringLiteral("P0-15:args|tags|0@2-13");
    QTest::newRow("long index") << QStringLiteral("{{a.012}}") << QStringLiteral("P0-9:a|012@2-7");
    QTest::newRow("dash, underscore, digits") << QStringLiteral("{{_a-b_9}}") << QStringLiteral("P0-10:_a-b_9@2-8");
    QTest::newRow("dash key after a dot") << QStringLiteral("{{a.b-c.1}}") << QStringLiteral("P0-11:a|b-c|1@2-9");
    QTest::newRow("upper case") << QStringLiteral("{{A1}}") << QStringLiteral("P0-6:A1@2-4");
    QTest::newRow("starts with a digit") << QStringLiteral("{{0}}") << QStringLiteral("T0-5");
    QTest::newRow("starts with a dash") << QStringLiteral("{{-a}}") << QStringLiteral("T0-6");
    QTest::newRow("trailing dot") << QStringLiteral("{{a.}}") << QStringLiteral("T0-6");
    QTest::newRow("two dots") << QStringLiteral("{{a..b}}") << QStringLiteral("T0-8");
    QTest::newRow("space after a dot") << QStringLiteral("{{a. b}}") << QStringLiteral("T0-8");
    QTest::newRow("two words") << QStringLiteral("{{a b}}") << QStringLiteral("T0-7");
    QTest::newRow("index then letters") << QStringLiteral("{{a.0b}}") << QStringLiteral("T0-8");
    QTest::newRow("not ASCII") << QStringLiteral("{{é}}") << QStringLiteral("T0-5");
    QTest::newRow("empty braces") << QStringLiteral("{{}}") << QStringLiteral("T0-4");
    QTest::newRow("only spaces") << QStringLiteral("{{  }}") << QStringLiteral("T0-6");
    QTest::newRow("one closing brace") << QStringLiteral("{{a}") << QStringLiteral("T0-4");
    QTest::newRow("unclosed") << QStringLiteral("{{a") << QStringLiteral("T0-3");
    QTest::newRow("lone open") << QStringLiteral("{{") << QStringLiteral("T0-2");
    QTest::newRow("single braces") << QStringLiteral("{a}") << QStringLiteral("T0-3");
    QTest::newRow("escape") << QStringLiteral("{{{{a}}") << QStringLiteral("E0-4 T4-7");
    QTest::newRow("escape alone") << QStringLiteral("{{{{") << QStringLiteral("E0-4");
    QTest::newRow("two escapes") << QStringLiteral("{{{{{{{{") << QStringLiteral("E0-4 E4-8");
    QTest::newRow("three braces") << QStringLiteral("{{{a}}") << QStringLiteral("T0-1 P1-6:a@3-4");
    QTest::newRow("five braces") << QStringLiteral("{{{{{a}}") << QStringLiteral("E0-4 T4-8");
    QTest::newRow("six braces") << QStringLiteral("{{{{{{a}}") << QStringLiteral("E0-4 P4-9:a@6-7");
    QTest::newRow("seven braces") << QStringLiteral("{{{{{{{a}}") << QStringLiteral("E0-4 T4-5 P5-10:a@7-8");
    QTest::newRow("text around") << QStringLiteral("x{{a}}y{{b}}") << QStringLiteral("T0-1 P1-6:a@3-4 T6-7 P7-12:b@9-10");
    QTest::newRow("side by side") << QStringLiteral("{{a}}{{b}}") << QStringLiteral("P0-5:a@2-3 P5-10:b@7-8");
    QTest::newRow("extra closing braces") << QStringLiteral("{{a}}}}") << QStringLiteral("P0-5:a@2-3 T5-7");
    QTest::newRow("closing braces first") << QStringLiteral("}}{{a}}") << QStringLiteral("T0-2 P2-7:a@4-5");
    QTest::newRow("open inside an attempt") << QStringLiteral("{{a{{b}}") << QStringLiteral("T0-3 P3-8:b@5-6");
    QTest::newRow("escape then placeholder") << QStringLiteral("{{{{x}} is {{x}}")
                                             << QStringLiteral("E0-4 T4-11 P11-16:x@13-14");
}

void TestTemplate::grammar()
{
    QFETCH(QString, text);
    QFETCH(QString, segments);
    QCOMPARE(describe(TemplateParser::parse(QStringView(text))), segments);
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() == text.size()) // ASCII: the same offsets in bytes
        QCOMPARE(describe(TemplateParser::parse(QByteArrayView(utf8))), segments);
}

void TestTemplate::utf8Offsets()
{
    const QString text = QStringLiteral("é😀{{a}}ü");
    QCOMPARE(describe(TemplateParser::parse(QStringView(text))), QStringLiteral("T0-3 P3-8:a@5-6 T8-9"));
    QCOMPARE(describe(TemplateParser::parse(QByteArrayView(text.toUtf8()))), QStringLiteral("T0-6 P6-11:a@8-9 T11-13"));
    QCOMPARE(Placeholders::ranges(text.toUtf8()), (QList<std::pair<qsizetype, qsizetype>>{{6, 5}}));
    // A multi-byte character that ends in no brace never looks like one.
    QCOMPARE(describe(TemplateParser::parse(QByteArrayView("\xc3\xbb{{a}}"))), QStringLiteral("T0-2 P2-7:a@4-5"));
}

void TestTemplate::placeholderLengthAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");

    QTest::newRow("at the start") << QStringLiteral("{{a}}") << 0 << 5;
    QTest::newRow("after text") << QStringLiteral("x{{ a }}") << 1 << 7;
    QTest::newRow("not at a brace") << QStringLiteral("x{{a}}") << 0 << 0;
    QTest::newRow("no placeholder") << QStringLiteral("{{a b}}") << 0 << 0;
    QTest::newRow("out of range") << QStringLiteral("{{a}}") << 9 << 0;
    QTest::newRow("negative") << QStringLiteral("{{a}}") << -1 << 0;
    QTest::newRow("inside an escape") << QStringLiteral("{{{{a}}") << 2 << 0;
    QTest::newRow("three braces") << QStringLiteral("{{{a}}") << 1 << 5;
    QTest::newRow("six braces") << QStringLiteral("{{{{{{a}}") << 4 << 5;
    QTest::newRow("seven braces") << QStringLiteral("{{{{{{{a}}") << 5 << 5;
    QTest::newRow("eight braces") << QStringLiteral("{{{{{{{{a}}") << 6 << 0;
}

void TestTemplate::placeholderLengthAt()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(int, length);
    QCOMPARE(TemplateParser::placeholderLengthAt(text, position), length);
    // The same answer as parsing the whole text.
    bool parsed = false;
    for (const TemplateSegment &segment : TemplateParser::parse(QStringView(text)))
        parsed = parsed || (segment.isPlaceholder() && segment.start == position && segment.length() == length);
    QCOMPARE(parsed, length > 0);
}

void TestTemplate::keys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("key");

    QTest::newRow("letters") << QStringLiteral("sid") << true;
    QTest::newRow("underscore first") << QStringLiteral("_x") << true;
    QTest::newRow("digits and dash") << QStringLiteral("session-id_2") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit first") << QStringLiteral("2x") << false;
    QTest::newRow("dash first") << QStringLiteral("-x") << false;
    QTest::newRow("dot") << QStringLiteral("a.b") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("not ASCII") << QStringLiteral("ä") << false;
}

void TestTemplate::keys()
{
    QFETCH(QString, name);
    QFETCH(bool, key);
    QCOMPARE(TemplateParser::isKey(name), key);
    QCOMPARE(ReplayVariables::isValidName(name), key);
}

void TestTemplate::textRenderer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TemplateUnknown>("unknown");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknownNames");

    const auto keep = TemplateUnknown::KeepAsWritten;
    const auto empty = TemplateUnknown::Empty;
    QTest::newRow("string") << QStringLiteral("Hello, {{name}}!") << keep << QStringLiteral("Hello, Ada!") << QStringList();
    QTest::newRow("number") << QStringLiteral("n={{n}}") << keep << QStringLiteral("n=3") << QStringList();
    QTest::newRow("large whole number") << QStringLiteral("{{big}}") << keep << QStringLiteral("9007199254740993") << QStringList();
    QTest::newRow("fraction") << QStringLiteral("{{half}}") << keep << QStringLiteral("0.5") << QStringList();
    QTest::newRow("bool") << QStringLiteral("{{ok}}") << keep << QStringLiteral("true") << QStringList();
    QTest::newRow("null is nothing") << QStringLiteral("[{{nothing}}]") << keep << QStringLiteral("[]") << QStringList();
    QTest::newRow("array") << QStringLiteral("{{tags}}") << keep << QStringLiteral(R"(["x","y"])") << QStringList();
    QTest::newRow("object") << QStringLiteral("{{user}}") << keep << QStringLiteral(R"({"age":36})") << QStringList();
    QTest::newRow("path") << QStringLiteral("{{user.age}} {{tags.1}}") << keep << QStringLiteral("36 y") << QStringList();
    QTest::newRow("dash in a name") << QStringLiteral("{{a-b}}") << keep << QStringLiteral("dash") << QStringList();
    QTest::newRow("not escaped") << QStringLiteral("q={{quote}}") << keep << QStringLiteral("q=say \"hi\"\n") << QStringList();
    QTest::newRow("UTF-8 value and text") << QStringLiteral("ä {{uni}} ö") << keep << QStringLiteral("ä ü€😀 ö") << QStringList();
    QTest::newRow("escape") << QStringLiteral("{{{{name}} is {{name}}") << keep << QStringLiteral("{{name}} is Ada") << QStringList();
    QTest::newRow("not a placeholder stays") << QStringLiteral("{{ a b }} {{") << keep << QStringLiteral("{{ a b }} {{") << QStringList();
    QTest::newRow("unknown kept as written") << QStringLiteral("x {{ who }} {{tags.9}} {{who}}") << keep
                                             << QStringLiteral("x {{ who }} {{tags.9}} {{who}}")
                                             << QStringList{QStringLiteral("who"), QStringLiteral("tags.9")};
    QTest::newRow("unknown empty") << QStringLiteral("x[{{who}}]") << empty << QStringLiteral("x[]") << QStringList{QStringLiteral("who")};
    QTest::newRow("path through a string") << QStringLiteral("{{name.x}}") << empty << QString() << QStringList{QStringLiteral("name.x")};
}

void TestTemplate::textRenderer()
{
    QFETCH(QString, text);
    QFETCH(TemplateUnknown, unknown);
    QFETCH(QString, expected);
    QFETCH(QStringList, unknownNames);
    TemplateJsonSource variables(kVariables);
    TemplateReport report;
    QCOMPARE(TemplateTextRenderer::render(TextTemplate(text), variables, unknown, &report), expected);
    QCOMPARE(report.unknown(), unknownNames);
    QVERIFY(!report.failed());
}

void TestTemplate::jsonRenderer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TemplateUnknown>("unknown");
    QTest::addColumn<QString>("expected");

    const auto keep = TemplateUnknown::KeepAsWritten;
    const auto empty = TemplateUnknown::Empty;
    QTest::newRow("whole string keeps the type") << QStringLiteral(R"({"n":"{{n}}","o":"{{user}}","b":"{{ ok }}"})") << keep
                                                 << QStringLiteral(R"({"n":3,"o":{"age":36},"b":true})");
    QTest::newRow("whole string of a string") << QStringLiteral(R"({"q":"{{quote}}"})") << keep << QStringLiteral(R"({"q":"say \"hi\"\n"})");
    QTest::newRow("whole string of null") << QStringLiteral(R"({"z":"{{nothing}}"})") << keep << QStringLiteral(R"({"z":null})");
    QTest::newRow("in a string, escaped") << QStringLiteral(R"({"q":"<{{quote}}> {{user}}"})") << keep
                                          << QStringLiteral(R"({"q":"<say \"hi\"\n> {\"age\":36}"})");
    QTest::newRow("in a string, null is nothing") << QStringLiteral(R"({"z":"[{{nothing}}]"})") << keep << QStringLiteral(R"({"z":"[]"})");
    QTest::newRow("outside strings, JSON") << QStringLiteral(R"({"n":{{n}},"s":{{name}},"t":{{tags}}})") << keep
                                           << QStringLiteral(R"({"n":3,"s":"Ada","t":["x","y"]})");
    QTest::newRow("a key stays a string") << QStringLiteral(R"({"{{n}}":1,"k{{n}}":{"{{name}}":"{{n}}"}})") << keep
                                          << QStringLiteral(R"({"3":1,"k3":{"Ada":3}})");
    QTest::newRow("key after an array") << QStringLiteral(R"({"a":[1,"{{n}}"],"{{n}}":2})") << keep << QStringLiteral(R"({"a":[1,3],"3":2})");
    QTest::newRow("array") << QStringLiteral(R"( [ "{{n}}", "x{{n}}" ])") << keep << QStringLiteral(R"( [ 3, "x3" ])");
    QTest::newRow("quotes escaped in the text") << QStringLiteral(R"({"a":"x\"{{name}}\"","b":"{{n}}"})") << keep
                                                << QStringLiteral(R"({"a":"x\"Ada\"","b":3})");
    QTest::newRow("UTF-8") << QStringLiteral(R"({"ä":"ö{{uni}}","u":"{{uni}}"})") << keep << QStringLiteral(R"({"ä":"öü€😀","u":"ü€😀"})");
    QTest::newRow("escape in a string") << QStringLiteral(R"({"tpl":"{{{{name}}"})") << keep << QStringLiteral(R"({"tpl":"{{name}}"})");
    QTest::newRow("plain text") << QStringLiteral("{{name}} q={{quote}}") << keep << QStringLiteral("Ada q=say \"hi\"\n");
    QTest::newRow("not JSON by its start") << QStringLiteral(R"({ x "{{n}}")") << keep << QStringLiteral(R"({ x "3")");
    QTest::newRow("unknown kept") << QStringLiteral(R"({"a":"{{who}}","b":{{ who }}})") << keep << QStringLiteral(R"({"a":"{{who}}","b":{{ who }}})");
    QTest::newRow("unknown empty") << QStringLiteral(R"({"a":"{{who}}","b":"x{{who}}","c":{{who}}})") << empty
                                   << QStringLiteral(R"({"a":null,"b":"x","c":null})");
}

void TestTemplate::jsonRenderer()
{
    QFETCH(QString, text);
    QFETCH(TemplateUnknown, unknown);
    QFETCH(QString, expected);
    TemplateJsonSource variables(kVariables);
    TemplateReport report;
    const QString rendered = TemplateJsonRenderer::render(TextTemplate(text), variables, unknown, &report);
    QCOMPARE(rendered, expected);
    QVERIFY(!report.failed());
    if (TemplateJsonRenderer::looksLikeJson(text) && !text.contains(QLatin1String("{{ who }}")))
        QVERIFY2(!QJsonDocument::fromJson(rendered.toUtf8()).isNull(), qPrintable(rendered));
}

void TestTemplate::valueRenderer_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<TemplateUnknown>("unknown");
    QTest::addColumn<QByteArray>("expected");

    const auto keep = TemplateUnknown::KeepAsWritten;
    const auto empty = TemplateUnknown::Empty;
    QTest::newRow("whole keeps the type") << QByteArray(R"(["{{n}}", "{{ user }}", "{{tags}}", "{{nothing}}"])") << empty
                                          << QByteArray(R"([3, {"age": 36}, ["x", "y"], null])");
    QTest::newRow("text") << QByteArray(R"({"t": "n={{n}} {{user}}"})") << empty << QByteArray(R"({"t": "n=3 {\"age\":36}"})");
    QTest::newRow("keys never") << QByteArray(R"({"{{name}}": {"{{n}}": "{{name}}"}})") << empty
                                << QByteArray(R"({"{{name}}": {"{{n}}": "Ada"}})");
    QTest::newRow("other types stay") << QByteArray(R"([1, true, null, {}])") << empty << QByteArray(R"([1, true, null, {}])");
    QTest::newRow("escape") << QByteArray(R"("{{{{n}}")") << empty << QByteArray(R"("{{n}}")");
    QTest::newRow("unknown whole is null") << QByteArray(R"("{{who}}")") << empty << QByteArray("null");
    QTest::newRow("unknown in text is nothing") << QByteArray(R"("[{{who}}]")") << empty << QByteArray(R"("[]")");
    QTest::newRow("unknown kept") << QByteArray(R"(["{{who}}", "[{{ who }}]"])") << keep << QByteArray(R"(["{{who}}", "[{{ who }}]"])");
}

void TestTemplate::valueRenderer()
{
    QFETCH(QByteArray, value);
    QFETCH(TemplateUnknown, unknown);
    QFETCH(QByteArray, expected);
    TemplateJsonSource variables(kVariables);
    TemplateReport report;
    QCOMPARE(TemplateValueRenderer::render(json(value), variables, unknown, &report), json(expected));
    QVERIFY(!report.failed());
}

void TestTemplate::errorStopsRendering()
{
    int asked = 0;
    TemplateFunctionSource variables([&asked](const QStringList &path) {
        ++asked;
        return path.constFirst() == QLatin1String("bad") ? TemplateLookup::failed(QStringLiteral("no good"))
                                                          : TemplateLookup::found(QStringLiteral("v"));
    });
    const TextTemplate text(QStringLiteral(R"({"a":"{{x}}","b":"{{bad}}","c":"{{y}}"})"));
    TemplateReport report;
    QVERIFY(TemplateJsonRenderer::render(text, variables, TemplateUnknown::KeepAsWritten, &report).isEmpty());
    QVERIFY(report.failed());
    QCOMPARE(report.error(), QStringLiteral("no good"));
    QCOMPARE(asked, 2);
    TemplateReport plain;
    QVERIFY(TemplateTextRenderer::render(text, variables, TemplateUnknown::KeepAsWritten, &plain).isEmpty());
    QVERIFY(plain.failed());
    TemplateReport value;
    QVERIFY(TemplateValueRenderer::render(json(R"({"a": ["{{bad}}"]})"), variables, TemplateUnknown::Empty, &value).isUndefined());
    QCOMPARE(value.error(), QStringLiteral("no good"));
}

void TestTemplate::parseOnceRenderMany()
{
    const TextTemplate text(QStringLiteral("#{{n}} {{n}} {{{{n}}"));
    QCOMPARE(text.names(), QStringList{QStringLiteral("n")});
    QVERIFY(text.hasPlaceholders());
    QVERIFY(!text.wholePlaceholder());
    QVERIFY(TextTemplate(QStringLiteral("{{ n }}")).wholePlaceholder());
    qint64 counter = 0;
    TemplateFunctionSource variables([&counter](const QStringList &) { return TemplateLookup::found(++counter); });
    QCOMPARE(TemplateTextRenderer::render(text, variables, TemplateUnknown::Empty, nullptr), QStringLiteral("#1 2 {{n}}"));
    QCOMPARE(TemplateTextRenderer::render(text, variables, TemplateUnknown::Empty, nullptr), QStringLiteral("#3 4 {{n}}"));
}

void TestTemplate::composerKeepsUnknownNames()
{
    VariableSubstituter composer;
    const VariableSubstituter::Result result = composer.substitute("{{nextId}} {{who}} {{a.b}} {{ who }} {{{{nextId}}");
    QCOMPARE(result.text, QByteArray("1 {{who}} {{a.b}} {{ who }} {{nextId}}"));
    QCOMPARE(result.unknown, (QStringList{QStringLiteral("who"), QStringLiteral("a.b")}));
    QVERIFY(result.usedNextId);
}

void TestTemplate::replayFailsOnUnknownNames()
{
    ReplayVariables replay;
    replay.setCapture(QStringLiteral("session-id"), QJsonObject{{QStringLiteral("k"), 1}});
    QByteArray out;
    QString error;
    QVERIFY(replay.substitute(R"({"s":"{{session-id}}","t":"{{{{x}}"})", &out, &error));
    QCOMPARE(out, QByteArray(R"({"s":{"k":1},"t":"{{x}}"})"));
    out = "untouched";
    QVERIFY(!replay.substitute(R"({"id":"{{nextId}}","s":"{{session-id.k}}"})", &out, &error));
    QCOMPARE(error, QStringLiteral("unknown variable {{session-id.k}} (built in: uuid, now, nowMs, nextId; or a capture)"));
    QCOMPARE(out, QByteArray("untouched"));
    QCOMPARE(replay.nextId(), ReplayVariables::kFirstId);
}

void TestTemplate::mockFillsUnknownWithNothing()
{
    const QJsonObject variables{{QStringLiteral("args"), QJsonObject{{QStringLiteral("my-arg"), 5}}}};
    QCOMPARE(MockTemplate::fill(json(R"(["{{args.my-arg}}", "{{args.none}}", "[{{none}}]", "{{{{args}}"])"), variables),
             json(R"([5, null, "[]", "{{args}}"])"));
    QCOMPARE(MockTemplate::fillText(QStringLiteral("{{args.my-arg}}{{args.none}}"), variables), QStringLiteral("5"));
    QCOMPARE(MockTemplate::placeholderNames(QStringLiteral("{{a}} {{{{b}} {{ c.0 }} {{a}}")),
             (QStringList{QStringLiteral("a"), QStringLiteral("c.0"), QStringLiteral("a")}));
}

void TestTemplate::editorFindsTheSamePlaceholders()
{
    const QByteArray text = R"({"id":{{nextId}},"t":"{{{{x}}","u":"{{ uuid }}"})";
    QCOMPARE(Placeholders::neutralized(text), QByteArray(R"({"id":1111111111,"t":"{{{{x}}","u":"1111111111"})"));
    QCOMPARE(Placeholders::ranges(text), (QList<std::pair<qsizetype, qsizetype>>{{6, 10}, {36, 10}}));
    QCOMPARE(Placeholders::lengthAt(QString::fromUtf8(text), 24), 0); // the {{x}} of the escape
    QCOMPARE(Placeholders::lengthAt(QString::fromUtf8(text), 36), 10);
}

void TestTemplate::linearInTheInput()
{
    // Each "{{" of an unclosed "{{a{{a{{a..." once searched the whole rest for "}}": quadratic.
    constexpr int kRepeats = 200000;
    QByteArray text;
    for (int i = 0; i < kRepeats; ++i)
        text += "{{a";
    text += "}}";
    const QList<TemplateSegment> segments = TemplateParser::parse(QByteArrayView(text));
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments.constLast().kind, TemplateSegment::Kind::Placeholder);
    QCOMPARE(segments.constLast().start, text.size() - 5);
    const QString wide = QString::fromLatin1(text);
    QCOMPARE(TemplateParser::parse(QStringView(wide)).size(), 2);
    QCOMPARE(ReplayVariables::namesIn(text), QStringList{QStringLiteral("a")});
    const QByteArray dotted = QByteArray("{{a.").repeated(kRepeats) + QByteArray(" b ").repeated(kRepeats);
    QCOMPARE(TemplateParser::parse(QByteArrayView(dotted)).size(), 1);
    const QByteArray braces = QByteArray(4 * kRepeats + 2, '{') + "a}}";
    QCOMPARE(TemplateParser::placeholderLengthAt(QString::fromLatin1(braces), 4 * kRepeats), 5);
}

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
