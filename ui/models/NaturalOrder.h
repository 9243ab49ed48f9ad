#pragma once

// The natural order of names lives in core/common (the PDFs use it too); the
// ui spells it as before.
#include "common/NaturalOrder.h"

namespace fb::ui {

using fb::naturalLess;
using fb::naturalSortKey;

} // namespace fb::ui
