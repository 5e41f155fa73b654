// JsonReader, the one strict reader every loader reads JSON files with: each typed read
// accepting and refusing, numbers no integer can hold (1e300, 2^63) refused without undefined
// behaviour, paths through objects and arrays, missing vs null vs a wrong type, unknown
// members, the first error winning, and JsonText's line and column for syntax errors.

#include "json/jsoninteger.h"
#include "json/jsonlocation.h"
#include "json/jsonreader.h"
#include "json/jsontext.h"

#include "heartbeat/heartbeatsettings.h"

#include <QHash>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Sockscope;

namespace {

using Need = JsonReader::Need;
using Empty = JsonReader::Empty;

enum class Color : quint8 { Red, Green };

bool colorFromName(const QString &name, Color *color)
{
    if (name == QLatin1String("red"))
        *color = Color::Red;
    else if (name == QLatin1String("green"))
        *color = Color::Green;
    else
        return false;
    return true;
}

QString show(const QString &value) { return value; }
QString show(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }
QString show(qint64 value) { return QString::number(value); }
QString show(int value) { return QString::number(value); }
QString show(quint32 value) { return QString::number(value); }
QString show(double value) { return QString::number(value); }
QString show(const QStringList &value) { return value.join(QLatin1Char(',')); }
QString show(Color value) { return value == Color::Green ? QStringLiteral("green") : QStringLiteral("red"); }

// One typed read of `v`, and what it left in its output as text (the initial value: untouched).
using Read = std::function<bool(const JsonReader &v, QString *result)>;

template<typename T, typename F>
Read reading(const T &initial, F read)
{
    return [initial, read](const JsonReader &v, QString *result) {
        T value = initial;
        const bool ok = read(v, &value);
        *result = show(value);
        return ok;
    };
}

const QHash<QString, Read> &readTable()
{
    using R = const JsonReader &;
    const QString untouched = QStringLiteral("-");
    constexpr qint64 min64 = std::numeric_limits<qint64>::min();
    constexpr qint64 max64 = std::numeric_limits<qint64>::max();
    static const QHash<QString, Read> table = {
        {QStringLiteral("string"), reading(untouched, [](R v, QString *out) { return v.string(out); })},
        {QStringLiteral("string required"), reading(untouched, [](R v, QString *out) { return v.string(out, Need::Required); })},
        {QStringLiteral("string not empty"),
         reading(untouched, [](R v, QString *out) { return v.string(out, Need::Optional, Empty::Refused); })},
        {QStringLiteral("boolean"), reading(false, [](R v, bool *out) { return v.boolean(out); })},
        {QStringLiteral("integer 0..10"), reading(qint64(-7), [](R v, qint64 *out) { return v.integer(out, 0, 10); })},
        {QStringLiteral("integer required"),
         reading(qint64(-7), [](R v, qint64 *out) { return v.integer(out, 0, 10, Need::Required); })},
        {QStringLiteral("qint64"), reading(qint64(-7), [](R v, qint64 *out) { return v.integer(out, min64, max64); })},
        {QStringLiteral("up to 2^53"), reading(qint64(-7), [](R v, qint64 *out) { return v.integer(out, 0, qint64(1) << 53); })},
        {QStringLiteral("quint32 id"),
         reading(quint32(7), [](R v, quint32 *out) { return v.integer(out, 1, std::numeric_limits<quint32>::max()); })},
        {QStringLiteral("interval setting"),
         reading(-7, [](R v, int *out) { return v.integer(out, HeartbeatSettings::kInterval); })},
        {QStringLiteral("step phrase"), reading(-7, [](R v, int *out) {
             return v.expecting(QStringLiteral("a step number (from 1)")).integer(out, 1, 100, Need::Required);
         })},
        {QStringLiteral("rate"), reading(-7.0, [](R v, double *out) { return v.number(out, 0, 1); })},
        {QStringLiteral("positive"), reading(-7.0, [](R v, double *out) {
             return v.number(out, 0, std::numeric_limits<double>::max(), Need::Optional, JsonReader::Bound::Exclusive);
         })},
        {QStringLiteral("choice"), reading(untouched, [](R v, QString *out) {
             return v.choice(out, {QStringLiteral("a"), QStringLiteral("b")}, Need::Required);
         })},
        {QStringLiteral("enum"), reading(Color::Red, [](R v, Color *out) {
             return v.choice(out, {QStringLiteral("red"), QStringLiteral("green")}, &colorFromName);
         })},
        {QStringLiteral("object"), reading(QStringList{untouched}, [](R v, QStringList *out) {
             QJsonObject object;
             const bool ok = v.object(&object, Need::Required);
             *out = object.keys();
             return ok;
         })},
        {QStringLiteral("array not empty"), reading(qint64(-7), [](R v, qint64 *out) {
             QJsonArray array;
             const bool ok = v.array(&array, Need::Optional, Empty::Refused);
             *out = array.size();
             return ok;
         })},
        {QStringLiteral("string list"),
         reading(QStringList{untouched}, [](R v, QStringList *out) { return v.stringList(out, Need::Optional, Empty::Refused); })},
    };
    return table;
}

} // namespace

class tst_JsonReader final : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads() { checkRead(); }
    void numbers_data();
    void numbers() { checkRead(); }
    void paths_data();
    void paths();
    void listItems();
    void firstErrorWins();
    void unknownMembers();
    void integerChecks_data();
    void integerChecks();
    void text_data();
    void text();
    void errorText();

private:
    static void addColumns();
    static void row(const char *name, const QByteArray &value, const char *read, bool accepted, const char *expected);
    // The read of a row on {"v": value} (no "v" for a null value): what it read, or its refusal at $.v.
    static void checkRead();
};

void tst_JsonReader::addColumns()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("read");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected");
}

void tst_JsonReader::row(const char *name, const QByteArray &value, const char *read, bool accepted, const char *expected)
{
    QTest::newRow(name) << value << QString::fromLatin1(read) << accepted << QString::fromUtf8(expected);
}

// Rows: the value of "v" (a null QByteArray: no "v" at all), the read, and what it read or the
// start of its refusal. Missing, null and a wrong type are three different things.
void tst_JsonReader::reads_data()
{
    addColumns();
    row("string", R"("x")", "string", true, "x");
    row("string missing, optional", {}, "string", true, "-");
    row("string missing, required", {}, "string required", false, "missing: expected a string");
    row("string null", "null", "string", false, "must be a string, not null");
    row("string a number", "5", "string", false, "must be a string, not a number");
    row("string empty allowed", R"("")", "string", true, "");
    row("string empty refused", R"("")", "string not empty", false, "must not be empty");
    row("boolean", "true", "boolean", true, "true");
    row("boolean a string", R"("yes")", "boolean", false, "must be true or false, not a string");
    row("boolean null", "null", "boolean", false, "must be true or false, not null");
    row("choice", R"("b")", "choice", true, "b");
    row("choice unknown", R"("c")", "choice", false, R"(must be one of "a", "b", not "c")");
    row("choice a number", "1", "choice", false, R"(must be one of "a", "b", not a number)");
    row("choice missing", {}, "choice", false, R"(missing: expected one of "a", "b")");
    row("enum", R"("green")", "enum", true, "green");
    row("enum unknown", R"("blue")", "enum", false, R"(must be one of "red", "green", not "blue")");
    row("object", R"({"x": 1})", "object", true, "x");
    row("object an array", "[]", "object", false, "must be an object, not an array");
    row("object missing", {}, "object", false, "missing: expected an object");
    row("array", "[1, 2]", "array not empty", true, "2");
    row("array empty", "[]", "array not empty", false, "must not be empty");
    row("array an object", "{}", "array not empty", false, "must be an array, not an object");
    row("string list", R"(["a", "b"])", "string list", true, "a,b");
    row("string list missing", {}, "string list", true, "-");
}

// Whole numbers are compared as doubles before any conversion, so no value is undefined
// behaviour; a phrase words every refusal, a missing value too.
void tst_JsonReader::numbers_data()
{
    addColumns();
    row("integer", "7", "integer 0..10", true, "7");
    row("integer written 1e1", "1e1", "integer 0..10", true, "10");
    row("integer written 10.0", "10.0", "integer 0..10", true, "10");
    row("integer -0", "-0", "integer 0..10", true, "0");
    row("integer missing", {}, "integer 0..10", true, "-7"); // left as it was
    row("integer missing, required", {}, "integer required", false, "missing: expected a number");
    row("integer 1.5", "1.5", "integer 0..10", false, "must be a whole number, not 1.5");
    row("integer above", "11", "integer 0..10", false, "must be between 0 and 10, not 11");
    row("integer below", "-1", "integer 0..10", false, "must be between 0 and 10, not -1");
    row("integer 1e300", "1e300", "integer 0..10", false, "must be between 0 and 10, not 1e+300");
    row("integer -1e300", "-1e300", "integer 0..10", false, "must be between 0 and 10, not -1e+300");
    row("integer a string", R"("5")", "integer 0..10", false, "must be a number, not a string");
    row("integer null", "null", "integer 0..10", false, "must be a number, not null");
    row("qint64 max", "9223372036854775807", "qint64", true, "9223372036854775807");
    row("qint64 min", "-9223372036854775808", "qint64", true, "-9223372036854775808");
    row("qint64 2^63", "9223372036854775808", "qint64", false, "must be between -9223372036854775808 and 9223372036854775807");
    row("qint64 -1e19", "-1e19", "qint64", false, "must be between -9223372036854775808 and 9223372036854775807, not -1e+19");
    row("qint64 9.3e18", "9.3e18", "qint64", false, "must be between -9223372036854775808 and 9223372036854775807, not 9.3e+18");
    row("qint64 1e300", "1e300", "qint64", false, "must be between -9223372036854775808 and 9223372036854775807, not 1e+300");
    row("qint64 -1e300", "-1e300", "qint64", false, "must be between -9223372036854775808 and 9223372036854775807, not -1e+300");
    row("qint64 1.5", "1.5", "qint64", false, "must be a whole number, not 1.5");
    row("2^53", "9007199254740992", "up to 2^53", true, "9007199254740992");
    row("2^53 + 1, kept exactly", "9007199254740993", "up to 2^53", false, "must be between 0 and 9007199254740992, not 9007199254740993");
    row("quint32 id", "4294967295", "quint32 id", true, "4294967295");
    row("quint32 id 2^32", "4294967296", "quint32 id", false, "must be between 1 and 4294967295, not 4294967296");
    row("quint32 id 0", "0", "quint32 id", false, "must be between 1 and 4294967295, not 0");
    row("int setting", "100", "interval setting", true, "100");
    row("int setting 0", "0", "interval setting", false, "must be between 1 and 2147483647, not 0");
    row("int setting 1e300", "1e300", "interval setting", false, "must be between 1 and 2147483647, not 1e+300");
    row("int setting 2^31", "2147483648", "interval setting", false, "must be between 1 and 2147483647, not 2147483648");
    row("phrase", "3", "step phrase", true, "3");
    row("phrase out of range", "0", "step phrase", false, "must be a step number (from 1), not 0");
    row("phrase fraction", "1.5", "step phrase", false, "must be a step number (from 1), not 1.5");
    row("phrase wrong type", "[]", "step phrase", false, "must be a step number (from 1), not an array");
    row("phrase missing", {}, "step phrase", false, "must be a step number (from 1), not missing");
    row("rate", "0.25", "rate", true, "0.25");
    row("rate bounds included", "1", "rate", true, "1");
    row("rate above", "2", "rate", false, "must be between 0 and 1, not 2");
    row("rate 1e300", "1e300", "rate", false, "must be between 0 and 1, not 1e+300");
    row("rate a string", R"("0.5")", "rate", false, "must be a number, not a string");
    row("positive", "1e300", "positive", true, "1e+300");
    row("positive zero", "0", "positive", false, "must be greater than 0, not 0");
}

void tst_JsonReader::checkRead()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, read);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);

    const QByteArray json = value.isNull() ? QByteArray("{}") : "{\"v\": " + value + "}";
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const JsonReader root(document.object(), QStringLiteral("$"));
    QVERIFY2(readTable().contains(read), qPrintable(read));
    QString result;
    QCOMPARE(readTable().value(read)(root.member(QStringLiteral("v")), &result), accepted);
    QCOMPARE(root.ok(), accepted);
    if (accepted) {
        QCOMPARE(result, expected);
        QVERIFY(root.error().isEmpty());
        return;
    }
    QCOMPARE(root.error().path, QStringLiteral("$.v"));
    QVERIFY2(root.error().message.startsWith(expected), qPrintable(root.error().message));
}

// Each row: a document, the path of its one bad value as the reader names it.
void tst_JsonReader::paths_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("path");

    QTest::newRow("member") << QByteArray(R"({"a": {"b": {"c": 1}}})") << QStringLiteral("$") << QStringLiteral("$.a.b.c");
    QTest::newRow("array items") << QByteArray(R"({"a": {"b": [{"c": "x"}, {"c": 5}]}})") << QStringLiteral("$")
                                 << QStringLiteral("$.a.b[1].c");
    QTest::newRow("arrays in arrays") << QByteArray(R"({"a": {"b": [{"c": "x"}, {"c": "y", "d": [[], [["z", 1]]]}]}})")
                                      << QStringLiteral("$") << QStringLiteral("$.a.b[1].d[1][0][1]");
    QTest::newRow("odd key") << QByteArray(R"({"a": {"odd key": {"c": 1}}})") << QStringLiteral("$")
                             << QStringLiteral(R"($.a["odd key"].c)");
    QTest::newRow("quote in a key") << QByteArray(R"({"a": {"q\"": {"c": 1}}})") << QStringLiteral("$")
                                    << QStringLiteral(R"($.a["q\""].c)");
    QTest::newRow("unnamed root") << QByteArray(R"({"a": {"b": {"c": 1}}})") << QString() << QStringLiteral("a.b.c");
    QTest::newRow("named root") << QByteArray(R"({"a": {"b": [{"c": 1}]}})") << QStringLiteral("settings")
                                << QStringLiteral("settings.a.b[0].c");
}

void tst_JsonReader::paths()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, root);
    QFETCH(QString, path);

    // Walks the document and reads every string: the one number is refused where it stands.
    const JsonReader reader(QJsonDocument::fromJson(json).object(), root);
    std::function<bool(const JsonReader &)> walk = [&walk](const JsonReader &value) {
        if (value.value().isObject()) {
            const QStringList keys = value.value().toObject().keys();
            for (const QString &key : keys) {
                if (!walk(value.member(key)))
                    return false;
            }
            return true;
        }
        if (value.value().isArray())
            return value.forEach(walk);
        QString text;
        return value.string(&text);
    };
    QVERIFY(!walk(reader));
    QCOMPARE(reader.error().path, path);
    QCOMPARE(reader.error().message, QStringLiteral("must be a string, not a number"));
}

// The items of a list are read one by one, each refused at its own path.
void tst_JsonReader::listItems()
{
    const QJsonObject object = QJsonDocument::fromJson(R"({"v": ["a", "", 3]})").object();
    QStringList list{QStringLiteral("untouched")};
    const JsonReader refusingEmpty(object, QStringLiteral("$"));
    QVERIFY(!refusingEmpty.member(QStringLiteral("v")).stringList(&list, Need::Optional, Empty::Refused));
    QCOMPARE(refusingEmpty.error().toString(), QStringLiteral("$.v[1]: must not be empty"));
    const JsonReader allowingEmpty(object, QStringLiteral("$"));
    QVERIFY(!allowingEmpty.member(QStringLiteral("v")).stringList(&list));
    QCOMPARE(allowingEmpty.error().toString(), QStringLiteral("$.v[2]: must be a string, not a number"));
    QCOMPARE(list, QStringList{QStringLiteral("untouched")});
    const JsonReader third(object, QStringLiteral("$"));
    qsizetype count = 0;
    QVERIFY(!third.member(QStringLiteral("v")).forEach([&count](const JsonReader &item) {
        ++count;
        return item.path() != QStringLiteral("$.v[1]") || item.fail(QStringLiteral("stop"));
    }));
    QCOMPARE(count, 2); // the first false ends the walk
    QCOMPARE(third.error().toString(), QStringLiteral("$.v[1]: stop"));
}

void tst_JsonReader::firstErrorWins()
{
    const QJsonObject object = QJsonDocument::fromJson(R"({"a": 1, "b": true, "c": "x"})").object();
    const JsonReader reader(object, QStringLiteral("$"));
    QString a;
    QString b;
    QString c;
    // Readers made from one another share the error; a loader may read on and look at the end.
    const JsonReader second = reader.member(QStringLiteral("b"));
    QVERIFY(!reader.member(QStringLiteral("a")).string(&a));
    QVERIFY(!second.string(&b));
    QVERIFY(reader.member(QStringLiteral("c")).string(&c));
    QCOMPARE(c, QStringLiteral("x"));
    QVERIFY(!reader.ok());
    QVERIFY(!second.ok());
    QCOMPARE(reader.error().path, QStringLiteral("$.a"));
    QCOMPARE(second.error().path, QStringLiteral("$.a"));
    QVERIFY(!second.fail(QStringLiteral("later")));
    QCOMPARE(reader.error().message, QStringLiteral("must be a string, not a number"));
    QVERIFY(a.isEmpty());
    QVERIFY(b.isEmpty());

    // A second document has an error of its own.
    const JsonReader other(object);
    QVERIFY(other.ok());
    QVERIFY(!other.failAt(QStringLiteral("elsewhere"), QStringLiteral("bad")));
    QCOMPARE(other.error().toString(), QStringLiteral("elsewhere: bad"));
    QCOMPARE(reader.error().path, QStringLiteral("$.a"));
}

void tst_JsonReader::unknownMembers()
{
    const QJsonObject object = QJsonDocument::fromJson(R"({"a": 1, "b": 2, "c": 3})").object();
    {
        const JsonReader reader(object, QStringLiteral("$"));
        QVERIFY(reader.members({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QVERIFY(reader.ok());
        QCOMPARE(reader.unknownMembers({QStringLiteral("a")}),
                 QJsonObject({{QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}}));
    }
    {
        const JsonReader reader(object, QStringLiteral("$"));
        QVERIFY(!reader.members({QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(reader.error().path, QStringLiteral("$.b"));
        QCOMPARE(reader.error().message, QStringLiteral("unknown member; expected one of: a, c"));
    }
    {
        const JsonReader reader(object, QStringLiteral("x"));
        QVERIFY(!reader.members({QStringLiteral("a")}, QStringLiteral("not here")));
        QCOMPARE(reader.error().toString(), QStringLiteral("x.b: not here"));
    }
}

// checkJsonInteger directly, for the readers that keep their own messages (event lines).
void tst_JsonReader::integerChecks_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("check");
    QTest::addColumn<qint64>("expected");

    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("zero") << QByteArray("0") << int(JsonIntegerCheck::Ok) << qint64(0);
    QTest::newRow("max") << QByteArray("9223372036854775807") << int(JsonIntegerCheck::Ok) << max;
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << int(JsonIntegerCheck::OutOfRange) << qint64(0);
    QTest::newRow("1e300") << QByteArray("1e300") << int(JsonIntegerCheck::OutOfRange) << qint64(0);
    QTest::newRow("-1e300") << QByteArray("-1e300") << int(JsonIntegerCheck::OutOfRange) << qint64(0);
    QTest::newRow("9.3e18") << QByteArray("9.3e18") << int(JsonIntegerCheck::OutOfRange) << qint64(0);
    QTest::newRow("1.5") << QByteArray("1.5") << int(JsonIntegerCheck::NotWhole) << qint64(0);
    QTest::newRow("1e-300") << QByteArray("1e-300") << int(JsonIntegerCheck::NotWhole) << qint64(0);
    QTest::newRow("string") << QByteArray(R"("1")") << int(JsonIntegerCheck::NotANumber) << qint64(0);
    QTest::newRow("null") << QByteArray("null") << int(JsonIntegerCheck::NotANumber) << qint64(0);
}

void tst_JsonReader::integerChecks()
{
    QFETCH(QByteArray, value);
    QFETCH(int, check);
    QFETCH(qint64, expected);

    const QJsonValue json = QJsonDocument::fromJson("[" + value + "]").array().at(0);
    qint64 out = 0;
    QCOMPARE(int(checkJsonInteger(json, 0, std::numeric_limits<qint64>::max(), &out)), check);
    QCOMPARE(out, expected);
}

// Each row: text, whether equal keys are refused, and the line and column of its error (0: none).
// Qt names the place just after the character it could not take.
void tst_JsonReader::text_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("refuseDuplicates");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("valid") << QByteArray("{\"a\": 1}") << true << 0 << 0 << QString();
    QTest::newRow("syntax error on line 3") << QByteArray("{\n  \"a\": 1,\n  \"b\": [,]\n}") << false << 3 << 10
                                            << QStringLiteral("not valid JSON: ");
    QTest::newRow("unterminated") << QByteArray("{\"a\": \"x") << false << 1 << 10 << QStringLiteral("not valid JSON: ");
    QTest::newRow("equal keys allowed") << QByteArray("{\"a\": 1, \"a\": 2}") << false << 0 << 0 << QString();
    QTest::newRow("equal keys refused") << QByteArray("{\"a\": 1,\n \"a\": 2}") << true << 2 << 2
                                        << QStringLiteral("the key \"a\" appears twice in one object");
}

void tst_JsonReader::text()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, refuseDuplicates);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    QJsonDocument document;
    JsonText::Error error;
    const bool parsed = JsonText::parse(text, &document, &error,
                                        refuseDuplicates ? JsonText::DuplicateKeys::Refused : JsonText::DuplicateKeys::Allowed);
    QCOMPARE(parsed, line == 0);
    if (parsed) {
        QVERIFY(document.isObject());
        return;
    }
    QVERIFY(document.isNull());
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    QVERIFY(!error.detail.isEmpty());
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void tst_JsonReader::errorText()
{
    QCOMPARE((JsonReadError{QStringLiteral("$.a"), QStringLiteral("bad")}).toString(), QStringLiteral("$.a: bad"));
    QCOMPARE((JsonReadError{QString(), QStringLiteral("bad")}).toString(), QStringLiteral("bad"));
    QVERIFY(JsonReadError().isEmpty());
    QCOMPARE(JsonLocation::member(QString(), QStringLiteral("a")), QStringLiteral("a"));
    QCOMPARE(JsonLocation::member(QString(), QStringLiteral("a b")), QStringLiteral("[\"a b\"]"));
    QCOMPARE(JsonLocation::member(QStringLiteral("replay"), QStringLiteral("speed")), QStringLiteral("replay.speed"));
    QCOMPARE(JsonLocation::index(QStringLiteral("$.a"), 3), QStringLiteral("$.a[3]"));
    QCOMPARE(JsonReader::oneOf({QStringLiteral("a"), QStringLiteral("b\"")}), QStringLiteral("one of \"a\", \"b\\\"\""));
}

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
