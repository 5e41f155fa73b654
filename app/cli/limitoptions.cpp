#include "limitoptions.h"

#include "fieldoptions.h"
#include "limits/limitfields.h"

#include "optionparsing.h"

#include <QCommandLineParser>

namespace Sockscope {

void LimitOptions::addTo(QCommandLineParser *parser)
{
    const LimitSettings d;
    FieldOptions::addTo(parser, limitFields());
    parser->addOptions({
        {QStringLiteral("on-queue-full"), tr("When the send queue is full: wait (pause what Sockscope sends from, and stop reading a peer whose answers wait; what cannot pause is refused), reject, drop-oldest or close (default %1).").arg(overflowPolicyName(d.overflowPolicy)), tr("policy")},
    });
}

bool LimitOptions::read(const QCommandLineParser &parser, LimitSettings *limits, QString *error)
{
    if (!FieldOptions::read(parser, limitFields(), limits, error))
        return false;
    if (parser.isSet(QStringLiteral("on-queue-full"))
        && !overflowPolicyFromName(parser.value(QStringLiteral("on-queue-full")), &limits->overflowPolicy)) {
        *error = tr("--on-queue-full takes wait, reject, drop-oldest or close");
        return false;
    }
    return true;
}

} // namespace Sockscope
