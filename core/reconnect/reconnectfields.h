#pragma once

#include "reconnectsettings.h"

#include "settings/numberfield.h"

namespace Sockscope {

// The numbers of ReconnectSettings (`enabled` is a switch of its own).
const NumberFields<ReconnectSettings> &reconnectFields();

} // namespace Sockscope
