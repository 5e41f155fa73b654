// The settings described once (NumberField tables): the session file, QSettings and the
// command line accept and refuse the same values, and every default is in its own range.
// In-process against the core and the CLI library.
#include "cli/clientoptions.h"
#include "cli/fieldoptions.h"
#include "cli/limitoptions.h"
#include "cli/serveroptions.h"

#include "limits/limitfields.h"
#include "reconnect/reconnectfields.h"
#include "server/serverfields.h"
#include "session/sessionsettingsjson.h"
#include "settings/numberfieldstore.h"
#include "transport/clientfields.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Sockscope;

namespace {

// Which table and which field a row speaks of.
enum class Table { Reconnect, Limits };

struct FieldView final
{
    QString key;
    QString option;
    double min = 0;
    double max = 0;
    bool whole = true;
};

FieldView view(Table table, const QString &key)
{
    const auto describe = [&](const auto &fields) {
        const auto *field = findField(fields, key.toLatin1().constData());
        return field ? FieldView{key, QLatin1String(field->option), field->min, field->max, field->isWhole()} : FieldView{};
    };
    return table == Table::Reconnect ? describe(reconnectFields()) : describe(limitFields());
}

// Parses `--option value` the way `sockscope connect` does; empty when accepted.
QString parseOption(const QString &option, const QString &value, ClientSettings *settings)
{
    QCommandLineParser parser;
    ClientOptions::addTo(&parser);
    if (!parser.parse({QStringLiteral("sockscope"), QStringLiteral("--") + option, value}))
        return parser.errorText();
    QString error;
    ClientOptions::read(parser, settings, &error);
    return error;
}

// A client settings object for the session file with one number replaced.
QString readFromSessionFile(Table table, const QString &key, const QJsonValue &value, ClientSettings *settings)
{
    QJsonObject object = clientSettingsToJson(ClientSettings(), false);
    const QString group = table == Table::Reconnect ? QStringLiteral("reconnect") : QStringLiteral("limits");
    QJsonObject inner = object.value(group).toObject();
    inner.insert(key, value);
    object.insert(group, inner);
    QString error;
    clientSettingsFromJson(object, settings, &error);
    return error;
}

double valueOf(Table table, const QString &key, const ClientSettings &settings)
{
    const QByteArray name = key.toLatin1();
    return table == Table::Reconnect ? findField(reconnectFields(), name.constData())->get(settings.reconnect)
                                     : findField(limitFields(), name.constData())->get(settings.limits);
}

// The top-level numbers of the client and server settings: the command line (connect's or
// serve's options) and the session file accept and refuse the same values. Empty when accepted.
template <typename Options, typename Settings, typename FromJson, typename ToJson>
QStringList readBothWays(const NumberField<Settings> &field, const QString &text, FromJson fromJson, ToJson toJson,
                         double *cliValue, double *fileValue)
{
    QStringList errors;
    QCommandLineParser parser;
    Options::addTo(&parser);
    Settings fromCli;
    QString cliError;
    if (!parser.parse({QStringLiteral("sockscope"), QStringLiteral("--") + QLatin1String(field.option), text}))
        cliError = parser.errorText();
    else
        Options::read(parser, &fromCli, &cliError);
    errors.append(cliError);
    *cliValue = field.get(fromCli);

    QJsonObject object = toJson(Settings(), false);
    object.insert(QLatin1String(field.key), text.toDouble());
    Settings fromFile;
    QString fileError;
    fromJson(object, &fromFile, &fileError);
    errors.append(fileError);
    *fileValue = field.get(fromFile);
    return errors;
}

template <typename Options, typename Settings, typename FromJson, typename ToJson>
void checkTable(const NumberFields<Settings> &fields, FromJson fromJson, ToJson toJson)
{
    for (const NumberField<Settings> &field : fields) {
        QVERIFY2(field.contains(field.defaultValue()), field.key);
        QVERIFY2(field.option, field.key);
        const QString tooSmall = QString::number(field.min - 1, 'g', 16);
        const QString tooLarge = QString::number(field.max + 1, 'g', 16);
        for (const auto &[text, accepted] : {std::pair{QString::number(field.min, 'g', 16), true},
                                            std::pair{QString::number(field.max, 'g', 16), true},
                                            std::pair{tooSmall, false}, std::pair{tooLarge, false},
                                            std::pair{QStringLiteral("1.5"), false}}) {
            double cliValue = 0;
            double fileValue = 0;
            const QStringList errors = readBothWays<Options>(field, text, fromJson, toJson, &cliValue, &fileValue);
            const QString where = QLatin1String(field.key) + QLatin1Char('=') + text + QLatin1String(": ") + errors.join(QLatin1String(" | "));
            QVERIFY2(errors.at(0).isEmpty() == accepted, qPrintable(where));
            QVERIFY2(errors.at(1).isEmpty() == accepted, qPrintable(where));
            if (accepted) {
                QCOMPARE(cliValue, text.toDouble());
                QCOMPARE(fileValue, text.toDouble());
            } else {
                QVERIFY2(errors.at(0).contains(QLatin1String("--") + QLatin1String(field.option)), qPrintable(where));
                QVERIFY2(errors.at(1).contains(QLatin1String(field.key)), qPrintable(where));
            }
        }
    }
}

} // namespace

Q_DECLARE_METATYPE(Table)

class TestSettingFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreInRange()
    {
        for (const auto &field : reconnectFields())
            QVERIFY2(field.contains(field.defaultValue()), field.key);
        for (const auto &field : limitFields())
            QVERIFY2(field.contains(field.defaultValue()), field.key);
    }

    void everyViewAgrees_data()
    {
        QTest::addColumn<Table>("table");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        const auto rows = [](Table table, const char *key, std::initializer_list<std::pair<const char *, bool>> values) {
            for (const auto &[text, accepted] : values)
                QTest::addRow("%s=%s", key, text) << table << QString::fromLatin1(key) << QString::fromLatin1(text) << accepted;
        };
        rows(Table::Reconnect, "initialDelayMs", {{"0", true}, {"500", true}, {"-1", false}, {"2147483647", true},
                                                  {"2147483648", false}, {"1e12", false}, {"1.5", false}});
        rows(Table::Reconnect, "factor", {{"1", true}, {"2.5", true}, {"100", true}, {"0.5", false}, {"101", false}, {"1000", false}});
        rows(Table::Reconnect, "jitter", {{"0", true}, {"0.2", true}, {"1", true}, {"1.01", false}, {"-0.1", false}});
        rows(Table::Reconnect, "maxAttempts", {{"0", true}, {"7", true}, {"-3", false}});
        rows(Table::Reconnect, "resetAfterMs", {{"0", true}, {"1e300", false}});
        rows(Table::Limits, "maxIncomingMessageBytes", {{"0", true}, {"1048576", true}, {"9007199254740992", true},
                                                        {"1e300", false}, {"-1", false}});
        rows(Table::Limits, "sendQueueBytes", {{"1", true}, {"0", false}});
        rows(Table::Limits, "socketBufferBytes", {{"65536", true}, {"0", false}});
    }

    // The same value is accepted or refused alike by the command line, the session file and
    // QSettings (which falls back to the default instead of refusing).
    void everyViewAgrees()
    {
        QFETCH(Table, table);
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const FieldView field = view(table, key);
        QVERIFY(!field.key.isEmpty());
        const double number = text.toDouble();

        ClientSettings fromCli;
        const QString cliError = parseOption(field.option, text, &fromCli);
        QCOMPARE(cliError.isEmpty(), accepted);
        if (accepted)
            QCOMPARE(valueOf(table, key, fromCli), number);
        else
            QVERIFY2(cliError.contains(QStringLiteral("--") + field.option), qPrintable(cliError));

        ClientSettings fromFile;
        const QString fileError = readFromSessionFile(table, key, number, &fromFile);
        QCOMPARE(fileError.isEmpty(), accepted);
        if (accepted)
            QCOMPARE(valueOf(table, key, fromFile), number);
        else
            QVERIFY2(fileError.contains(key), qPrintable(fileError));

        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        store.setValue(key, number);
        ClientSettings fromStore;
        if (table == Table::Reconnect)
            loadFields(store, reconnectFields(), &fromStore.reconnect);
        else
            loadFields(store, limitFields(), &fromStore.limits);
        QCOMPARE(valueOf(table, key, fromStore), accepted ? number : valueOf(table, key, ClientSettings()));
    }

    void notANumberIsRefused_data()
    {
        QTest::addColumn<QString>("option");
        for (const char *option : {"reconnect-initial", "reconnect-factor", "reconnect-jitter", "max-message-size", "send-queue"}) {
            for (const char *text : {"nan", "inf", "-inf", "ten"})
                QTest::addRow("--%s %s", option, text) << QString::fromLatin1(option) + QLatin1Char(' ') + QLatin1String(text);
        }
    }

    void notANumberIsRefused()
    {
        QFETCH(QString, option);
        const QStringList parts = option.split(QLatin1Char(' '));
        ClientSettings settings;
        const QString error = parseOption(parts.at(0), parts.at(1), &settings);
        QVERIFY2(error.contains(QStringLiteral("--") + parts.at(0)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1Char('"') + parts.at(1) + QLatin1Char('"')), qPrintable(error));
    }

    // --help names each option with its range's unit and its default, from the table.
    void helpComesFromTheTable()
    {
        QCommandLineParser parser;
        ClientOptions::addTo(&parser);
        const QString help = parser.helpText();
        for (const auto &field : reconnectFields()) {
            QVERIFY2(help.contains(QLatin1String("--") + QLatin1String(field.option)), field.option);
            QVERIFY2(help.contains(QString::number(field.defaultValue(), 'g', 16)), field.option);
        }
        for (const auto &field : limitFields())
            QVERIFY2(help.contains(QLatin1String("--") + QLatin1String(field.option)), field.option);
    }

    // connect's and serve's own numbers (timeouts, connection limits): one table each.
    void clientNumbersAgree()
    {
        checkTable<ClientOptions>(clientFields(), &clientSettingsFromJson, &clientSettingsToJson);
    }

    void serverNumbersAgree()
    {
        checkTable<ServerOptions>(serverFields(), &serverSettingsFromJson, &serverSettingsToJson);
    }

    // What the session file writes, it reads back the same.
    void sessionFileRoundTrip()
    {
        ClientSettings settings;
        settings.reconnect.initialDelayMs = 123;
        settings.reconnect.factor = 3.25;
        settings.reconnect.jitter = 0.5;
        settings.limits.maxIncomingMessageBytes = 9007199254740992LL;
        settings.limits.socketBufferBytes = 4096;
        ClientSettings back;
        QString error;
        QVERIFY2(clientSettingsFromJson(clientSettingsToJson(settings, false), &back, &error), qPrintable(error));
        QVERIFY(fieldsEqual(reconnectFields(), settings.reconnect, back.reconnect));
        QVERIFY(fieldsEqual(limitFields(), settings.limits, back.limits));
    }
};

QTEST_GUILESS_MAIN(TestSettingFields)
#include "tst_settingfields.moc"
