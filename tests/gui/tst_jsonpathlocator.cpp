// JsonPathLocator: the JSON paths of MockConfigError mapped to the line (and the text to
// mark) of what they name, in well-formed, broken and odd JSON, with the nearest existing
// parent for a path that is not there.
#include "mock/jsonpathlocator.h"

#include <QTest>

using namespace Sockscope;

namespace {

// Lines are counted in the tests. Not a raw string literal: moc misreads \" inside one.
const QByteArray kText =
    "{\n"
    "    \"format\": \"sockscope-mock\",\n"
    "    \"version\": 1,\n"
    "    \"tools\": [\n"
    "        {\n"
    "            \"name\": \"echo\",\n"
    "            \"inputSchema\": {\n"
    "                \"type\": \"object\",\n"
    "                \"properties\": {\n"
    "                    \"a\": {\"type\": 5},\n"
    "                    \"odd key\": {\"type\": \"string\"}\n"
    "                }\n"
    "            }\n"
    "        },\n"
    "        {\"name\": \"second\", \"response\": {\"kind\": \"random\"}}\n"
    "    ],\n"
    "    \"tags\": [\"x\", \"y\", {\"z\": [1, 2]}],\n"
    "    \"escaped\\\"key\": true,\n"
    "    \"ü\": {\"x\": 1}\n"
    "}\n";

} // namespace

class TestJsonPathLocator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QByteArray>("marked");
        QTest::addColumn<bool>("exact");

        QTest::newRow("root") << kText << QStringLiteral("$") << 1 << QByteArray("{") << true;
        QTest::newRow("member") << kText << QStringLiteral("$.format") << 2 << QByteArray("\"format\": \"sockscope-mock\"") << true;
        QTest::newRow("number") << kText << QStringLiteral("$.version") << 3 << QByteArray("\"version\": 1") << true;
        QTest::newRow("array member: its key") << kText << QStringLiteral("$.tools") << 4 << QByteArray("\"tools\"") << true;
        QTest::newRow("object item") << kText << QStringLiteral("$.tools[0]") << 5 << QByteArray("{") << true;
        QTest::newRow("in an item") << kText << QStringLiteral("$.tools[0].name") << 6 << QByteArray("\"name\": \"echo\"") << true;
        QTest::newRow("deep") << kText << QStringLiteral("$.tools[0].inputSchema.properties.a.type") << 10
                              << QByteArray("\"type\": 5") << true;
        QTest::newRow("quoted key") << kText << QStringLiteral("$.tools[0].inputSchema.properties[\"odd key\"].type") << 11
                                    << QByteArray("\"type\": \"string\"") << true;
        QTest::newRow("second item, one line") << kText << QStringLiteral("$.tools[1].response.kind") << 15
                                               << QByteArray("\"kind\": \"random\"") << true;
        QTest::newRow("second item") << kText << QStringLiteral("$.tools[1]") << 15 << QByteArray("{") << true;
        QTest::newRow("string item") << kText << QStringLiteral("$.tags[1]") << 17 << QByteArray("\"y\"") << true;
        QTest::newRow("nested array") << kText << QStringLiteral("$.tags[2].z[1]") << 17 << QByteArray("2") << true;
        QTest::newRow("escaped key") << kText << QStringLiteral("$[\"escaped\\\"key\"]") << 18
                                     << QByteArray("\"escaped\\\"key\": true") << true;
        QTest::newRow("non-ASCII key") << kText << QStringLiteral("$[\"ü\"].x") << 19 << QByteArray("\"x\": 1") << true;

        // Not there: the nearest parent that is.
        QTest::newRow("missing member") << kText << QStringLiteral("$.tools[0].inputSchema.properties.b.type") << 9
                                        << QByteArray("\"properties\"") << false;
        QTest::newRow("missing item") << kText << QStringLiteral("$.tools[5].name") << 4 << QByteArray("\"tools\"") << false;
        QTest::newRow("member of a scalar") << kText << QStringLiteral("$.format.x") << 2
                                            << QByteArray("\"format\": \"sockscope-mock\"") << false;
        QTest::newRow("member of an array") << kText << QStringLiteral("$.tools.name") << 4 << QByteArray("\"tools\"") << false;
        QTest::newRow("missing top-level") << kText << QStringLiteral("$.prompts[0]") << 1 << QByteArray("{") << false;

        // Broken text is read as far as it goes.
        const QByteArray truncated = kText.left(kText.indexOf("\"odd key\""));
        QTest::newRow("truncated: before the cut") << truncated << QStringLiteral("$.tools[0].inputSchema.properties.a.type")
                                                   << 10 << QByteArray("\"type\": 5") << true;
        QTest::newRow("truncated: after the cut") << truncated << QStringLiteral("$.tools[1].name") << 4
                                                  << QByteArray("\"tools\"") << false;
        const QByteArray garbage = "{\"a\": nonsense here, \"b\": [1,,2],\n \"c\": \"unterminated\n, \"d\": 4}";
        QTest::newRow("garbage value") << garbage << QStringLiteral("$.b") << 1 << QByteArray("\"b\"") << true;
        QTest::newRow("empty item") << garbage << QStringLiteral("$.b[2]") << 1 << QByteArray("2") << true;
        QTest::newRow("after an unterminated string") << garbage << QStringLiteral("$.d") << 3 << QByteArray("\"d\": 4") << true;
        QTest::newRow("empty text") << QByteArray() << QStringLiteral("$.a") << 1 << QByteArray() << false;
        QTest::newRow("spaces first") << QByteArray("\n\n  [1, {\"k\": null}]") << QStringLiteral("$[1].k") << 3
                                      << QByteArray("\"k\": null") << true;
    }

    void locate()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QByteArray, marked);
        QFETCH(bool, exact);
        const JsonPathLocator::Location location = JsonPathLocator::locate(text, path);
        QVERIFY(location.isValid());
        QCOMPARE(location.line, line);
        QCOMPARE(text.mid(location.offset, location.length), marked);
        QCOMPARE(location.exact, exact);
        // The column agrees with the offset.
        const qsizetype lineStart = location.offset == 0 ? 0 : text.lastIndexOf('\n', location.offset - 1) + 1;
        QCOMPARE(location.column, int(location.offset - lineStart) + 1);
    }

    void stepsFound()
    {
        const JsonPathLocator::Location location = JsonPathLocator::locate(kText, QStringLiteral("$.tools[0].inputSchema.nope.x"));
        QCOMPARE(location.stepsFound, 3);
        QVERIFY(!location.exact);
    }

    void parsePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("steps"); // "key" or "#index"

        QTest::newRow("root") << QStringLiteral("$") << true << QStringList();
        QTest::newRow("members and items") << QStringLiteral("$.tools[2].inputSchema.properties.a.type") << true
                                           << QStringList{QStringLiteral("tools"), QStringLiteral("#2"),
                                                          QStringLiteral("inputSchema"), QStringLiteral("properties"),
                                                          QStringLiteral("a"), QStringLiteral("type")};
        QTest::newRow("quoted") << QStringLiteral("$[\"a b\"][\"c\\\"d\"]") << true
                                << QStringList{QStringLiteral("a b"), QStringLiteral("c\"d")};
        QTest::newRow("no dollar") << QStringLiteral("tools[0]") << false << QStringList();
        QTest::newRow("empty member") << QStringLiteral("$..a") << false << QStringList();
        QTest::newRow("open bracket") << QStringLiteral("$.tools[") << false << QStringList();
        QTest::newRow("negative") << QStringLiteral("$[-1]") << false << QStringList();
        QTest::newRow("unclosed quote") << QStringLiteral("$[\"a]") << false << QStringList();
        QTest::newRow("trailing garbage") << QStringLiteral("$.a x") << true << QStringList{QStringLiteral("a x")};
    }

    void parsePath()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        QFETCH(QStringList, steps);
        QList<JsonPathLocator::Step> parsed;
        QCOMPARE(JsonPathLocator::parsePath(path, &parsed), ok);
        if (!ok) {
            QVERIFY(!JsonPathLocator::locate(kText, path).isValid());
            return;
        }
        QStringList names;
        for (const JsonPathLocator::Step &step : parsed)
            names.append(step.index >= 0 ? QStringLiteral("#%1").arg(step.index) : step.key);
        QCOMPARE(names, steps);
    }
};

QTEST_APPLESS_MAIN(TestJsonPathLocator)
#include "tst_jsonpathlocator.moc"
