#include "analytics/ClusterOls.h"

#include <QCoreApplication>

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::ClusterOls)
};

using Matrix = std::vector<std::vector<double>>;

// Gauss-Jordan inverse with partial pivoting. A pivot that is tiny next to
// its column's original diagonal means the column is (nearly) a combination
// of the columns before it: returns that column's index, or -1 when inverted.
int invert(Matrix a, Matrix& inv)
{
    const size_t k = a.size();
    inv.assign(k, std::vector<double>(k, 0.0));
    std::vector<double> scale(k);
    for (size_t i = 0; i < k; ++i) {
        inv[i][i] = 1.0;
        scale[i] = std::abs(a[i][i]);
    }
    for (size_t col = 0; col < k; ++col) {
        size_t best = col;
        for (size_t r = col + 1; r < k; ++r)
            if (std::abs(a[r][col]) > std::abs(a[best][col]))
                best = r;
        if (!(std::abs(a[best][col]) > 1e-10 * scale[col]) || scale[col] == 0)
            return static_cast<int>(col);
        std::swap(a[col], a[best]);
        std::swap(inv[col], inv[best]);
        const double pivot = a[col][col];
        for (size_t j = 0; j < k; ++j) {
            a[col][j] /= pivot;
            inv[col][j] /= pivot;
        }
        for (size_t r = 0; r < k; ++r) {
            if (r == col || a[r][col] == 0)
                continue;
            const double f = a[r][col];
            for (size_t j = 0; j < k; ++j) {
                a[r][j] -= f * a[col][j];
                inv[r][j] -= f * inv[col][j];
            }
        }
    }
    return -1;
}

// Checks the rows and solves the normal equations; what both entry points
// share. The coefficients alone exist from N = K on; their errors need N > K.
struct Solved {
    std::vector<double> beta;
    Matrix bread; // (X'X)^-1
    qint64 n = 0;
};

Result<Solved> solve(const std::vector<OlsRow>& rows, bool needResidualDf)
{
    if (rows.empty())
        return Error::plain(Tr::tr("no observations to fit"));
    const size_t k = rows.front().x.size();
    if (k == 0)
        return Error::plain(Tr::tr("no regressors to fit"));
    Solved out;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].x.size() != k)
            return Error::plain(
                Tr::tr("row %1 has %2 regressors where row 1 has %3").arg(i + 1).arg(rows[i].x.size()).arg(k));
        out.n += std::max<qint64>(rows[i].count, 0);
    }
    if (out.n < static_cast<qint64>(k) || (needResidualDf && out.n == static_cast<qint64>(k)))
        return Error::plain(Tr::tr("%1 observations for %2 coefficients: the fit needs more observations than "
                                   "coefficients")
                                .arg(out.n)
                                .arg(k));
    // X'X and X'y from the rows; each observation of a row has the same x.
    Matrix xtx(k, std::vector<double>(k, 0.0));
    std::vector<double> xty(k, 0.0);
    for (const auto& r : rows) {
        if (r.count <= 0)
            continue;
        const auto c = static_cast<double>(r.count);
        for (size_t i = 0; i < k; ++i) {
            xty[i] += r.x[i] * r.sumY;
            for (size_t j = 0; j < k; ++j)
                xtx[i][j] += c * r.x[i] * r.x[j];
        }
    }
    if (const int bad = invert(xtx, out.bread); bad >= 0)
        return Error::plain(Tr::tr("regressor %1 is a combination of the others (or never varies): its effect "
                                   "cannot be told apart, so nothing is estimated")
                                .arg(bad + 1));
    out.beta.assign(k, 0.0);
    for (size_t i = 0; i < k; ++i)
        for (size_t j = 0; j < k; ++j)
            out.beta[i] += out.bread[i][j] * xty[j];
    return out;
}

} // namespace

Result<std::vector<double>> olsCoefficients(const std::vector<OlsRow>& rows)
{
    auto solved = solve(rows, false);
    if (!solved)
        return solved.error();
    return solved.value().beta;
}

Result<ClusterOlsFit> clusterOls(const std::vector<OlsRow>& rows)
{
    std::map<qint64, size_t> clusterIndex;
    for (const auto& r : rows)
        if (r.count > 0)
            clusterIndex.emplace(r.cluster, clusterIndex.size());
    const auto g = static_cast<qint64>(clusterIndex.size());
    if (!rows.empty() && g < 2)
        return Error::plain(
            Tr::tr("%1 cluster(s): cluster-robust errors need at least 2, so there is no interval or p value").arg(g));
    auto solved = solve(rows, true);
    if (!solved)
        return solved.error();
    const size_t k = rows.front().x.size();
    const qint64 n = solved.value().n;
    const Matrix& bread = solved.value().bread;
    const std::vector<double>& beta = solved.value().beta;

    // Each cluster's score X_g'e_g = sum over its rows of x (sumY - count x'beta).
    Matrix scores(clusterIndex.size(), std::vector<double>(k, 0.0));
    for (const auto& r : rows) {
        if (r.count <= 0)
            continue;
        double fitted = 0;
        for (size_t i = 0; i < k; ++i)
            fitted += r.x[i] * beta[i];
        const double resid = r.sumY - static_cast<double>(r.count) * fitted;
        auto& s = scores[clusterIndex.at(r.cluster)];
        for (size_t i = 0; i < k; ++i)
            s[i] += r.x[i] * resid;
    }
    // Rounding leaves residuals of about 1e-16 of the outcome's size where the
    // fit is exact; a standard error that small is no variation, not evidence.
    double yScale = 0;
    for (const auto& r : rows)
        if (r.count > 0)
            yScale = std::max(yScale, std::abs(r.sumY) / static_cast<double>(r.count));
    Matrix meat(k, std::vector<double>(k, 0.0));
    for (const auto& s : scores)
        for (size_t i = 0; i < k; ++i)
            for (size_t j = 0; j < k; ++j)
                meat[i][j] += s[i] * s[j];
    const double gd = static_cast<double>(g);
    const double nd = static_cast<double>(n);
    const double factor = gd / (gd - 1.0) * (nd - 1.0) / (nd - static_cast<double>(k));

    ClusterOlsFit fit;
    fit.observations = n;
    fit.clusters = g;
    fit.df = static_cast<int>(g - 1);
    const boost::math::students_t dist(static_cast<double>(fit.df));
    const double q = boost::math::quantile(dist, 0.975);
    for (size_t i = 0; i < k; ++i) {
        // Diagonal of bread * meat * bread.
        double v = 0;
        for (size_t a = 0; a < k; ++a)
            for (size_t b = 0; b < k; ++b)
                v += bread[i][a] * meat[a][b] * bread[b][i];
        OlsTerm term;
        term.estimate = beta[i];
        term.se = std::sqrt(std::max(0.0, factor * v));
        if (term.se <= 1e-12 * yScale)
            term.se = 0;
        term.low = beta[i] - q * term.se;
        term.high = beta[i] + q * term.se;
        if (term.se > 0) {
            term.t = beta[i] / term.se;
            term.p = 2.0 * boost::math::cdf(boost::math::complement(dist, std::abs(*term.t)));
        }
        fit.terms.push_back(term);
    }
    return fit;
}

} // namespace fb::analytics
