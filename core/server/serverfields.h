#pragma once

#include "serversettings.h"

#include "settings/numberfield.h"

namespace Sockscope {

// The numbers of ServerSettings that have a range of their own (the port is read with the
// host; limits and heartbeat have tables of their own).
const NumberFields<ServerSettings> &serverFields();

} // namespace Sockscope
