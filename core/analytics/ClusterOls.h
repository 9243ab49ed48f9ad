#pragma once

// Ordinary least squares with cluster-robust standard errors (docs/friction-to-flow.md,
// "How a comparison is computed"). The one method every comparison of
// interactions uses: interactions of one agent are not independent, so the
// variance of the coefficients is the CR1 sandwich
//   V = c (X'X)^-1 [ sum_g (X_g' e_g)(X_g' e_g)' ] (X'X)^-1,
//   c = G/(G-1) * (N-1)/(N-K)
// with G clusters, N observations and K regressors, and intervals and p
// values use Student's t with G-1 degrees of freedom. This is what
// statsmodels' OLS(...).fit(cov_type="cluster", cov_kwds={"groups": g}, use_t=True) computes.
//
// Rows may stand for several observations that share their regressors and
// cluster (count and the sum of their outcomes): X'X, X'y and each cluster's
// X_g'e_g need nothing else, so a scan of a million interactions can be
// reduced to a few cells per agent and still give the exact individual-level fit.
#include "common/Error.h"

#include <QtGlobal>

#include <optional>
#include <vector>

namespace fb::analytics {

struct OlsRow final {
    std::vector<double> x; // the K regressors (an intercept is a column of 1s here)
    double sumY = 0;       // sum of the outcome over the row's observations
    qint64 count = 1;      // observations with these regressors in this cluster
    qint64 cluster = 0;    // the cluster (agent, team) the observations belong to
};

struct OlsTerm final {
    double estimate = 0;
    double se = 0;  // cluster-robust, with the small-sample factor
    double low = 0; // 95% interval, t with G-1 df
    double high = 0;
    std::optional<double> t; // estimate / se; empty when se = 0 (no variation to test against)
    std::optional<double> p; // two-sided, t with G-1 df; empty when se = 0
};

struct ClusterOlsFit final {
    std::vector<OlsTerm> terms; // one per regressor, in the order of OlsRow::x
    qint64 observations = 0;    // N
    qint64 clusters = 0;        // G
    int df = 0;                 // G - 1
};

// The least-squares coefficients alone (no clusters needed), in the order of
// OlsRow::x; refused when there are no rows, rows differ in length, N < K or
// the regressors are collinear (N = K is an exact fit). For a point estimate where an interval is undefined.
Result<std::vector<double>> olsCoefficients(const std::vector<OlsRow>& rows);

// The fit; refused with a reason when it is undefined: no rows, rows of
// different lengths, fewer than two clusters, N <= K, or regressors that are
// collinear (a column that is a combination of the others, or constant zero).
Result<ClusterOlsFit> clusterOls(const std::vector<OlsRow>& rows);

} // namespace fb::analytics
