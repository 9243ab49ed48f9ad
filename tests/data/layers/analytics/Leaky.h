#pragma once
// A fixture of tests/layers: analytics reaching up into the store.
#include "domain/Value.h"
#include "store/Database.h"
