// The MCP panel's arguments form checks with the mock's own JSON Schema validator: filled in
// through its widgets (offscreen, found by object name), it refuses what the mock server refuses
// (the same field, the same keyword) for the keywords its old checks ignored, and lets through
// what the mock takes.
#include "guitestsupport.h"

#include "mcp/schemaform.h"
#include "mock/mockconfigloader.h"
#include "mock/mocksession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Sockscope;

namespace {

using SockscopeGuiTest::child;

// What the mock answers a call of a tool with `inputSchema` and `arguments`: the error's data
// (tool, field, keyword), or nothing when it accepts them.
QJsonObject mockRefusal(const QJsonObject &inputSchema, const QJsonObject &arguments)
{
    MockConfig config;
    MockConfigLoader loader;
    const QJsonObject file{{QStringLiteral("format"), QStringLiteral("sockscope-mock")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("tools"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                                                                            {QStringLiteral("inputSchema"), inputSchema}}}}};
    if (!loader.loadData(QJsonDocument(file).toJson(), QStringLiteral("rows.json"), &config))
        return QJsonObject{{QStringLiteral("config"), loader.error().toString()}};
    MockSession session(std::make_shared<const MockConfig>(config));
    session.receiveText(R"({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-11-25",
        "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}})", 0);
    session.receiveText(R"({"jsonrpc": "2.0", "method": "notifications/initialized"})", 0);
    const QJsonObject call{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1},
                           {QStringLiteral("method"), QStringLiteral("tools/call")},
                           {QStringLiteral("params"), QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                                                                  {QStringLiteral("arguments"), arguments}}}};
    for (const MockOutput &output : session.receiveText(QJsonDocument(call).toJson(QJsonDocument::Compact), 0)) {
        if (output.isResponse)
            return QJsonDocument::fromJson(output.text).object().value(QLatin1String("error")).toObject().value(QLatin1String("data")).toObject();
    }
    return QJsonObject{{QStringLiteral("response"), QStringLiteral("none")}};
}

// Fills a form the way a person does: "name=text" types into the line edit of that object
// name (cleared first), "name" alone clicks that button.
void fill(QWidget *form, const QStringList &steps)
{
    for (const QString &step : steps) {
        const qsizetype equals = step.indexOf(QLatin1Char('='));
        if (equals < 0) {
            QTest::mouseClick(child<QPushButton>(form, step), Qt::LeftButton);
            continue;
        }
        auto *edit = child<QLineEdit>(form, step.left(equals));
        edit->clear();
        QTest::keyClicks(edit, step.mid(equals + 1));
    }
}

} // namespace

class TestMcpFormValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formRefusesWhatTheMockRefuses_data();
    void formRefusesWhatTheMockRefuses();
};

void TestMcpFormValidation::formRefusesWhatTheMockRefuses_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("given"); // set as the form's value first (members it has no field for)
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<QStringList>("accepted");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");

    QTest::newRow("const") << QByteArray(R"({"type": "object", "properties": {"mode": {"type": "string", "const": "fast"}}})")
                           << QByteArray("{}") << QStringList{QStringLiteral("schemaEditor_mode=slow")}
                           << QStringList{QStringLiteral("schemaEditor_mode=fast")} << QStringLiteral("mode") << QStringLiteral("const");
    QTest::newRow("oneOf") << QByteArray(R"({"type": "object", "properties": {"id": {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 10}]}}})")
                           << QByteArray("{}") << QStringList{QStringLiteral("schemaEditor_id=12")}
                           << QStringList{QStringLiteral("schemaEditor_id=3")} << QStringLiteral("id") << QStringLiteral("oneOf");
    QTest::newRow("additionalProperties")
        << QByteArray(R"({"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false})")
        << QByteArray(R"({"a": "x", "extra": 1})") << QStringList{QStringLiteral("schemaEditor_a=y")}
        << QStringList() << QStringLiteral("extra") << QStringLiteral("additionalProperties");
    QTest::newRow("multipleOf") << QByteArray(R"({"type": "object", "properties": {"price": {"type": "number", "multipleOf": 0.01}}})")
                                << QByteArray("{}") << QStringList{QStringLiteral("schemaEditor_price=1.005")}
                                << QStringList{QStringLiteral("schemaEditor_price=0.3")} << QStringLiteral("price")
                                << QStringLiteral("multipleOf");
    QTest::newRow("uniqueItems")
        << QByteArray(R"({"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}}})")
        << QByteArray("{}")
        << QStringList{QStringLiteral("schemaAdd_tags"), QStringLiteral("schemaAdd_tags"), QStringLiteral("schemaEditor_tags[0]=a"),
                       QStringLiteral("schemaEditor_tags[1]=a")}
        << QStringList{QStringLiteral("schemaEditor_tags[1]=b")} << QStringLiteral("tags") << QStringLiteral("uniqueItems");
}

void TestMcpFormValidation::formRefusesWhatTheMockRefuses()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, given);
    QFETCH(QStringList, refused);
    QFETCH(QStringList, accepted);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    const QJsonObject inputSchema = QJsonDocument::fromJson(schema).object();
    SchemaForm form;
    form.setSchema(inputSchema);
    form.setValue(QJsonDocument::fromJson(given).object());
    fill(&form, refused);
    QVERIFY(!form.validate());
    QCOMPARE(form.problems().size(), 1);
    QCOMPARE(form.problems().first().path, field);
    QCOMPARE(form.problems().first().keyword, keyword);
    QVERIFY(child<QLabel>(&form, QStringLiteral("schemaProblemLabel"))->text().contains(field));
    const QJsonObject refusal = mockRefusal(inputSchema, form.value());
    QCOMPARE(refusal.value(QLatin1String("field")).toString(), field);
    QCOMPARE(refusal.value(QLatin1String("keyword")).toString(), keyword);

    if (accepted.isEmpty()) // a member without a field goes with the value it came in
        form.setValue(QJsonObject{{QStringLiteral("a"), QStringLiteral("x")}});
    fill(&form, accepted);
    QVERIFY2(form.validate(), qPrintable(form.problemText()));
    QCOMPARE(mockRefusal(inputSchema, form.value()), QJsonObject());
}

QTEST_MAIN(TestMcpFormValidation)
#include "tst_mcpformvalidation.moc"
