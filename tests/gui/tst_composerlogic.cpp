#include "guitestsupport.h"

#include "composer/binaryinput.h"
#include "composer/messagetemplates.h"
#include "composer/savedmessages.h"
#include "composer/sendhistory.h"
#include "composer/variablesubstituter.h"
#include "editor/jsonchecker.h"
#include "editor/jsonformatter.h"
#include "editor/placeholders.h"
#include "editor/textposition.h"
#include "mcp/mcpprotocolversion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;

// The composer's logic without widgets: variables, binary input, history, saved
// messages, templates, and the JSON formatter and checker the editor uses.
class TestComposerLogic final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variablesShouldHaveDefaultValues()
    {
        VariableSubstituter variables;
        QCOMPARE(variables.nextId(), 1);
        QCOMPARE(VariableSubstituter::names(), (QStringList{QStringLiteral("uuid"), QStringLiteral("now"), QStringLiteral("nextId")}));
        const VariableSubstituter::Result plain = variables.substitute("no variables");
        QCOMPARE(plain.text, QByteArray("no variables"));
        QVERIFY(plain.unknown.isEmpty());
        QVERIFY(!plain.usedNextId);
        QCOMPARE(variables.nextId(), 1);
    }

    void variablesAreReplaced()
    {
        VariableSubstituter variables;
        variables.setClock([] { return qint64(1700000000123); });
        variables.setUuidSource([] { return QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"); });
        const VariableSubstituter::Result first =
            variables.substitute("{\"id\":{{nextId}},\"again\":{{ nextId }},\"u\":\"{{uuid}}\",\"t\":\"{{now}}\",\"x\":\"{{other}}\"}");
        QCOMPARE(first.text, QByteArray("{\"id\":1,\"again\":1,\"u\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"t\":\"2023-11-14T22:13:20.123Z\",\"x\":\"{{other}}\"}"));
        QCOMPARE(first.unknown, QStringList{QStringLiteral("other")});
        QVERIFY(first.usedNextId);
        QCOMPARE(variables.nextId(), 2);
        QCOMPARE(variables.substitute("{{nextId}}").text, QByteArray("2"));
        QCOMPARE(variables.substitute("é {{nextId}} ü").text, QByteArray("é 3 ü"));
        // The real uuid source gives fresh uuids.
        VariableSubstituter real;
        QVERIFY(real.substitute("{{uuid}}").text != real.substitute("{{uuid}}").text);
    }

    void binaryInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("offset");
        const int hex = int(BinaryInput::Format::Hex);
        const int b64 = int(BinaryInput::Format::Base64);
        QTest::newRow("hex spaced") << QStringLiteral("01 ab FF") << hex << true << QByteArray::fromHex("01abff") << -1;
        QTest::newRow("hex packed") << QStringLiteral("01abff") << hex << true << QByteArray::fromHex("01abff") << -1;
        QTest::newRow("hex 0x and commas") << QStringLiteral("0x01, 0xab,0xff") << hex << true << QByteArray::fromHex("01abff") << -1;
        QTest::newRow("hex colons") << QStringLiteral("de:ad:be:ef") << hex << true << QByteArray::fromHex("deadbeef") << -1;
        QTest::newRow("hex empty") << QString() << hex << true << QByteArray() << -1;
        QTest::newRow("hex bad digit") << QStringLiteral("01 zz") << hex << false << QByteArray() << 3;
        QTest::newRow("hex odd") << QStringLiteral("01 a") << hex << false << QByteArray() << 3;
        QTest::newRow("hex split byte") << QStringLiteral("0 1") << hex << false << QByteArray() << 0;
        QTest::newRow("base64") << QStringLiteral("AP8Q") << b64 << true << QByteArray::fromHex("00ff10") << -1;
        QTest::newRow("base64 padded") << QStringLiteral("aGk=") << b64 << true << QByteArray("hi") << -1;
        QTest::newRow("base64 unpadded") << QStringLiteral("aGk") << b64 << true << QByteArray("hi") << -1;
        QTest::newRow("base64 url alphabet") << QStringLiteral("-_8") << b64 << true << QByteArray::fromHex("fbff") << -1;
        QTest::newRow("base64 lines") << QStringLiteral("aGVs\nbG8=") << b64 << true << QByteArray("hello") << -1;
        QTest::newRow("base64 bad char") << QStringLiteral("aG!k") << b64 << false << QByteArray() << 2;
        QTest::newRow("base64 after padding") << QStringLiteral("aGk=x") << b64 << false << QByteArray() << 4;
        QTest::newRow("base64 lone char") << QStringLiteral("aGVsb") << b64 << false << QByteArray() << 5;
    }

    void binaryInput()
    {
        QFETCH(QString, input);
        QFETCH(int, format);
        QFETCH(bool, ok);
        QFETCH(QByteArray, data);
        QFETCH(int, offset);
        const BinaryInput::Result result = BinaryInput::parse(input, BinaryInput::Format(format));
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.error.isEmpty(), ok);
        if (ok)
            QCOMPARE(result.data, data);
        QCOMPARE(int(result.offset), offset);
        if (ok) {
            const QString written = BinaryInput::format(data, BinaryInput::Format(format));
            QCOMPARE(BinaryInput::parse(written, BinaryInput::Format(format)).data, data);
        }
    }

    void historyBrowsesAndKeepsTheDraft()
    {
        SendHistory history(3);
        QVERIFY(!history.previous({QStringLiteral("draft"), 0}));
        history.add({QStringLiteral("a"), 0});
        history.add({QStringLiteral("b"), 1});
        history.add({QStringLiteral("b"), 1}); // twice in a row: once
        history.add({QString(), 0});            // nothing: not kept
        QCOMPARE(history.entries().size(), 2);
        QCOMPARE(history.previous({QStringLiteral("draft"), 0})->text, QStringLiteral("b"));
        QCOMPARE(history.previous({})->text, QStringLiteral("a"));
        QVERIFY(!history.previous({}));
        QCOMPARE(history.next()->text, QStringLiteral("b"));
        const auto draft = history.next();
        QCOMPARE(draft->text, QStringLiteral("draft"));
        QVERIFY(!history.isBrowsing());
        QVERIFY(!history.next());
        history.add({QStringLiteral("c"), 0});
        history.add({QStringLiteral("d"), 0});
        QCOMPARE(history.entries().size(), 3);
        QCOMPARE(history.entries().first().text, QStringLiteral("b"));
    }

    void historyPersists()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("history.ini")), QSettings::IniFormat);
        SendHistory history(3);
        history.add({QStringLiteral("{\"a\":1}"), 0});
        history.add({QStringLiteral("01 ff"), 1});
        history.save(settings);
        SendHistory loaded(3);
        loaded.load(settings);
        QCOMPARE(loaded.entries(), history.entries());
        // A smaller capacity keeps the newest.
        SendHistory small(1);
        small.load(settings);
        QCOMPARE(small.entries().size(), 1);
        QCOMPARE(small.entries().first().text, QStringLiteral("01 ff"));
    }

    void savedMessagesPersist()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("saved.ini")), QSettings::IniFormat);
        SavedMessages saved;
        saved.put({QStringLiteral("zeta"), QStringLiteral("z"), 0});
        saved.put({QStringLiteral("alpha"), QStringLiteral("a"), 2});
        saved.put({QStringLiteral("zeta"), QStringLiteral("z2"), 1});
        QCOMPARE(saved.messages().size(), 2);
        QCOMPARE(saved.messages().first().name, QStringLiteral("alpha"));
        QCOMPARE(saved.find(QStringLiteral("zeta"))->text, QStringLiteral("z2"));
        saved.save(settings);
        SavedMessages loaded;
        loaded.load(settings);
        QCOMPARE(loaded.messages().size(), 2);
        QCOMPARE(loaded.find(QStringLiteral("alpha"))->format, 2);
        QVERIFY(loaded.remove(QStringLiteral("alpha")));
        QVERIFY(!loaded.remove(QStringLiteral("alpha")));
        QVERIFY(!loaded.find(QStringLiteral("alpha")));
    }

    void formatterKeepsOrderNumbersAndPlaceholders()
    {
        const QString compact = QStringLiteral("{\"z\":1.50,\"a\":[1,2,{}],\"s\":\"a, b: {c}\",\"id\":{{nextId}},\"e\":[],\"q\":\"\\\"x\\\"\"}");
        const QString pretty = JsonFormatter::pretty(compact);
        QCOMPARE(pretty, QStringLiteral("{\n  \"z\": 1.50,\n  \"a\": [\n    1,\n    2,\n    {}\n  ],\n  \"s\": \"a, b: {c}\",\n"
                                        "  \"id\": {{nextId}},\n  \"e\": [],\n  \"q\": \"\\\"x\\\"\"\n}"));
        QCOMPARE(JsonFormatter::compact(pretty), compact);
    }

    void checkerFindsTheOffset_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("position");
        QTest::newRow("valid") << QByteArray("{\"a\":1}") << true << true << -1 << QString();
        QTest::newRow("placeholder as value") << QByteArray("{\"id\":{{nextId}},\"u\":\"{{uuid}}\"}") << true << true << -1 << QString();
        QTest::newRow("plain text") << QByteArray("hello") << false << true << -1 << QString();
        QTest::newRow("missing value") << QByteArray("{\"a\":}") << true << false << 5 << QStringLiteral("1:6");
        QTest::newRow("unclosed") << QByteArray("{\"a\":1") << true << false << 5 << QStringLiteral("1:6");
        QTest::newRow("second line") << QByteArray("{\n  \"a\":}") << true << false << 8 << QStringLiteral("2:7");
        QTest::newRow("after a multi-byte character") << QByteArray("{\"\xc3\xa4\":}") << true << false << 6 << QStringLiteral("1:6");
    }

    void checkerFindsTheOffset()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, json);
        QFETCH(bool, ok);
        QFETCH(int, offset);
        QFETCH(QString, position);
        const JsonChecker::Result result = JsonChecker::check(text);
        QCOMPARE(result.looksLikeJson, json);
        QCOMPARE(result.ok, ok);
        QCOMPARE(int(result.offset), offset);
        QCOMPARE(result.message.isEmpty(), ok);
        QCOMPARE(result.position.toString(), position);
        QCOMPARE(JsonChecker::describe(result).isEmpty(), ok);
        if (!ok) {
            QCOMPARE(JsonChecker::describe(result),
                     QStringLiteral("Not valid JSON at %1 (line:column): %2").arg(position, result.message));
        }
    }

    void textPositionCountsLinesAndCharacters_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("position");
        QTest::newRow("start") << QByteArray("abc") << 0 << QStringLiteral("1:1");
        QTest::newRow("end") << QByteArray("abc") << 3 << QStringLiteral("1:4");
        QTest::newRow("beyond the end") << QByteArray("abc") << 99 << QStringLiteral("1:4");
        QTest::newRow("second line") << QByteArray("ab\ncd") << 4 << QStringLiteral("2:2");
        QTest::newRow("on the newline") << QByteArray("ab\ncd") << 2 << QStringLiteral("1:3");
        QTest::newRow("CRLF") << QByteArray("a\r\nb") << 3 << QStringLiteral("2:1");
        QTest::newRow("umlauts are one column each") << QByteArray("\xc3\xa4\xc3\xb6x") << 4 << QStringLiteral("1:3");
        QTest::newRow("emoji is one column") << QByteArray("\xf0\x9f\x98\x80x") << 4 << QStringLiteral("1:2");
        QTest::newRow("no offset") << QByteArray("abc") << -1 << QString();
    }

    void textPositionCountsLinesAndCharacters()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(QString, position);
        QCOMPARE(TextPosition::at(text, offset).toString(), position);
    }

    void placeholdersKeepOffsets()
    {
        QCOMPARE(Placeholders::neutralized("{\"x\":{{nextId}}}"), QByteArray("{\"x\":1111111111}"));
        QCOMPARE(Placeholders::lengthAt(QStringLiteral("a{{uuid}}"), 1), 8);
        QCOMPARE(Placeholders::lengthAt(QStringLiteral("a{{uuid}}"), 0), 0);
    }

    void everyTemplateIsValidJsonOnceSubstituted()
    {
        const QList<MessageTemplates::Template> templates = MessageTemplates::all();
        QStringList methods;
        for (const MessageTemplates::Template &t : templates) {
            QVERIFY2(MessageTemplates::categories().contains(t.category), qPrintable(t.name));
            VariableSubstituter variables;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(variables.substitute(t.text.toUtf8()).text, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(t.name + QLatin1String(": ") + error.errorString()));
            if (document.isObject())
                methods.append(document.object().value(QStringLiteral("method")).toString());
        }
        for (const char *method : {"initialize", "notifications/initialized", "ping", "tools/list", "tools/call",
                                   "resources/list", "resources/templates/list", "resources/read", "resources/subscribe",
                                   "resources/unsubscribe", "prompts/list", "prompts/get", "logging/setLevel",
                                   "completion/complete", "notifications/cancelled", "notifications/progress",
                                   "notifications/roots/list_changed", "roots/list", "sampling/createMessage",
                                   "elicitation/create", "notifications/message", "notifications/resources/updated",
                                   "notifications/resources/list_changed", "notifications/tools/list_changed",
                                   "notifications/prompts/list_changed"}) {
            QVERIFY2(methods.contains(QLatin1String(method)), method);
        }
        for (const QString &version : McpProtocolVersion::all())
            QVERIFY(MessageTemplates::find(templates, QStringLiteral("initialize (%1)").arg(version)));
        QVERIFY(MessageTemplates::find(templates, QStringLiteral("discover")));
        QVERIFY(MessageTemplates::find(templates, QStringLiteral("call_tool")));
        QVERIFY(!MessageTemplates::find(templates, QStringLiteral("no such template")));
    }
};

QTEST_GUILESS_MAIN(TestComposerLogic)
#include "tst_composerlogic.moc"
