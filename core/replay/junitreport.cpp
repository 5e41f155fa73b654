#include "junitreport.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Sockscope {

namespace {

QString seconds(qint64 ns)
{
    return QString::number(double(std::max<qint64>(ns, 0)) / 1e9, 'f', 3);
}

// XML 1.0 cannot hold most control characters, even escaped: show them as \uXXXX.
QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != 0x09 && u != 0x0a && u != 0x0d) || u == 0xfffe || u == 0xffff)
            safe += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

} // namespace

QByteArray junitXml(const ReplayReport &report, const QString &suiteName)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeAttribute(QStringLiteral("name"), xmlSafe(suiteName));
    writer.writeAttribute(QStringLiteral("tests"), QString::number(report.steps.size()));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(report.failed));
    writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    writer.writeAttribute(QStringLiteral("time"), seconds(report.durationNs));
    writer.writeStartElement(QStringLiteral("testsuite"));
    writer.writeAttribute(QStringLiteral("name"), xmlSafe(suiteName));
    writer.writeAttribute(QStringLiteral("tests"), QString::number(report.steps.size()));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(report.failed));
    writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    writer.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    writer.writeAttribute(QStringLiteral("time"), seconds(report.durationNs));
    if (!report.target.isEmpty() || !report.warnings.isEmpty()) {
        writer.writeStartElement(QStringLiteral("properties"));
        const auto property = [&writer](const QString &name, const QString &value) {
            writer.writeStartElement(QStringLiteral("property"));
            writer.writeAttribute(QStringLiteral("name"), name);
            writer.writeAttribute(QStringLiteral("value"), xmlSafe(value));
            writer.writeEndElement();
        };
        if (!report.target.isEmpty())
            property(QStringLiteral("target"), report.target);
        // Why the run may not go as recorded, where CI systems show a suite's properties.
        for (const QString &warning : report.warnings)
            property(QStringLiteral("warning"), warning);
        writer.writeEndElement();
    }
    for (const ReplayStepResult &step : report.steps) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("name"), xmlSafe(QCoreApplication::translate("JUnitReport", "step %1: %2").arg(step.number).arg(step.label)));
        writer.writeAttribute(QStringLiteral("classname"), xmlSafe(suiteName));
        writer.writeAttribute(QStringLiteral("time"), seconds(step.latencyNs));
        if (!step.passed) {
            writer.writeStartElement(QStringLiteral("failure"));
            const QString first = step.failures.isEmpty() ? QCoreApplication::translate("JUnitReport", "step failed")
                                                          : step.failures.first();
            writer.writeAttribute(QStringLiteral("message"), xmlSafe(first));
            writer.writeAttribute(QStringLiteral("type"), QStringLiteral("ReplayMismatch"));
            writer.writeCharacters(xmlSafe(step.diff.isEmpty() ? step.failures.join(QLatin1Char('\n')) : step.diff));
            writer.writeEndElement();
        }
        writer.writeTextElement(QStringLiteral("system-out"), xmlSafe(step.sent));
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

bool writeJUnit(const QString &path, const ReplayReport &report, const QString &suiteName, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("JUnitReport", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(junitXml(report, suiteName));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("JUnitReport", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Sockscope
