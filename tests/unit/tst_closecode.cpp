#include "protocol/closecode.h"

#include <QTest>

namespace CloseCode = Sockscope::CloseCode;

class tst_CloseCode final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void isSendable_data();
    void isSendable();
    void name_data();
    void name();
};

// The named constants are the RFC 6455 section 7.4.1 numbers.
void tst_CloseCode::shouldHaveDefaultValues()
{
    QCOMPARE(CloseCode::Normal, quint16(1000));
    QCOMPARE(CloseCode::GoingAway, quint16(1001));
    QCOMPARE(CloseCode::ProtocolError, quint16(1002));
    QCOMPARE(CloseCode::UnsupportedData, quint16(1003));
    QCOMPARE(CloseCode::NoStatus, quint16(1005));
    QCOMPARE(CloseCode::Abnormal, quint16(1006));
    QCOMPARE(CloseCode::InvalidPayload, quint16(1007));
    QCOMPARE(CloseCode::PolicyViolation, quint16(1008));
    QCOMPARE(CloseCode::MessageTooBig, quint16(1009));
    QCOMPARE(CloseCode::MandatoryExtension, quint16(1010));
    QCOMPARE(CloseCode::InternalError, quint16(1011));
    QCOMPARE(CloseCode::ServiceRestart, quint16(1012));
    QCOMPARE(CloseCode::TryAgainLater, quint16(1013));
    QCOMPARE(CloseCode::BadGateway, quint16(1014));
}

void tst_CloseCode::isSendable_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("sendable");

    const QList<QPair<int, bool>> rows = {
        {-1, false},   {0, false},     {999, false},   {1000, true},   {1001, true},  {1002, true},
        {1003, true},  {1004, false},  {1005, false},  {1006, false},  {1007, true},  {1008, true},
        {1009, true},  {1010, true},   {1011, true},   {1012, true},   {1013, true},  {1014, true},
        {1015, false}, {1016, false},  {2000, false},  {2999, false},  {3000, true},  {3999, true},
        {4000, true},  {4999, true},   {5000, false},  {65535, false}, {65536, false},
    };
    for (const auto &row : rows)
        QTest::addRow("%d", row.first) << row.first << row.second;
}

void tst_CloseCode::isSendable()
{
    QFETCH(int, code);
    QFETCH(bool, sendable);

    QCOMPARE(CloseCode::isSendable(code), sendable);
}

void tst_CloseCode::name_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1000") << 1000 << QStringLiteral("normal closure");
    QTest::newRow("1001") << 1001 << QStringLiteral("going away");
    QTest::newRow("1002") << 1002 << QStringLiteral("protocol error");
    QTest::newRow("1003") << 1003 << QStringLiteral("unsupported data");
    QTest::newRow("1005") << 1005 << QStringLiteral("no status received");
    QTest::newRow("1006") << 1006 << QStringLiteral("abnormal closure");
    QTest::newRow("1007") << 1007 << QStringLiteral("invalid payload data");
    QTest::newRow("1008") << 1008 << QStringLiteral("policy violation");
    QTest::newRow("1009") << 1009 << QStringLiteral("message too big");
    QTest::newRow("1010") << 1010 << QStringLiteral("mandatory extension");
    QTest::newRow("1011") << 1011 << QStringLiteral("internal error");
    QTest::newRow("1012") << 1012 << QStringLiteral("service restart");
    QTest::newRow("1013") << 1013 << QStringLiteral("try again later");
    QTest::newRow("1014") << 1014 << QStringLiteral("bad gateway");
    QTest::newRow("1015") << 1015 << QStringLiteral("TLS handshake failure");
    QTest::newRow("3000") << 3000 << QStringLiteral("registered (IANA)");
    QTest::newRow("3999") << 3999 << QStringLiteral("registered (IANA)");
    QTest::newRow("4000") << 4000 << QStringLiteral("private use");
    QTest::newRow("4999") << 4999 << QStringLiteral("private use");
    QTest::newRow("1004") << 1004 << QStringLiteral("not a valid close code");
    QTest::newRow("999") << 999 << QStringLiteral("not a valid close code");
    QTest::newRow("2999") << 2999 << QStringLiteral("not a valid close code");
    QTest::newRow("5000") << 5000 << QStringLiteral("not a valid close code");
    QTest::newRow("0") << 0 << QStringLiteral("not a valid close code");
}

void tst_CloseCode::name()
{
    QFETCH(int, code);
    QFETCH(QString, expected);

    QCOMPARE(CloseCode::name(code), expected);
}

QTEST_GUILESS_MAIN(tst_CloseCode)
#include "tst_closecode.moc"
