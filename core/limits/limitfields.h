#pragma once

#include "limitsettings.h"

#include "settings/numberfield.h"

namespace Sockscope {

// The numbers of LimitSettings (the overflow policy is a choice of its own).
const NumberFields<LimitSettings> &limitFields();

} // namespace Sockscope
