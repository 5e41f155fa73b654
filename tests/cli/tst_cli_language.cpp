// The language the real binary speaks, end to end: --lang and the system locale pick the
// translation, and the English file gives the English %n messages their singular and plural
// ("Recovered 1 event", "Recovered 2 events", not "event(s)") for English, the C locale and any
// language without a file of its own, without getting in the way of German. The message is a
// real one: `sockscope replay` reports the recovery of an interrupted recording's journal.

#include "testpaths.h"
#include "testtiming.h"

#include "event/event.h"
#include "session/sessionheader.h"
#include "session/sessionrecovery.h"
#include "session/sessionwriter.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

using SockscopeTest::kRunTimeoutMs;

// A journal as an interrupted recording of a client leaves it: the header without
// "eventCount", then `events` received messages (nothing sent, so replay stops right after
// the recovery with "nothing to replay", without connecting anywhere).
bool writeJournal(const QString &sessionPath, int events, QString *error)
{
    Sockscope::SessionHeader header = Sockscope::newSessionHeader();
    Sockscope::SessionConnectionInfo connection;
    connection.connectionId = 1;
    connection.role = QStringLiteral("client");
    connection.url = QStringLiteral("ws://127.0.0.1:9/");
    header.connections.append(connection);
    header.eventCount = -1;
    int produced = 0;
    return Sockscope::writeSession(Sockscope::journalPathFor(sessionPath), header,
                                   [&produced, events](Sockscope::Event *event) {
                                       if (produced == events)
                                           return false;
                                       ++produced;
                                       *event = Sockscope::Event();
                                       event->sequence = quint64(produced);
                                       event->monotonicNs = qint64(produced) * 1000000;
                                       event->wallMs = 1763805600000 + produced;
                                       event->connectionId = 1;
                                       event->direction = Sockscope::Direction::In;
                                       event->kind = Sockscope::EventKind::Text;
                                       event->payload = QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}");
                                       event->size = event->payload.size();
                                       return true;
                                   },
                                   error);
}

} // namespace

class CliLanguageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pluralFormsFollowTheLanguage_data();
    void pluralFormsFollowTheLanguage();
};

void CliLanguageTest::pluralFormsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("lang");   // --lang, or empty for none
    QTest::addColumn<QString>("system"); // LC_ALL and LANG
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("expected");

    const QString english1 = QStringLiteral("Recovered 1 event from the interrupted recording of ");
    const QString english2 = QStringLiteral("Recovered 2 events from the interrupted recording of ");
    const QString german1 = QStringLiteral("1 Ereignis aus der unterbrochenen Aufzeichnung von ");
    const QString german2 = QStringLiteral("2 Ereignisse aus der unterbrochenen Aufzeichnung von ");
    const QString c = QStringLiteral("C");
    const QString us = QStringLiteral("en_US.UTF-8");
    const QString de = QStringLiteral("de_DE.UTF-8");
    QTest::newRow("--lang en, one") << QStringLiteral("en") << c << 1 << english1;
    QTest::newRow("--lang en, two") << QStringLiteral("en") << c << 2 << english2;
    QTest::newRow("--lang en_GB, one") << QStringLiteral("en_GB") << de << 1 << english1;
    QTest::newRow("--lang de, one") << QStringLiteral("de") << us << 1 << german1;
    QTest::newRow("--lang de, two") << QStringLiteral("de") << us << 2 << german2;
    QTest::newRow("system English, one") << QString() << us << 1 << english1;
    QTest::newRow("system English, two") << QString() << us << 2 << english2;
    QTest::newRow("system German, one") << QString() << de << 1 << german1;
    QTest::newRow("system German, two") << QString() << de << 2 << german2;
    QTest::newRow("C locale, two") << QString() << c << 2 << english2;
    // No French file: the English source texts show, with English plurals.
    QTest::newRow("system French, one") << QString() << QStringLiteral("fr_FR.UTF-8") << 1 << english1;
    QTest::newRow("--lang fr, two") << QStringLiteral("fr") << us << 2 << english2;
}

void CliLanguageTest::pluralFormsFollowTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, system);
    QFETCH(int, events);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString session = dir.filePath(QStringLiteral("interrupted.sockscope"));
    QString error;
    QVERIFY2(writeJournal(session, events, &error), qPrintable(error));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_MESSAGES", "LC_NUMERIC"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LC_ALL"), system);
    environment.insert(QStringLiteral("LANG"), system);
    QStringList arguments;
    if (!lang.isEmpty())
        arguments << QStringLiteral("--lang") << lang;
    arguments << QStringLiteral("replay") << session;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(SockscopeTest::sockscopeBinary(), arguments);
    QVERIFY(process.waitForFinished(kRunTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(expected), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("(s)")) && !err.contains(QLatin1String("(se)")), qPrintable(err));
    QVERIFY2(QFile::exists(session), qPrintable(err)); // recovered, so the message is not about a failure
}

QTEST_GUILESS_MAIN(CliLanguageTest)

#include "tst_cli_language.moc"
