#include "protocol/utf8validator.h"
#include "unittesthelpers.h"

#include <QTest>

using Sockscope::Utf8Validator;
using SockscopeUnitTest::bytesOf;

class tst_Utf8Validator final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void validate_data();
    void validate();
    void splitAtEveryByte_data();
    void splitAtEveryByte();
    void completeOnlyOnCharacterBoundaries();
    void invalidSplitAtEveryByte_data();
    void invalidSplitAtEveryByte();
    void rejectIsSticky();
    void resetAcceptsAgain();
};

void tst_Utf8Validator::shouldHaveDefaultValues()
{
    Utf8Validator validator;
    QVERIFY(validator.isComplete());
    QVERIFY(validator.feed(nullptr, 0));
    QVERIFY(validator.isComplete());
    QVERIFY(Utf8Validator::isValid(nullptr, 0));
}

// input, what feed() returns, whether the input ends on a character boundary.
void tst_Utf8Validator::validate_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("feedOk");
    QTest::addColumn<bool>("complete");

    QTest::newRow("empty") << QByteArray() << true << true;
    QTest::newRow("ascii") << QByteArray("hello") << true << true;
    QTest::newRow("nul byte") << bytesOf({0x00}) << true << true;
    QTest::newRow("ascii 0x7f") << bytesOf({0x7F}) << true << true;
    QTest::newRow("ascii, 8-byte fast path") << QByteArray("abcdefghijklmnopq") << true << true;
    QTest::newRow("2-byte U+0080") << bytesOf({0xC2, 0x80}) << true << true;
    QTest::newRow("2-byte U+00E9") << bytesOf({0xC3, 0xA9}) << true << true;
    QTest::newRow("2-byte U+07FF") << bytesOf({0xDF, 0xBF}) << true << true;
    QTest::newRow("3-byte U+0800") << bytesOf({0xE0, 0xA0, 0x80}) << true << true;
    QTest::newRow("3-byte U+20AC") << bytesOf({0xE2, 0x82, 0xAC}) << true << true;
    QTest::newRow("3-byte U+D7FF") << bytesOf({0xED, 0x9F, 0xBF}) << true << true;
    QTest::newRow("3-byte U+E000") << bytesOf({0xEE, 0x80, 0x80}) << true << true;
    QTest::newRow("3-byte U+FFFF") << bytesOf({0xEF, 0xBF, 0xBF}) << true << true;
    QTest::newRow("4-byte U+10000") << bytesOf({0xF0, 0x90, 0x80, 0x80}) << true << true;
    QTest::newRow("4-byte U+1F600") << bytesOf({0xF0, 0x9F, 0x98, 0x80}) << true << true;
    QTest::newRow("4-byte U+10FFFF") << bytesOf({0xF4, 0x8F, 0xBF, 0xBF}) << true << true;
    QTest::newRow("mixed after fast path")
        << (QByteArray("abcdefgh") + bytesOf({0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80})
            + QByteArray("ijklmnopqrstuvwx"))
        << true << true;

    QTest::newRow("overlong C0 80") << bytesOf({0xC0, 0x80}) << false << false;
    QTest::newRow("overlong C1 BF") << bytesOf({0xC1, 0xBF}) << false << false;
    QTest::newRow("overlong E0 80 80") << bytesOf({0xE0, 0x80, 0x80}) << false << false;
    QTest::newRow("overlong E0 9F BF") << bytesOf({0xE0, 0x9F, 0xBF}) << false << false;
    QTest::newRow("overlong F0 80 80 80") << bytesOf({0xF0, 0x80, 0x80, 0x80}) << false << false;
    QTest::newRow("overlong F0 8F BF BF") << bytesOf({0xF0, 0x8F, 0xBF, 0xBF}) << false << false;
    QTest::newRow("surrogate ED A0 80") << bytesOf({0xED, 0xA0, 0x80}) << false << false;
    QTest::newRow("surrogate ED BF BF") << bytesOf({0xED, 0xBF, 0xBF}) << false << false;
    QTest::newRow("above U+10FFFF F4 90 80 80") << bytesOf({0xF4, 0x90, 0x80, 0x80}) << false << false;
    QTest::newRow("lead F5") << bytesOf({0xF5, 0x80, 0x80, 0x80}) << false << false;
    QTest::newRow("byte FE") << bytesOf({0xFE}) << false << false;
    QTest::newRow("byte FF") << bytesOf({0xFF}) << false << false;
    QTest::newRow("lone continuation 80") << bytesOf({0x80}) << false << false;
    QTest::newRow("lone continuation BF") << bytesOf({0xBF}) << false << false;
    QTest::newRow("lead then ascii") << bytesOf({0xC3, 0x41}) << false << false;
    QTest::newRow("3-byte lead then ascii") << bytesOf({0xE2, 0x82, 0x41}) << false << false;
    QTest::newRow("bad byte after fast path")
        << (QByteArray("abcdefgh") + bytesOf({0xC0, 0x80})) << false << false;
    QTest::newRow("bad byte inside ascii run")
        << (QByteArray("abcdefghij") + bytesOf({0xFF}) + QByteArray("klmnopqrstuv")) << false << false;

    // Truncated sequences are not wrong yet, only unfinished.
    QTest::newRow("truncated 2-byte") << bytesOf({0xC3}) << true << false;
    QTest::newRow("truncated 3-byte after 1") << bytesOf({0xE2}) << true << false;
    QTest::newRow("truncated 3-byte after 2") << bytesOf({0xE2, 0x82}) << true << false;
    QTest::newRow("truncated 4-byte after 3") << bytesOf({0xF0, 0x9F, 0x98}) << true << false;
    QTest::newRow("truncated after fast path") << (QByteArray("abcdefgh") + bytesOf({0xF0, 0x9F})) << true << false;
}

void tst_Utf8Validator::validate()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, feedOk);
    QFETCH(bool, complete);

    Utf8Validator validator;
    QCOMPARE(validator.feed(input.constData(), input.size()), feedOk);
    QCOMPARE(validator.isComplete(), complete);
    QCOMPARE(Utf8Validator::isValid(input.constData(), input.size()), feedOk && complete);
}

void tst_Utf8Validator::splitAtEveryByte_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("2-byte") << bytesOf({0xC3, 0xA9});
    QTest::newRow("3-byte") << bytesOf({0xE2, 0x82, 0xAC});
    QTest::newRow("4-byte") << bytesOf({0xF0, 0x9F, 0x98, 0x80});
    QTest::newRow("mixed with ascii runs")
        << (QByteArray("abcdefghij") + bytesOf({0xC3, 0xA9}) + QByteArray("klm")
            + bytesOf({0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xF4, 0x8F, 0xBF, 0xBF})
            + QByteArray("nopqrstuvwxyz0123"));
}

// A valid string cut into two feeds at any byte stays valid.
void tst_Utf8Validator::splitAtEveryByte()
{
    QFETCH(QByteArray, input);

    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        Utf8Validator validator;
        QVERIFY2(validator.feed(input.constData(), cut), qPrintable(QStringLiteral("cut %1").arg(cut)));
        QVERIFY2(validator.feed(input.constData() + cut, input.size() - cut),
                 qPrintable(QStringLiteral("cut %1").arg(cut)));
        QVERIFY2(validator.isComplete(), qPrintable(QStringLiteral("cut %1").arg(cut)));
    }

    Utf8Validator oneByOne;
    for (qsizetype i = 0; i < input.size(); ++i)
        QVERIFY(oneByOne.feed(input.constData() + i, 1));
    QVERIFY(oneByOne.isComplete());
}

void tst_Utf8Validator::completeOnlyOnCharacterBoundaries()
{
    // "a" U+00E9 U+20AC U+1F600 "b": boundaries after bytes 1, 3, 6, 10, 11.
    const QByteArray input = QByteArray("a") + bytesOf({0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80})
        + QByteArray("b");
    const QList<bool> expected = {true, false, true, false, false, true, false, false, false, true, true};
    QCOMPARE(input.size(), expected.size());

    Utf8Validator validator;
    for (qsizetype i = 0; i < input.size(); ++i) {
        QVERIFY(validator.feed(input.constData() + i, 1));
        QCOMPARE(validator.isComplete(), expected.at(i));
    }
}

void tst_Utf8Validator::invalidSplitAtEveryByte_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("overlong E0 80 80") << bytesOf({0xE0, 0x80, 0x80});
    QTest::newRow("surrogate ED A0 80") << bytesOf({0xED, 0xA0, 0x80});
    QTest::newRow("above U+10FFFF") << bytesOf({0xF4, 0x90, 0x80, 0x80});
    QTest::newRow("ascii cuts a sequence") << (QByteArray("abcdefghijk") + bytesOf({0xF0, 0x9F, 0x41}));
}

// However an invalid string is cut, one of the two feeds fails.
void tst_Utf8Validator::invalidSplitAtEveryByte()
{
    QFETCH(QByteArray, input);

    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        Utf8Validator validator;
        const bool first = validator.feed(input.constData(), cut);
        const bool second = validator.feed(input.constData() + cut, input.size() - cut);
        QVERIFY2(!(first && second), qPrintable(QStringLiteral("cut %1").arg(cut)));
        QVERIFY2(!second, qPrintable(QStringLiteral("cut %1: a failed validator must keep failing").arg(cut)));
        QVERIFY(!validator.isComplete());
    }
}

void tst_Utf8Validator::rejectIsSticky()
{
    Utf8Validator validator;
    const QByteArray bad = bytesOf({0xC0, 0x80});
    QVERIFY(!validator.feed(bad.constData(), bad.size()));
    const QByteArray ascii("plain ascii after the error");
    QVERIFY(!validator.feed(ascii.constData(), ascii.size()));
    QVERIFY(!validator.feed(nullptr, 0));
    QVERIFY(!validator.isComplete());
}

void tst_Utf8Validator::resetAcceptsAgain()
{
    Utf8Validator validator;
    const QByteArray bad = bytesOf({0xFF});
    QVERIFY(!validator.feed(bad.constData(), bad.size()));
    validator.reset();
    QVERIFY(validator.isComplete());
    const QByteArray good = bytesOf({0xE2, 0x82, 0xAC});
    QVERIFY(validator.feed(good.constData(), good.size()));
    QVERIFY(validator.isComplete());

    // reset() also drops an unfinished sequence.
    QVERIFY(validator.feed(good.constData(), 1));
    QVERIFY(!validator.isComplete());
    validator.reset();
    QVERIFY(validator.isComplete());
    QVERIFY(validator.feed("x", 1));
    QVERIFY(validator.isComplete());
}

QTEST_GUILESS_MAIN(tst_Utf8Validator)
#include "tst_utf8validator.moc"
