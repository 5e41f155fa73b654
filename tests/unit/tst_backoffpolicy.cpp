#include "reconnect/backoffpolicy.h"

#include <QTest>

#include <cmath>

using Sockscope::BackoffPolicy;
using Sockscope::ReconnectSettings;

namespace {

ReconnectSettings settings(int initialMs, double factor, int maxMs, double jitter, int maxAttempts = 0,
                           int resetAfterMs = 10000)
{
    ReconnectSettings s;
    s.enabled = true;
    s.initialDelayMs = initialMs;
    s.factor = factor;
    s.maxDelayMs = maxMs;
    s.jitter = jitter;
    s.maxAttempts = maxAttempts;
    s.resetAfterMs = resetAfterMs;
    return s;
}

} // namespace

class tst_BackoffPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void baseDelay_data();
    void baseDelay();
    void zeroJitterGivesExactSequence();
    void jitterBounds_data();
    void jitterBounds();
    void jitterSpreadsOverTheWholeRange();
    void maxAttemptsStops_data();
    void maxAttemptsStops();
    void zeroMaxAttemptsIsUnlimited();
    void resetAfterStableConnection_data();
    void resetAfterStableConnection();
    void closeWithoutOpenDoesNotReset();
    void explicitReset();
    void sameSeedSameSequence();
};

void tst_BackoffPolicy::shouldHaveDefaultValues()
{
    const ReconnectSettings defaults;
    QCOMPARE(defaults.enabled, false);
    QCOMPARE(defaults.initialDelayMs, 500);
    QCOMPARE(defaults.factor, 2.0);
    QCOMPARE(defaults.maxDelayMs, 30000);
    QCOMPARE(defaults.jitter, 0.2);
    QCOMPARE(defaults.maxAttempts, 0);
    QCOMPARE(defaults.resetAfterMs, 10000);

    BackoffPolicy policy(defaults, 1);
    QCOMPARE(policy.attempt(), 0);
    QCOMPARE(policy.settings().initialDelayMs, 500);
    QCOMPARE(policy.baseDelayMs(1), 500);
}

void tst_BackoffPolicy::baseDelay_data()
{
    QTest::addColumn<int>("initialMs");
    QTest::addColumn<double>("factor");
    QTest::addColumn<int>("maxMs");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("expected");

    QTest::newRow("n=1") << 500 << 2.0 << 30000 << 1 << 500;
    QTest::newRow("n=2") << 500 << 2.0 << 30000 << 2 << 1000;
    QTest::newRow("n=3") << 500 << 2.0 << 30000 << 3 << 2000;
    QTest::newRow("n=6") << 500 << 2.0 << 30000 << 6 << 16000;
    QTest::newRow("n=7 capped") << 500 << 2.0 << 30000 << 7 << 30000;
    QTest::newRow("n=100 capped") << 500 << 2.0 << 30000 << 100 << 30000;
    QTest::newRow("n=5000 capped (pow overflows)") << 500 << 2.0 << 30000 << 5000 << 30000;
    QTest::newRow("factor 1.5 n=3") << 1000 << 1.5 << 60000 << 3 << 2250;
    QTest::newRow("factor 3 n=4") << 100 << 3.0 << 60000 << 4 << 2700;
    QTest::newRow("factor 1 stays") << 700 << 1.0 << 60000 << 50 << 700;
    QTest::newRow("factor below 1 counts as 1") << 700 << 0.5 << 60000 << 5 << 700;
    QTest::newRow("n=0 is the initial delay") << 500 << 2.0 << 30000 << 0 << 500;
    QTest::newRow("cap below initial") << 5000 << 2.0 << 1000 << 1 << 1000;
}

void tst_BackoffPolicy::baseDelay()
{
    QFETCH(int, initialMs);
    QFETCH(double, factor);
    QFETCH(int, maxMs);
    QFETCH(int, n);
    QFETCH(int, expected);

    const BackoffPolicy policy(settings(initialMs, factor, maxMs, 0.2), 7);
    QCOMPARE(policy.baseDelayMs(n), expected);
}

void tst_BackoffPolicy::zeroJitterGivesExactSequence()
{
    BackoffPolicy policy(settings(500, 2.0, 30000, 0.0), 123);
    const QList<int> expected = {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const std::optional<int> delay = policy.nextDelayMs();
        QVERIFY(delay.has_value());
        QCOMPARE(*delay, expected.at(i));
        QCOMPARE(policy.attempt(), int(i + 1));
    }
}

void tst_BackoffPolicy::jitterBounds_data()
{
    QTest::addColumn<double>("jitter");
    QTest::addColumn<quint32>("seed");

    for (const double jitter : {0.1, 0.2, 0.5, 1.0}) {
        for (const quint32 seed : {1u, 42u, 2024u, 0xFFFFFFFFu}) {
            QTest::addRow("jitter %.1f seed %u", jitter, seed) << jitter << seed;
        }
    }
}

// 1000 draws along the growing sequence: each within [base*(1-j), min(cap, base*(1+j))],
// give or take the rounding to whole milliseconds.
void tst_BackoffPolicy::jitterBounds()
{
    QFETCH(double, jitter);
    QFETCH(quint32, seed);

    const int cap = 20000;
    BackoffPolicy policy(settings(300, 1.7, cap, jitter), seed);
    for (int i = 1; i <= 1000; ++i) {
        const std::optional<int> delay = policy.nextDelayMs();
        QVERIFY(delay.has_value());
        const double base = policy.baseDelayMs(i);
        const double low = std::floor(base * (1.0 - jitter));
        const double high = std::ceil(qMin<double>(cap, base * (1.0 + jitter)));
        QVERIFY2(*delay >= low && *delay <= high,
                 qPrintable(QStringLiteral("draw %1: %2 outside [%3, %4]").arg(i).arg(*delay).arg(low).arg(high)));
    }
}

void tst_BackoffPolicy::jitterSpreadsOverTheWholeRange()
{
    // Always the first attempt (base 1000, jitter 0.2): draws in [800, 1200].
    BackoffPolicy policy(settings(1000, 2.0, 30000, 0.2), 99);
    int lowest = 1000;
    int highest = 1000;
    for (int i = 0; i < 1000; ++i) {
        policy.reset();
        const std::optional<int> delay = policy.nextDelayMs();
        QVERIFY(delay.has_value());
        QVERIFY(*delay >= 800 && *delay <= 1200);
        lowest = qMin(lowest, *delay);
        highest = qMax(highest, *delay);
    }
    QVERIFY2(lowest < 820, qPrintable(QString::number(lowest)));
    QVERIFY2(highest > 1180, qPrintable(QString::number(highest)));
}

void tst_BackoffPolicy::maxAttemptsStops_data()
{
    QTest::addColumn<int>("maxAttempts");

    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("10") << 10;
}

void tst_BackoffPolicy::maxAttemptsStops()
{
    QFETCH(int, maxAttempts);

    BackoffPolicy policy(settings(100, 2.0, 1000, 0.0, maxAttempts), 5);
    for (int i = 1; i <= maxAttempts; ++i) {
        const std::optional<int> delay = policy.nextDelayMs();
        QVERIFY(delay.has_value());
        QCOMPARE(*delay, policy.baseDelayMs(i));
    }
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!policy.nextDelayMs().has_value());
        QCOMPARE(policy.attempt(), maxAttempts);
    }
    policy.reset();
    QCOMPARE(policy.nextDelayMs(), std::optional<int>(100));
}

void tst_BackoffPolicy::zeroMaxAttemptsIsUnlimited()
{
    BackoffPolicy policy(settings(100, 2.0, 5000, 0.0, 0), 5);
    for (int i = 1; i <= 100; ++i) {
        const std::optional<int> delay = policy.nextDelayMs();
        QVERIFY2(delay.has_value(), qPrintable(QString::number(i)));
        if (i >= 7)
            QCOMPARE(*delay, 5000);
    }
    QCOMPARE(policy.attempt(), 100);
}

void tst_BackoffPolicy::resetAfterStableConnection_data()
{
    QTest::addColumn<qint64>("openMs");
    QTest::addColumn<qint64>("closeMs");
    QTest::addColumn<bool>("resets");

    QTest::newRow("open exactly resetAfter") << qint64(50000) << qint64(60000) << true;
    QTest::newRow("open much longer") << qint64(1000) << qint64(1000000) << true;
    QTest::newRow("open 1 ms short") << qint64(50000) << qint64(59999) << false;
    QTest::newRow("open for no time") << qint64(50000) << qint64(50000) << false;
}

void tst_BackoffPolicy::resetAfterStableConnection()
{
    QFETCH(qint64, openMs);
    QFETCH(qint64, closeMs);
    QFETCH(bool, resets);

    BackoffPolicy policy(settings(100, 2.0, 30000, 0.0, 0, 10000), 5);
    for (int i = 0; i < 3; ++i)
        QVERIFY(policy.nextDelayMs().has_value());
    QCOMPARE(policy.attempt(), 3);

    policy.connectionOpened(openMs);
    QCOMPARE(policy.attempt(), 3); // opening alone changes nothing
    policy.connectionClosed(closeMs);
    QCOMPARE(policy.attempt(), resets ? 0 : 3);
    QCOMPARE(policy.nextDelayMs(), std::optional<int>(resets ? 100 : 800));
}

void tst_BackoffPolicy::closeWithoutOpenDoesNotReset()
{
    BackoffPolicy policy(settings(100, 2.0, 30000, 0.0, 0, 10000), 5);
    QVERIFY(policy.nextDelayMs().has_value());
    QVERIFY(policy.nextDelayMs().has_value());
    policy.connectionClosed(1000000);
    QCOMPARE(policy.attempt(), 2);

    // A second close after one stable connection: the open time was used up.
    policy.connectionOpened(0);
    policy.connectionClosed(20000);
    QCOMPARE(policy.attempt(), 0);
    QVERIFY(policy.nextDelayMs().has_value());
    policy.connectionClosed(40000);
    QCOMPARE(policy.attempt(), 1);
}

void tst_BackoffPolicy::explicitReset()
{
    BackoffPolicy policy(settings(100, 2.0, 30000, 0.0, 2), 5);
    QVERIFY(policy.nextDelayMs().has_value());
    QVERIFY(policy.nextDelayMs().has_value());
    QVERIFY(!policy.nextDelayMs().has_value());
    policy.reset();
    QCOMPARE(policy.attempt(), 0);
    QCOMPARE(policy.nextDelayMs(), std::optional<int>(100));
}

void tst_BackoffPolicy::sameSeedSameSequence()
{
    const ReconnectSettings s = settings(500, 2.0, 30000, 0.5);
    BackoffPolicy first(s, 42);
    BackoffPolicy second(s, 42);
    BackoffPolicy other(s, 43);
    bool differs = false;
    for (int i = 0; i < 50; ++i) {
        const std::optional<int> a = first.nextDelayMs();
        const std::optional<int> b = second.nextDelayMs();
        const std::optional<int> c = other.nextDelayMs();
        QVERIFY(a.has_value() && b.has_value() && c.has_value());
        QCOMPARE(*a, *b);
        differs = differs || *a != *c;
    }
    QVERIFY(differs);
}

QTEST_GUILESS_MAIN(tst_BackoffPolicy)
#include "tst_backoffpolicy.moc"
