#include "mockoptions.h"

#include "optionparsing.h"

#include "mock/mockconfigloader.h"
#include "protocol/closecode.h"

#include <QCommandLineParser>

namespace Sockscope {

namespace {

bool readRate(const QCommandLineParser &parser, const QString &name, double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value >= 0 && value <= 1)) { // NaN fails both comparisons
        *error = MockOptions::tr("--%1 takes a share from 0 to 1, not \"%2\"").arg(name, parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

void MockOptions::addTo(QCommandLineParser *parser)
{
    const MockFaults d;
    parser->addOptions({
        {QStringLiteral("latency"), tr("Fault: delay every answer by MS milliseconds, or by a random time in MIN-MAX."), tr("ms")},
        {QStringLiteral("drop-rate"), tr("Fault: never send this share of the answers, 0 to 1 (default %1).").arg(d.dropRate), tr("share")},
        {QStringLiteral("malformed-rate"), tr("Fault: send this share of the answers as malformed JSON, 0 to 1 (default %1).").arg(d.malformedRate), tr("share")},
        {QStringLiteral("oversized-rate"), tr("Fault: pad this share of the answers to --oversized-bytes, 0 to 1 (default %1).").arg(d.oversizedRate), tr("share")},
        {QStringLiteral("oversized-bytes"), tr("The size of a padded answer (default %1).").arg(d.oversizedBytes), tr("bytes")},
        {QStringLiteral("close-after"), tr("Fault: close each connection after N messages from its client; 0 = never (default %1).").arg(d.closeAfterMessages), tr("n")},
        {QStringLiteral("close-code"), tr("The close code of --close-after (default %1).").arg(d.closeCode), tr("code")},
        {QStringLiteral("ignore-pings"), tr("Fault: stop answering RFC 6455 pings.")},
        {QStringLiteral("fault-method"), tr("Apply latency, drops, malformed and oversized answers only to this method (repeatable; default: every method)."), tr("method")},
        {QStringLiteral("fault-seed"), tr("Seed of the random fault draws, for runs that repeat exactly; 0 = random (default %1).").arg(d.seed), tr("n")},
    });
}

bool MockOptions::read(const QCommandLineParser &parser, MockFaults *faults, QString *error)
{
    if (parser.isSet(QStringLiteral("latency"))) {
        const QString text = parser.value(QStringLiteral("latency"));
        const QStringList parts = text.split(QLatin1Char('-'));
        bool okLow = false;
        bool okHigh = false;
        const int low = parts.value(0).trimmed().toInt(&okLow);
        const int high = parts.size() == 2 ? parts.at(1).trimmed().toInt(&okHigh) : low;
        if (parts.size() == 1)
            okHigh = okLow;
        if (parts.size() > 2 || !okLow || !okHigh || low < 0 || high < low || high > MockConfigLoader::MaxDelayMs) {
            *error = tr("--latency takes milliseconds (200) or a range (100-500), not \"%1\"").arg(text);
            return false;
        }
        faults->latencyMinMs = low;
        faults->latencyMaxMs = high;
    }
    if (!readRate(parser, QStringLiteral("drop-rate"), &faults->dropRate, error)
        || !readRate(parser, QStringLiteral("malformed-rate"), &faults->malformedRate, error)
        || !readRate(parser, QStringLiteral("oversized-rate"), &faults->oversizedRate, error))
        return false;
    double oversized = double(faults->oversizedBytes);
    int closeAfter = faults->closeAfterMessages;
    int closeCode = faults->closeCode;
    double seed = double(faults->seed);
    if (!OptionParsing::readNumber(parser, QStringLiteral("oversized-bytes"), 1, &oversized, error)
        || !OptionParsing::readInt(parser, QStringLiteral("close-after"), 0, &closeAfter, error)
        || !OptionParsing::readInt(parser, QStringLiteral("close-code"), 1000, &closeCode, error)
        || !OptionParsing::readNumber(parser, QStringLiteral("fault-seed"), 0, &seed, error))
        return false;
    if (oversized > double(MockConfigLoader::MaxOversizedBytes)) {
        *error = tr("--oversized-bytes takes at most %1").arg(MockConfigLoader::MaxOversizedBytes);
        return false;
    }
    if (!CloseCode::isSendable(closeCode)) {
        *error = tr("--close-code: %1 is not a close code that may be sent").arg(closeCode);
        return false;
    }
    faults->oversizedBytes = qint64(oversized);
    faults->closeAfterMessages = closeAfter;
    faults->closeCode = quint16(closeCode);
    faults->seed = quint64(seed);
    if (parser.isSet(QStringLiteral("ignore-pings")))
        faults->ignorePings = true;
    if (parser.isSet(QStringLiteral("fault-method")))
        faults->methods = parser.values(QStringLiteral("fault-method"));
    return true;
}

} // namespace Sockscope
