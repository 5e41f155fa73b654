#pragma once

#include "clientsettings.h"

#include "settings/numberfield.h"

namespace Sockscope {

// The numbers of ClientSettings (limits, heartbeat and reconnect have tables of their own).
const NumberFields<ClientSettings> &clientFields();

} // namespace Sockscope
