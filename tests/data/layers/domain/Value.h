#pragma once
// A fixture of tests/layers.
