#pragma once
// A fixture of tests/layers: analytics using only what is below it.
#include "analytics/Leaky.h" // same layer: allowed
#include "domain/Value.h"

#include <vector>
