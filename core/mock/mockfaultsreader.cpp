#include "mockfaultsreader.h"

#include "mockconfigloader.h"

#include "protocol/closecode.h"

#include <limits>

namespace Sockscope {

namespace {

using Need = JsonReader::Need;

constexpr int kMaxCloseReasonBytes = 123; // RFC 6455: a close frame's payload is at most 125 bytes

} // namespace

bool MockFaultsReader::read(const JsonReader &reader, MockFaults *faults)
{
    const JsonReader closeCode = reader.member(QStringLiteral("closeCode"));
    const JsonReader closeReason = reader.member(QStringLiteral("closeReason"));
    qint64 seed = 0;
    if (!reader.members({QStringLiteral("latencyMs"), QStringLiteral("dropRate"), QStringLiteral("malformedRate"),
                         QStringLiteral("oversizedRate"), QStringLiteral("oversizedBytes"),
                         QStringLiteral("closeAfterMessages"), QStringLiteral("closeCode"), QStringLiteral("closeReason"),
                         QStringLiteral("ignorePings"), QStringLiteral("methods"), QStringLiteral("seed")})
        || !readLatency(reader.member(QStringLiteral("latencyMs")), faults)
        || !reader.member(QStringLiteral("dropRate")).number(&faults->dropRate, 0, 1)
        || !reader.member(QStringLiteral("malformedRate")).number(&faults->malformedRate, 0, 1)
        || !reader.member(QStringLiteral("oversizedRate")).number(&faults->oversizedRate, 0, 1)
        || !reader.member(QStringLiteral("oversizedBytes")).integer(&faults->oversizedBytes, 1, MockConfigLoader::MaxOversizedBytes)
        || !reader.member(QStringLiteral("closeAfterMessages"))
                .integer(&faults->closeAfterMessages, 0, std::numeric_limits<int>::max())
        || !closeCode.integer(&faults->closeCode, 1000, 4999) || !closeReason.string(&faults->closeReason)
        || !reader.member(QStringLiteral("ignorePings")).boolean(&faults->ignorePings)
        || !reader.member(QStringLiteral("methods")).stringList(&faults->methods, Need::Optional, JsonReader::Empty::Refused)
        || !reader.member(QStringLiteral("seed")).integer(&seed, 0, qint64(1) << 53))
        return false;
    if (!CloseCode::isSendable(faults->closeCode))
        return closeCode.fail(MockConfigLoader::tr("%1 is not a close code that may be sent").arg(faults->closeCode));
    if (faults->closeReason.toUtf8().size() > kMaxCloseReasonBytes)
        return closeReason.fail(MockConfigLoader::tr("must be at most 123 bytes of UTF-8"));
    faults->seed = quint64(seed);
    return true;
}

bool MockFaultsReader::readLatency(const JsonReader &reader, MockFaults *faults)
{
    if (reader.isMissing())
        return true;
    if (reader.value().isDouble()) {
        if (!reader.integer(&faults->latencyMinMs, 0, MockConfigLoader::MaxDelayMs))
            return false;
        faults->latencyMaxMs = faults->latencyMinMs;
        return true;
    }
    if (!reader.value().isArray() || reader.value().toArray().size() != 2)
        return reader.fail(MockConfigLoader::tr("must be a number of milliseconds or a range [min, max]"));
    int low = 0;
    int high = 0;
    if (!reader.item(0).integer(&low, 0, MockConfigLoader::MaxDelayMs, Need::Required)
        || !reader.item(1).integer(&high, 0, MockConfigLoader::MaxDelayMs, Need::Required))
        return false;
    if (high < low)
        return reader.item(1).fail(MockConfigLoader::tr("must not be less than the first number, %1").arg(low));
    faults->latencyMinMs = low;
    faults->latencyMaxMs = high;
    return true;
}

} // namespace Sockscope
