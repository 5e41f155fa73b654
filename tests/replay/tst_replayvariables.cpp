// ReplayVariables: {{uuid}}, {{now}}, {{nowMs}}, {{nextId}}, captures; typed values for a
// string that is only a placeholder, escaped text inside strings, plain text messages, the
// {{{{ escape, and unknown variables failing with a clear message.

#include "replay/replayvariables.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Sockscope;

class TestReplayVariables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues();
    void substitute_data();
    void substitute();
    void unknownVariable_data();
    void unknownVariable();
    void nextIdIncreasesPerMessage();
    void uuidAndNow();
    void namesIn();
};

namespace {

constexpr qint64 kFixedMs = 1767225600123; // 2026-01-01T00:00:00.123Z

ReplayVariables prepared()
{
    ReplayVariables variables;
    variables.setClock([] { return kFixedMs; });
    variables.setNextId(7);
    variables.setCapture(QStringLiteral("sid"), QStringLiteral("abc-1"));
    variables.setCapture(QStringLiteral("quote"), QStringLiteral("say \"hi\"\n"));
    variables.setCapture(QStringLiteral("count"), 42);
    variables.setCapture(QStringLiteral("obj"), QJsonObject{{QStringLiteral("k"), true}});
    return variables;
}

} // namespace

void TestReplayVariables::shouldHaveDefaultValues()
{
    ReplayVariables variables;
    QCOMPARE(variables.nextId(), ReplayVariables::kFirstId);
    QVERIFY(!variables.hasCapture(QStringLiteral("x")));
    QByteArray out;
    QString error;
    QVERIFY(variables.substitute("no variables {here}", &out, &error));
    QCOMPARE(out, QByteArray("no variables {here}"));
    QVERIFY(ReplayVariables::isBuiltinName(QStringLiteral("nextId")));
    QVERIFY(!ReplayVariables::isBuiltinName(QStringLiteral("sid")));
    QVERIFY(ReplayVariables::isValidName(QStringLiteral("session_id2")));
    QVERIFY(!ReplayVariables::isValidName(QStringLiteral("2x")));
    QVERIFY(!ReplayVariables::isValidName(QStringLiteral("a.b")));
    QVERIFY(!ReplayVariables::isValidName(QString()));
}

void TestReplayVariables::substitute_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("id as number") << QByteArray(R"({"jsonrpc":"2.0","id":"{{nextId}}","method":"ping"})")
                                  << QByteArray(R"({"jsonrpc":"2.0","id":7,"method":"ping"})");
    QTest::newRow("bare id") << QByteArray(R"({"id":{{nextId}}})") << QByteArray(R"({"id":7})");
    QTest::newRow("same id twice in one message") << QByteArray(R"({"id":"{{nextId}}","t":"req-{{nextId}}"})")
                                                  << QByteArray(R"({"id":7,"t":"req-7"})");
    QTest::newRow("capture whole string") << QByteArray(R"({"s":"{{sid}}"})") << QByteArray(R"({"s":"abc-1"})");
    QTest::newRow("capture inside string") << QByteArray(R"({"s":"id={{sid}};"})") << QByteArray(R"({"s":"id=abc-1;"})");
    QTest::newRow("spaces in braces") << QByteArray(R"({"s":"{{ sid }}"})") << QByteArray(R"({"s":"abc-1"})");
    QTest::newRow("escaped inside string") << QByteArray(R"({"s":"<{{quote}}>"})") << QByteArray(R"({"s":"<say \"hi\"\n>"})");
    QTest::newRow("escaped whole string") << QByteArray(R"({"s":"{{quote}}"})") << QByteArray(R"({"s":"say \"hi\"\n"})");
    QTest::newRow("number whole string") << QByteArray(R"({"n":"{{count}}"})") << QByteArray(R"({"n":42})");
    QTest::newRow("number in text") << QByteArray(R"({"n":"#{{count}}"})") << QByteArray(R"({"n":"#42"})");
    QTest::newRow("object whole string") << QByteArray(R"({"o":"{{obj}}"})") << QByteArray(R"({"o":{"k":true}})");
    QTest::newRow("object in text") << QByteArray(R"({"o":"x {{obj}}"})") << QByteArray(R"({"o":"x {\"k\":true}"})");
    QTest::newRow("now") << QByteArray(R"({"t":"{{now}}"})") << QByteArray(R"({"t":"2026-01-01T00:00:00.123Z"})");
    QTest::newRow("nowMs") << QByteArray(R"({"t":"{{nowMs}}"})") << QByteArray(R"({"t":1767225600123})");
    QTest::newRow("plain text") << QByteArray("hello {{sid}} at {{nowMs}}") << QByteArray("hello abc-1 at 1767225600123");
    QTest::newRow("plain text not escaped") << QByteArray("q={{quote}}") << QByteArray("q=say \"hi\"\n");
    QTest::newRow("escape") << QByteArray(R"({"tpl":"{{{{args}}"})") << QByteArray(R"({"tpl":"{{args}}"})");
    QTest::newRow("escape in text") << QByteArray("{{{{sid}} is {{sid}}") << QByteArray("{{sid}} is abc-1");
    QTest::newRow("not a name stays") << QByteArray(R"({"a":"{{ not a name }}","b":"{{"})") << QByteArray(R"({"a":"{{ not a name }}","b":"{{"})");
    QTest::newRow("quote escapes tracked") << QByteArray(R"({"a":"x\"{{sid}}\"","b":"{{sid}}"})")
                                           << QByteArray(R"({"a":"x\"abc-1\"","b":"abc-1"})");
}

void TestReplayVariables::substitute()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, expected);
    ReplayVariables variables = prepared();
    QByteArray out;
    QString error;
    QVERIFY2(variables.substitute(payload, &out, &error), qPrintable(error));
    QCOMPARE(out, expected);
    if (payload.startsWith("{\""))
        QVERIFY2(!QJsonDocument::fromJson(out).isNull(), out.constData());
}

void TestReplayVariables::unknownVariable_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("unknown") << QByteArray(R"({"a":"{{sessionId}}"})") << QStringLiteral("unknown variable {{sessionId}}");
    QTest::newRow("unknown in text") << QByteArray("x {{args}}") << QStringLiteral("unknown variable {{args}}");
    QTest::newRow("failed capture") << QByteArray(R"({"a":"{{lost}}"})") << QStringLiteral("variable {{lost}} has no value: step 2 went wrong");
}

void TestReplayVariables::unknownVariable()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, errorPart);
    ReplayVariables variables = prepared();
    variables.setCaptureFailed(QStringLiteral("lost"), QStringLiteral("step 2 went wrong"));
    QByteArray out = "untouched";
    QString error;
    QVERIFY(!variables.substitute(payload, &out, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QCOMPARE(out, QByteArray("untouched"));
}

void TestReplayVariables::nextIdIncreasesPerMessage()
{
    ReplayVariables variables;
    QByteArray out;
    QString error;
    QVERIFY(variables.substitute(R"({"id":"{{nextId}}"})", &out, &error));
    QCOMPARE(out, QByteArray(R"({"id":1})"));
    QVERIFY(variables.substitute(R"({"id":"{{nextId}}","x":"{{nextId}}"})", &out, &error));
    QCOMPARE(out, QByteArray(R"({"id":2,"x":2})"));
    // A message that fails does not use up an id.
    QVERIFY(!variables.substitute(R"({"id":"{{nextId}}","x":"{{nope}}"})", &out, &error));
    QVERIFY(variables.substitute(R"({"id":"{{nextId}}"})", &out, &error));
    QCOMPARE(out, QByteArray(R"({"id":3})"));
    QCOMPARE(variables.nextId(), 4);
}

void TestReplayVariables::uuidAndNow()
{
    ReplayVariables variables;
    QByteArray first;
    QByteArray second;
    QString error;
    QVERIFY(variables.substitute("{{uuid}}", &first, &error));
    QVERIFY(variables.substitute("{{uuid}}", &second, &error));
    const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(QString::fromLatin1(first)).hasMatch(), first.constData());
    QVERIFY(first != second);
    QByteArray now;
    QVERIFY(variables.substitute("{{now}}", &now, &error));
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)")).match(QString::fromLatin1(now)).hasMatch(),
             now.constData());
}

void TestReplayVariables::namesIn()
{
    QCOMPARE(ReplayVariables::namesIn(R"({"a":"{{sid}}","b":"{{ nextId }}","c":"{{sid}}","d":"{{{{x}}","e":"{{ bad name }}"})"),
             (QStringList{QStringLiteral("sid"), QStringLiteral("nextId")}));
    QVERIFY(ReplayVariables::namesIn("plain").isEmpty());
}

QTEST_GUILESS_MAIN(TestReplayVariables)
#include "tst_replayvariables.moc"
