// JUnit XML: written for a report with passing and failing steps, read back with
// QXmlStreamReader (counts, testcase names and classnames, failure message and diff text,
// system-out with the sent message), control characters kept valid, and the file written.

#include "replay/junitreport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Sockscope;

class TestJUnitReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readBack();
    void emptyReport();
    void writeFile();
};

namespace {

ReplayReport sampleReport()
{
    ReplayReport report;
    report.target = QStringLiteral("ws://127.0.0.1:1234");
    report.durationNs = 1500000000;
    ReplayStepResult pass;
    pass.number = 1;
    pass.label = QStringLiteral("initialize");
    pass.passed = true;
    pass.sent = QStringLiteral(R"({"jsonrpc":"2.0","id":0,"method":"initialize"})");
    pass.latencyNs = 2000000;
    ReplayStepResult fail;
    fail.number = 2;
    fail.label = QStringLiteral("tools/call add");
    fail.passed = false;
    fail.sent = QStringLiteral("<&> \x01 sent");
    fail.failures = {QStringLiteral(R"($.result.content[0].text: expected "5", got "6")"), QStringLiteral("$.result.structuredContent.sum: expected 5, got 6")};
    fail.diff = fail.failures.join(QLatin1Char('\n')) + QStringLiteral("\nexpected response:\n  {...}");
    fail.latencyNs = 3000000;
    report.steps = {pass, fail};
    report.passed = 1;
    report.failed = 1;
    return report;
}

struct Parsed
{
    QMap<QString, QString> suite;
    QStringList names;
    QStringList classnames;
    QStringList failureMessages;
    QStringList failureTexts;
    QStringList systemOut;
    QString target;
    QString error;
};

Parsed parse(const QByteArray &xml)
{
    Parsed parsed;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto attributes = reader.attributes();
        if (reader.name() == QLatin1String("testsuite")) {
            for (const auto &attribute : attributes)
                parsed.suite.insert(attribute.name().toString(), attribute.value().toString());
        } else if (reader.name() == QLatin1String("testcase")) {
            parsed.names.append(attributes.value(QLatin1String("name")).toString());
            parsed.classnames.append(attributes.value(QLatin1String("classname")).toString());
        } else if (reader.name() == QLatin1String("failure")) {
            parsed.failureMessages.append(attributes.value(QLatin1String("message")).toString());
            parsed.failureTexts.append(reader.readElementText());
        } else if (reader.name() == QLatin1String("system-out")) {
            parsed.systemOut.append(reader.readElementText());
        } else if (reader.name() == QLatin1String("property")) {
            parsed.target = attributes.value(QLatin1String("value")).toString();
        }
    }
    if (reader.hasError())
        parsed.error = reader.errorString();
    return parsed;
}

} // namespace

void TestJUnitReport::readBack()
{
    const QByteArray xml = junitXml(sampleReport(), QStringLiteral("mysession"));
    QVERIFY(xml.startsWith("<?xml"));
    const Parsed parsed = parse(xml);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error + QLatin1Char('\n') + QString::fromUtf8(xml)));
    QCOMPARE(parsed.suite.value(QStringLiteral("name")), QStringLiteral("mysession"));
    QCOMPARE(parsed.suite.value(QStringLiteral("tests")), QStringLiteral("2"));
    QCOMPARE(parsed.suite.value(QStringLiteral("failures")), QStringLiteral("1"));
    QCOMPARE(parsed.suite.value(QStringLiteral("errors")), QStringLiteral("0"));
    QCOMPARE(parsed.suite.value(QStringLiteral("time")), QStringLiteral("1.500"));
    QCOMPARE(parsed.names, (QStringList{QStringLiteral("step 1: initialize"), QStringLiteral("step 2: tools/call add")}));
    QCOMPARE(parsed.classnames, (QStringList{QStringLiteral("mysession"), QStringLiteral("mysession")}));
    QCOMPARE(parsed.failureMessages, QStringList{QStringLiteral(R"($.result.content[0].text: expected "5", got "6")")});
    QCOMPARE(parsed.failureTexts.size(), 1);
    QVERIFY(parsed.failureTexts.first().contains(QStringLiteral("$.result.structuredContent.sum: expected 5, got 6")));
    QVERIFY(parsed.failureTexts.first().contains(QStringLiteral("expected response:")));
    QCOMPARE(parsed.systemOut.size(), 2);
    QVERIFY(parsed.systemOut.first().contains(QStringLiteral("\"method\":\"initialize\"")));
    QCOMPARE(parsed.systemOut.at(1), QStringLiteral("<&> \\u0001 sent"));
    QCOMPARE(parsed.target, QStringLiteral("ws://127.0.0.1:1234"));
}

void TestJUnitReport::emptyReport()
{
    const Parsed parsed = parse(junitXml(ReplayReport(), QStringLiteral("s")));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.suite.value(QStringLiteral("tests")), QStringLiteral("0"));
    QVERIFY(parsed.names.isEmpty());
}

void TestJUnitReport::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.xml"));
    QString error;
    QVERIFY2(writeJUnit(path, sampleReport(), QStringLiteral("s"), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), junitXml(sampleReport(), QStringLiteral("s")));
    QVERIFY(!writeJUnit(dir.filePath(QStringLiteral("missing/dir/report.xml")), sampleReport(), QStringLiteral("s"), &error));
    QVERIFY2(error.contains(QStringLiteral("missing/dir/report.xml")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestJUnitReport)
#include "tst_junitreport.moc"
