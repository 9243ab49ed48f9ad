#pragma once

class QValueAxis;

namespace fb::ui::charts {

// A value axis whose ticks are round numbers (0, 20, 40 … or 68, 70, 72 …),
// never the data's own limits split in equal parts (68.3, 70.3 …).
struct NiceRange final {
    double min = 0;
    double max = 1;
    double step = 0.2; // 1, 2, 2.5 or 5 times a power of ten
};

// The smallest range of whole steps around [lo, hi] with about `intervals`
// steps; equal lo and hi get one step either side.
NiceRange niceRange(double lo, double hi, int intervals = 4);

// Applies niceRange to an axis: ticks at every step from min, labels with
// as many decimals as the step needs.
void setNiceRange(QValueAxis* axis, double lo, double hi, int intervals = 4);

} // namespace fb::ui::charts
