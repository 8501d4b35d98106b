#include "noshowtrainer.h"

#include "classifierquality.h"

#include <QCoreApplication>

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numeric>

namespace routiq {

namespace {

void quiet(const char *) {}

// liblinear prints its progress to stdout unless told otherwise; it is a process-wide setting.
void silenceLiblinear()
{
    static std::once_flag once;
    std::call_once(once, [] { set_print_string_function(&quiet); });
}

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

// One liblinear problem over rows [begin, end) of `x` / `y`, with the bias column appended by
// the caller (liblinear expects it inside each row).
struct Fit
{
    std::vector<double> w; // oriented: positive = missed
    double bias = 0;
    bool ok = false;
};

Fit fitLogistic(std::vector<feature_node *> &x, std::vector<double> &y, size_t begin, size_t end,
                int columns, double C)
{
    problem prob{};
    prob.l = int(end - begin);
    prob.n = columns + 1; // + the bias column
    prob.y = y.data() + begin;
    prob.x = x.data() + begin;
    prob.bias = 1.0;
    parameter param{};
    param.solver_type = L2R_LR;
    param.C = C;
    param.eps = 0.01;
    param.p = 0.1;
    Fit fit;
    if (check_parameter(&prob, &param) != nullptr)
        return fit;
    model *m = ::train(&prob, &param);
    if (!m)
        return fit;
    // Binary models keep one weight vector for label[0].
    const double sign = m->label[0] == 1 ? 1.0 : -1.0;
    fit.w.resize(size_t(columns));
    for (int j = 0; j < columns; ++j)
        fit.w[size_t(j)] = sign * m->w[j];
    fit.bias = sign * m->w[columns] * prob.bias;
    fit.ok = true;
    free_and_destroy_model(&m);
    return fit;
}

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("routiq::NoShowTrainer", text, nullptr, n);
}

} // namespace

NoShowTrainer::Result NoShowTrainer::train(std::vector<BookingRecord> &rows, qint64 nowMs,
                                           const Options &options)
{
    silenceLiblinear();
    Result result;
    result.info.status = NoShowModelInfo::Status::InsufficientHistory;
    std::sort(rows.begin(), rows.end(), &BookingContextWalk::timeOrder);

    // What the history holds before now.
    int outcomes = 0, noShows = 0, seen = 0, late = 0;
    std::vector<qint64> outcomeStarts;
    for (const BookingRecord &r : rows) {
        if (r.startsAtMs >= nowMs || r.deleted)
            continue;
        ++seen;
        late += r.isLateCancellation() ? 1 : 0;
        if (r.hasOutcome()) {
            ++outcomes;
            noShows += r.didNotArrive ? 1 : 0;
            outcomeStarts.push_back(r.startsAtMs);
        }
    }
    result.info.trainingBookings = outcomes;
    result.info.trainingNoShows = noShows;
    result.info.baseRate = outcomes > 0 ? double(noShows) / outcomes : 0.0;
    if (outcomes < options.minOutcomes || noShows < options.minNoShows) {
        QStringList missing;
        if (outcomes < options.minOutcomes)
            missing
                << tr("needs %1 marked bookings (has %2)").arg(options.minOutcomes).arg(outcomes);
        if (noShows < options.minNoShows)
            missing << tr("needs %1 no-shows (has %2)").arg(options.minNoShows).arg(noShows);
        result.info.missing = missing.join(QStringLiteral("; "));
        return result;
    }

    // Only the most recent outcomes train, to bound time and memory on large clinics.
    qint64 cutoff = std::numeric_limits<qint64>::min();
    if (int(outcomeStarts.size()) > options.maxTrainingRows) {
        const auto nth = outcomeStarts.end() - options.maxTrainingRows;
        std::nth_element(outcomeStarts.begin(), nth, outcomeStarts.end());
        cutoff = *nth;
    }
    outcomeStarts = {};

    // Layout: the clinic's common types and practitioners among the outcomes.
    QHash<RecordId, int> typeCounts, practitionerCounts;
    for (const BookingRecord &r : rows)
        if (r.startsAtMs < nowMs && r.startsAtMs >= cutoff && r.hasOutcome()) {
            ++typeCounts[r.appointmentTypeId];
            ++practitionerCounts[r.practitionerId];
        }
    NoShowFeatureLayout::Priors priors;
    priors.missRate = std::clamp(result.info.baseRate, 1e-3, 0.999);
    priors.lateCancelRate = std::clamp(seen > 0 ? double(late) / seen : 0.0, 1e-3, 0.5);
    NoShowModel model;
    model.layout = NoShowFeatureLayout::build(typeCounts, practitionerCounts, priors);
    const int columns = model.layout.columnCount();

    // Features of every outcome, as known at its own start.
    struct Example
    {
        qint64 startsAtMs;
        RecordId id;
        size_t firstNode;
        bool missed;
    };
    // Sized up front: a million-row clinic must not briefly hold two copies while they grow.
    const size_t wanted = size_t(std::min(outcomes, options.maxTrainingRows));
    std::vector<Example> examples;
    examples.reserve(wanted);
    std::vector<feature_node> nodes;
    nodes.reserve(wanted * size_t(kRiskFactorCount + 4)); // ≤ 1 node per factor + 2 + bias + end
    std::vector<FeatureValue> scratch;
    const auto wants = [nowMs, cutoff](const BookingRecord &r) {
        return r.startsAtMs < nowMs && r.startsAtMs >= cutoff && r.hasOutcome();
    };
    const auto visit = [&](const BookingRecord &r, const BookingContext &c) {
        scratch.clear();
        model.layout.encode(c, scratch);
        examples.push_back({r.startsAtMs, r.id, nodes.size(), r.didNotArrive});
        for (const FeatureValue &f : scratch)
            nodes.push_back({f.column + 1, f.value});
        nodes.push_back({columns + 1, 1.0}); // bias
        nodes.push_back({-1, 0.0});
    };
    const auto cancelled = [&options] {
        return options.cancel && options.cancel->load(std::memory_order_relaxed);
    };
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j < rows.size() && rows[j].patientId == rows[i].patientId)
            ++j;
        BookingContextWalk::walk(std::span<const BookingRecord>(rows.data() + i, j - i), nowMs,
                                 wants, visit);
        i = j;
        if (cancelled()) {
            result.info.missing = tr("the training was stopped");
            return result;
        }
    }

    // The rows are not needed any more: free them before liblinear allocates its own.
    rows.clear();
    rows.shrink_to_fit();

    // Time order decides the splits: the model is judged on weeks it has not seen.
    std::sort(examples.begin(), examples.end(), [](const Example &a, const Example &b) {
        return a.startsAtMs != b.startsAtMs ? a.startsAtMs < b.startsAtMs : a.id < b.id;
    });
    const size_t n = examples.size();
    const size_t trainEnd = size_t(double(n) * options.trainShare);
    const size_t calibrationEnd =
        size_t(double(n) * (options.trainShare + options.calibrationShare));
    std::vector<feature_node *> x(n);
    std::vector<double> y(n);
    for (size_t i = 0; i < n; ++i) {
        x[i] = nodes.data() + examples[i].firstNode;
        y[i] = examples[i].missed ? 1.0 : -1.0;
    }
    const auto hasBoth = [&](size_t begin, size_t end) {
        bool pos = false, neg = false;
        for (size_t i = begin; i < end; ++i)
            (examples[i].missed ? pos : neg) = true;
        return pos && neg;
    };
    if (!hasBoth(0, trainEnd) || !hasBoth(trainEnd, calibrationEnd) ||
        !hasBoth(calibrationEnd, n)) {
        result.info.missing = tr("the most recent weeks hold too few no-shows to check a model");
        return result;
    }

    const Fit fit = fitLogistic(x, y, 0, trainEnd, columns, options.regularisation);
    if (!fit.ok) {
        result.info.missing = tr("the model could not be trained on this history");
        return result;
    }
    model.weights = fit.w;
    model.bias = fit.bias;

    // Platt scaling: a one-feature logistic regression on the raw score, on held-out weeks.
    const auto raw = [&](size_t i) {
        double z = model.bias;
        for (const feature_node *f = x[i]; f->index != -1; ++f)
            if (f->index <= columns)
                z += model.weights[size_t(f->index - 1)] * f->value;
        return z;
    };
    std::vector<feature_node> plattNodes;
    plattNodes.reserve((calibrationEnd - trainEnd) * 3);
    for (size_t i = trainEnd; i < calibrationEnd; ++i) {
        plattNodes.push_back({1, raw(i)});
        plattNodes.push_back({2, 1.0});
        plattNodes.push_back({-1, 0.0});
    }
    std::vector<feature_node *> px(calibrationEnd - trainEnd);
    for (size_t i = 0; i < px.size(); ++i)
        px[i] = plattNodes.data() + 3 * i;
    std::vector<double> py(y.begin() + qsizetype(trainEnd), y.begin() + qsizetype(calibrationEnd));
    const Fit platt = fitLogistic(px, py, 0, px.size(), 1, 1000.0);
    if (!platt.ok) {
        result.info.missing = tr("the model could not be calibrated on this history");
        return result;
    }
    model.plattA = platt.w[0];
    model.plattB = platt.bias;

    // Quality on the most recent weeks, never used for fitting.
    std::vector<double> p;
    std::vector<bool> labels;
    for (size_t i = calibrationEnd; i < n; ++i) {
        p.push_back(sigmoid(model.plattA * raw(i) + model.plattB));
        labels.push_back(examples[i].missed);
    }
    int fittedMissed = 0;
    for (size_t i = 0; i < calibrationEnd; ++i)
        fittedMissed += examples[i].missed ? 1 : 0;
    const double fittedRate = double(fittedMissed) / double(calibrationEnd);

    NoShowModelInfo &info = result.info;
    info.status = NoShowModelInfo::Status::Ready;
    info.trainedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    info.trainingBookings = int(n);
    info.trainingNoShows = int(
        std::count_if(examples.begin(), examples.end(), [](const Example &e) { return e.missed; }));
    info.baseRate = double(info.trainingNoShows) / double(n);
    info.validationBookings = int(n - calibrationEnd);
    info.validationAuc = ClassifierQuality::auc(p, labels);
    info.brierScore = ClassifierQuality::brier(p, labels);
    info.brierSkill = ClassifierQuality::brierSkill(p, labels, fittedRate);
    info.missing.clear();
    model.info = info;

    // The reference point of the reasons: the training rows' mean, moved to score the base rate.
    std::vector<double> means(size_t(columns), 0.0);
    for (size_t i = 0; i < trainEnd; ++i)
        for (const feature_node *f = x[i]; f->index != -1; ++f)
            if (f->index <= columns)
                means[size_t(f->index - 1)] += f->value;
    for (double &m : means)
        m /= double(trainEnd);
    model.setReference(means);
    result.model = std::move(model);
    return result;
}

} // namespace routiq
