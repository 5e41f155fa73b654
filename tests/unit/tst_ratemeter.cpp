#include "stats/ratemeter.h"

#include <QTest>

using Sockscope::RateMeter;

namespace {

constexpr qint64 kMs = 1000 * 1000;
constexpr qint64 kSecond = 1000 * kMs;
// A start on a slot boundary, far from zero.
constexpr qint64 kStart = 1000 * kSecond;

} // namespace

class tst_RateMeter final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void currentSlotIsLeftOut();
    void evenRateOverOneSecond_data();
    void evenRateOverOneSecond();
    void windowSlides();
    void countsAreSummed();
    void reusedBucketStartsAfresh();
    void staleDataIsIgnored();
};

void tst_RateMeter::shouldHaveDefaultValues()
{
    const RateMeter meter;
    QCOMPARE(meter.perSecond(0), 0.0);
    QCOMPARE(meter.perSecond(kStart), 0.0);
    QCOMPARE(meter.perSecond(kSecond / 2), 0.0);
}

void tst_RateMeter::currentSlotIsLeftOut()
{
    RateMeter meter;
    for (int i = 0; i < 5; ++i)
        meter.add(kStart + i * kMs);
    QCOMPARE(meter.perSecond(kStart + 99 * kMs), 0.0);
    QCOMPARE(meter.perSecond(kStart + 100 * kMs), 5.0);
}

void tst_RateMeter::evenRateOverOneSecond_data()
{
    QTest::addColumn<int>("eventsPerSecond");

    QTest::newRow("10/s") << 10;
    QTest::newRow("100/s") << 100;
    QTest::newRow("1000/s") << 1000;
    QTest::newRow("20000/s") << 20000;
}

// A simulated second of evenly spaced events, read right at its end.
void tst_RateMeter::evenRateOverOneSecond()
{
    QFETCH(int, eventsPerSecond);

    RateMeter meter;
    const qint64 spacing = kSecond / eventsPerSecond;
    for (int i = 0; i < eventsPerSecond; ++i)
        meter.add(kStart + i * spacing);
    QCOMPARE(meter.perSecond(kStart + kSecond), double(eventsPerSecond));
    // Once a whole further second has passed, the window holds none of them.
    QCOMPARE(meter.perSecond(kStart + 2 * kSecond + 50 * kMs), 0.0);
}

void tst_RateMeter::windowSlides()
{
    RateMeter meter;
    // One event in each 100 ms slot of the first second.
    for (int slot = 0; slot < 10; ++slot)
        meter.add(kStart + slot * 100 * kMs + 50 * kMs);

    QCOMPARE(meter.perSecond(kStart + kSecond), 10.0);
    QCOMPARE(meter.perSecond(kStart + kSecond + 99 * kMs), 10.0);
    // Each further 100 ms drops the oldest slot.
    for (int later = 1; later <= 10; ++later)
        QCOMPARE(meter.perSecond(kStart + kSecond + later * 100 * kMs), double(10 - later));
}

void tst_RateMeter::countsAreSummed()
{
    RateMeter meter;
    meter.add(kStart, 1000);
    meter.add(kStart + 10 * kMs, 24);
    meter.add(kStart + 500 * kMs, 1);
    meter.add(kStart + 700 * kMs, 0);
    QCOMPARE(meter.perSecond(kStart + kSecond), 1025.0);
}

void tst_RateMeter::reusedBucketStartsAfresh()
{
    RateMeter meter;
    meter.add(kStart, 7);
    // One second later the same bucket holds the new slot.
    meter.add(kStart + kSecond, 3);
    QCOMPARE(meter.perSecond(kStart + kSecond + 100 * kMs), 3.0);
}

void tst_RateMeter::staleDataIsIgnored()
{
    RateMeter meter;
    for (int i = 0; i < 100; ++i)
        meter.add(kStart + i * 10 * kMs);
    QCOMPARE(meter.perSecond(kStart + kSecond), 100.0);
    QCOMPARE(meter.perSecond(kStart + 5 * kSecond), 0.0);
    QCOMPARE(meter.perSecond(kStart + 3600 * kSecond), 0.0);
}

QTEST_GUILESS_MAIN(tst_RateMeter)
#include "tst_ratemeter.moc"
