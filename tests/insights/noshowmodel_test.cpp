// The no-show model (issue 12): no leakage, reasons that add up, honest minimums, ranking and
// calibration on histories whose non-attendance follows known factors.
#include "simulatorhistory.h"
#include "syntheticclinic.h"

#include "insights/bookingcontext.h"
#include "insights/classifierquality.h"
#include "insights/noshowengine.h"
#include "insights/noshowtrainer.h"
#include "simulator/clinicgenerator.h"

#include <catch2/catch.hpp>

#include <linear.h>

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace routiq;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const qint64 kNow = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

NoShowTrainer::Result trainAt(std::vector<BookingRecord> rows, qint64 nowMs)
{
    return NoShowTrainer::train(rows, nowMs);
}

QList<ScoredBooking> scoreAt(const NoShowModel &model, std::vector<BookingRecord> rows,
                             qint64 nowMs, int days = 14)
{
    return NoShowEngine::scoreRows(model, rows, nowMs, nowMs + days * kDayMs, ReasonNames{});
}

BookingRecord booking(RecordId id, RecordId patient, qint64 startMs, bool dna, bool arrived)
{
    BookingRecord r;
    r.id = id;
    r.patientId = patient;
    r.startsAtMs = startMs;
    r.createdAtMs = startMs - 7 * kDayMs;
    r.didNotArrive = dna;
    r.arrived = arrived;
    return r;
}

} // namespace

TEST_CASE("a booking's context counts only outcomes of the patient's bookings that started "
          "before the moment of prediction")
{
    const qint64 t0 = kNow - 30 * kDayMs;
    std::vector<BookingRecord> rows{
        booking(1, 5, t0, true, false),              // missed
        booking(2, 5, t0 + kDayMs, false, true),     // attended
        booking(3, 5, t0 + kDayMs, true, false),     // same instant as the next: not before it
        booking(4, 5, t0 + 2 * kDayMs, false, true), // described as of its own start
        booking(5, 5, kNow + kDayMs, true, false),   // upcoming, "marked" (impossible): ignored
        booking(6, 5, kNow + 3 * kDayMs, false, false),
    };
    rows[3].startsAtMs = t0 + kDayMs; // ties with rows 1 and 2
    std::sort(rows.begin(), rows.end(), &BookingContextWalk::timeOrder);
    QHash<RecordId, BookingContext> seen;
    BookingContextWalk::walk(
        rows, kNow, [](const BookingRecord &) { return true; },
        [&](const BookingRecord &r, const BookingContext &c) { seen.insert(r.id, c); });
    REQUIRE(seen.size() == 6);
    CHECK(seen[1].priorBookings == 0);
    CHECK(seen[2].priorMissed == 1);
    CHECK(seen[2].priorAttended == 0); // row 3 and 4 start at the same instant: not before
    CHECK(seen[4].priorMissed == 1);
    CHECK(seen[4].priorBookings == 1);
    // Upcoming bookings see every past outcome and nothing from after now.
    CHECK(seen[5].priorMissed == 2);
    CHECK(seen[5].priorAttended == 2);
    CHECK(seen[6].priorMissed == 2);
    CHECK(seen[6].recentOutcomes == 4);
    CHECK(seen[6].recentMissed == 2);
    CHECK(seen[6].daysSinceLastVisit == Approx(double(kNow + 3 * kDayMs - (t0 + kDayMs)) / kDayMs));
    CHECK(seen[6].leadDays == Approx(7.0));
}

TEST_CASE("no outcome after the training instant changes the model or any prediction made "
          "then (time split)")
{
    // History continues 60 days past T with outcomes: a leaky model would learn from them.
    const qint64 T = kNow;
    test::SyntheticClinic::Params params;
    params.futureDays = 60;
    std::vector<BookingRecord> rows = test::SyntheticClinic::generate(params, T);
    // Mark what lies after T as if it had happened.
    QRandomGenerator rng(99);
    for (BookingRecord &r : rows)
        if (r.startsAtMs >= T && r.isBooking()) {
            r.didNotArrive = rng.generateDouble() < 0.3;
            r.arrived = !r.didNotArrive;
        }
    const NoShowTrainer::Result a = trainAt(rows, T);
    REQUIRE(a.model);

    // Every outcome after T flipped: same model, same scores.
    std::vector<BookingRecord> flipped = rows;
    for (BookingRecord &r : flipped)
        if (r.startsAtMs >= T && r.isBooking()) {
            std::swap(r.didNotArrive, r.arrived);
        }
    const NoShowTrainer::Result b = trainAt(flipped, T);
    REQUIRE(b.model);
    CHECK(a.model->weights == b.model->weights);
    CHECK(a.model->plattA == b.model->plattA);
    CHECK(a.info.validationAuc == b.info.validationAuc);

    const QList<ScoredBooking> sa = scoreAt(*a.model, rows, T, 30);
    const QList<ScoredBooking> sb = scoreAt(*b.model, flipped, T, 30);
    REQUIRE(sa.size() > 100);
    REQUIRE(sa.size() == sb.size());
    for (qsizetype i = 0; i < sa.size(); ++i) {
        CHECK(sa[i].appointmentId == sb[i].appointmentId);
        CHECK(sa[i].risk == sb[i].risk);
    }

    // And the check can fail: moving T past those outcomes does change the model.
    const NoShowTrainer::Result later = trainAt(rows, T + 30 * kDayMs);
    REQUIRE(later.model);
    CHECK(later.model->weights != a.model->weights);
}

TEST_CASE("the reasons of every score add up to its difference from the clinic's base rate")
{
    std::vector<BookingRecord> rows = test::SyntheticClinic::generate(kNow);
    const NoShowTrainer::Result r = trainAt(rows, kNow);
    REQUIRE(r.model);
    const QList<ScoredBooking> scored = scoreAt(*r.model, rows, kNow);
    REQUIRE(scored.size() > 200);
    const double base = r.model->info.baseRate;
    double largest = 0;
    for (const ScoredBooking &b : scored) {
        double sum = 0;
        QSet<QString> factors;
        for (const RiskReason &reason : b.reasons) {
            sum += reason.effect;
            factors.insert(reason.factor);
            CHECK_FALSE(reason.text.isEmpty());
            largest = std::max(largest, std::fabs(reason.effect));
        }
        CHECK(factors.size() == kRiskFactorCount);
        CHECK(sum == Approx((b.risk - base) * 100).margin(1e-9));
        // Largest first.
        for (qsizetype i = 1; i < b.reasons.size(); ++i)
            CHECK(std::fabs(b.reasons[i - 1].effect) >= std::fabs(b.reasons[i].effect));
        CHECK(b.risk > 0);
        CHECK(b.risk < 1);
    }
    CHECK(largest > 1.0); // some factor moves some booking by more than a point
}

TEST_CASE("below 300 marked bookings or 25 no-shows there is no model and no score, only what "
          "is missing")
{
    test::SyntheticClinic::Params params;
    params.days = 10;
    params.bookingsPerDay = 20; // ~190 marked bookings
    std::vector<BookingRecord> rows = test::SyntheticClinic::generate(params, kNow);
    const NoShowTrainer::Result r = trainAt(rows, kNow);
    CHECK_FALSE(r.model);
    CHECK(r.info.status == NoShowModelInfo::Status::InsufficientHistory);
    CHECK(r.info.missing.contains(QStringLiteral("300 marked bookings")));
    CHECK(r.info.trainingBookings < 300);

    // Enough bookings but too few no-shows.
    params.days = 60;
    params.baseLogOdds = -7;
    params.habitSd = 0.1;
    rows = test::SyntheticClinic::generate(params, kNow);
    const NoShowTrainer::Result few = trainAt(rows, kNow);
    CHECK_FALSE(few.model);
    CHECK(few.info.trainingBookings >= 300);
    CHECK(few.info.missing.contains(QStringLiteral("25 no-shows")));
    CHECK_FALSE(few.info.missing.contains(QStringLiteral("marked bookings")));
}

namespace {

// The well-specified baseline: a logistic regression on the factors the synthetic clinic uses,
// computed the same way (as known at each booking's start), fitted by liblinear.
struct Baseline
{
    std::vector<double> w;
    static std::vector<double> features(const BookingContext &c, const BookingRecord &r)
    {
        const int outcomes = c.priorAttended + c.priorMissed;
        const double rate = (c.priorMissed + 4 * 0.07) / (outcomes + 4.0);
        return {std::log1p(std::max(0.0, c.leadDays)), r.localHour < 9 ? 1.0 : 0.0,
                c.priorBookings + c.priorCancellations == 0 ? 1.0 : 0.0,
                std::log(rate / (1 - rate)), 1.0};
    }
    double score(const std::vector<double> &x) const
    {
        double z = 0;
        for (size_t i = 0; i < x.size(); ++i)
            z += w[i] * x[i];
        return z;
    }
};

Baseline fitBaseline(std::vector<BookingRecord> rows, qint64 nowMs)
{
    std::sort(rows.begin(), rows.end(), &BookingContextWalk::timeOrder);
    std::vector<std::vector<feature_node>> nodes;
    std::vector<double> y;
    BookingContextWalk::walk(
        rows, nowMs,
        [nowMs](const BookingRecord &r) { return r.startsAtMs < nowMs && r.hasOutcome(); },
        [&](const BookingRecord &r, const BookingContext &c) {
            std::vector<feature_node> x;
            const std::vector<double> f = Baseline::features(c, r);
            for (size_t i = 0; i < f.size(); ++i)
                x.push_back({int(i) + 1, f[i]});
            x.push_back({-1, 0});
            nodes.push_back(x);
            y.push_back(r.didNotArrive ? 1 : -1);
        });
    std::vector<feature_node *> xs;
    for (auto &n : nodes)
        xs.push_back(n.data());
    problem prob{};
    prob.l = int(xs.size());
    prob.n = 5;
    prob.x = xs.data();
    prob.y = y.data();
    prob.bias = -1;
    parameter param{};
    param.solver_type = L2R_LR;
    param.C = 10;
    param.eps = 0.001;
    model *m = train(&prob, &param);
    Baseline b;
    const double sign = m->label[0] == 1 ? 1 : -1;
    for (int i = 0; i < 5; ++i)
        b.w.push_back(sign * m->w[i]);
    free_and_destroy_model(&m);
    return b;
}

} // namespace

TEST_CASE("on bookings after the training instant the model ranks at least as well as a "
          "well-specified logistic regression and beats the flat base rate")
{
    // Train at T; then the next four weeks happen (their outcomes revealed for judging only).
    const qint64 T = kNow;
    test::SyntheticClinic::Params params;
    params.seed = 4242; // another clinic than the other tests'
    params.futureDays = 28;
    params.markedShare = 1.0;
    std::vector<BookingRecord> history = test::SyntheticClinic::generate(params, T + 28 * kDayMs);
    std::vector<BookingRecord> known = history;
    for (BookingRecord &r : known)
        if (r.startsAtMs >= T)
            r.didNotArrive = r.arrived = false; // not known at T

    const NoShowTrainer::Result ours = trainAt(known, T);
    REQUIRE(ours.model);
    const Baseline baseline = fitBaseline(known, T);

    // What each would have said at T about the next 28 days, against what happened.
    QHash<RecordId, const BookingRecord *> truth;
    for (const BookingRecord &r : history)
        truth.insert(r.id, &r);
    std::vector<double> ourRisk, baseScore;
    std::vector<bool> missed;
    std::vector<BookingRecord> sorted = known;
    std::sort(sorted.begin(), sorted.end(), &BookingContextWalk::timeOrder);
    QHash<RecordId, double> baselineById;
    BookingContextWalk::walk(
        sorted, T, [T](const BookingRecord &r) { return r.startsAtMs > T && r.isBooking(); },
        [&](const BookingRecord &r, const BookingContext &c) {
            baselineById.insert(r.id, baseline.score(Baseline::features(c, r)));
        });
    for (const ScoredBooking &b : scoreAt(*ours.model, known, T, 28)) {
        const BookingRecord *t = truth.value(b.appointmentId);
        if (!t || !t->hasOutcome())
            continue;
        ourRisk.push_back(b.risk);
        baseScore.push_back(baselineById.value(b.appointmentId));
        missed.push_back(t->didNotArrive);
    }
    REQUIRE(ourRisk.size() > 500);
    const double ourAuc = ClassifierQuality::auc(ourRisk, missed);
    const double baselineAuc = ClassifierQuality::auc(baseScore, missed);
    INFO("ours " << ourAuc << " baseline " << baselineAuc);
    CHECK(ourAuc >= baselineAuc - 0.01);
    CHECK(ourAuc > 0.7);
    CHECK(ClassifierQuality::brierSkill(ourRisk, missed, ours.info.baseRate) > 0);
    // The honest figure shown to users agrees in kind with what happened next.
    CHECK(ours.info.validationAuc > 0.65);
    CHECK(ours.info.brierSkill > 0);
}

TEST_CASE("on the built-in simulator the model's validation AUC is at least 0.70")
{
    const SimulatedClinic clinic = ClinicGenerator::generate();
    std::vector<BookingRecord> rows = test::bookingRecordsOf(clinic);
    qint64 latest = 0;
    for (const BookingRecord &r : rows)
        if (r.hasOutcome())
            latest = std::max(latest, r.startsAtMs);
    const NoShowTrainer::Result r = trainAt(rows, latest + 1);
    REQUIRE(r.model);
    INFO("validation AUC " << r.info.validationAuc << " Brier skill " << r.info.brierSkill);
    CHECK(r.info.validationAuc >= 0.70);
    CHECK(r.info.brierSkill > 0);
    CHECK(r.info.validationBookings > 1000);
}

TEST_CASE("a model read back from its stored JSON scores exactly as the one trained")
{
    std::vector<BookingRecord> rows = test::SyntheticClinic::generate(kNow);
    const NoShowTrainer::Result r = trainAt(rows, kNow);
    REQUIRE(r.model);
    QString why;
    const std::optional<NoShowModel> back = NoShowModel::fromJson(r.model->toJson(), &why);
    REQUIRE(back);
    CHECK(back->info == r.model->info);
    const QList<ScoredBooking> a = scoreAt(*r.model, rows, kNow);
    const QList<ScoredBooking> b = scoreAt(*back, rows, kNow);
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        CHECK(a[i].risk == Approx(b[i].risk).epsilon(1e-12));

    CHECK_FALSE(NoShowModel::fromJson("{\"formatVersion\": 99}", &why));
    CHECK(why.contains(QStringLiteral("99")));
    CHECK_FALSE(NoShowModel::fromJson("<html>not json</html>", &why));
}

TEST_CASE("AUC counts ties as half and Brier skill compares with the flat base rate")
{
    CHECK(ClassifierQuality::auc({0.1, 0.2, 0.3, 0.4}, {false, false, true, true}) == 1.0);
    CHECK(ClassifierQuality::auc({0.4, 0.3, 0.2, 0.1}, {false, false, true, true}) == 0.0);
    CHECK(ClassifierQuality::auc({0.5, 0.5, 0.5, 0.5}, {false, true, false, true}) == 0.5);
    CHECK(ClassifierQuality::auc({0.1, 0.5, 0.5, 0.9}, {false, false, true, true}) == 0.875);
    const std::vector<bool> y{false, false, false, true};
    CHECK(ClassifierQuality::brierSkill({0.25, 0.25, 0.25, 0.25}, y, 0.25) == Approx(0.0));
    CHECK(ClassifierQuality::brierSkill({0.0, 0.0, 0.0, 1.0}, y, 0.25) == Approx(1.0));
    CHECK(ClassifierQuality::brierSkill({0.9, 0.9, 0.9, 0.1}, y, 0.25) < 0);
}

TEST_CASE("a training told to stop ends without a model")
{
    std::vector<BookingRecord> rows = test::SyntheticClinic::generate(kNow);
    std::atomic<bool> stop{true};
    NoShowTrainer::Options options;
    options.cancel = &stop;
    const NoShowTrainer::Result r = NoShowTrainer::train(rows, kNow, options);
    CHECK_FALSE(r.model);
    CHECK(r.info.status == NoShowModelInfo::Status::InsufficientHistory);
    CHECK(r.info.missing.contains(QStringLiteral("stopped")));

    std::vector<BookingRecord> again = test::SyntheticClinic::generate(kNow);
    stop = false;
    CHECK(NoShowTrainer::train(again, kNow, options).model);
}
