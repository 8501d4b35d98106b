#include "noshowmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>

namespace routiq {

namespace {

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

double logit(double p)
{
    const double q = std::clamp(p, 1e-6, 1.0 - 1e-6);
    return std::log(q / (1.0 - q));
}

QJsonArray toArray(const std::vector<double> &v)
{
    QJsonArray a;
    for (double d : v)
        a.append(d);
    return a;
}

std::vector<double> fromArray(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &e : v.toArray())
        out.push_back(e.toDouble());
    return out;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

double NoShowModel::rawScore(const std::vector<FeatureValue> &x) const
{
    double z = bias;
    for (const FeatureValue &f : x)
        if (size_t(f.column) < weights.size())
            z += weights[size_t(f.column)] * f.value;
    return z;
}

double NoShowModel::calibratedLogit(const std::vector<FeatureValue> &x) const
{
    return plattA * rawScore(x) + plattB;
}

double NoShowModel::risk(const BookingContext &c) const
{
    std::vector<FeatureValue> x;
    layout.encode(c, x);
    return sigmoid(calibratedLogit(x));
}

NoShowModel::Explained NoShowModel::explain(const BookingContext &c, const ReasonNames &names) const
{
    std::vector<FeatureValue> x;
    layout.encode(c, x);
    const double L = calibratedLogit(x);
    Explained out;
    out.risk = sigmoid(L);

    // Column shares c_j = A·w_j·(x_j − r_j), summed per factor. Columns absent from x are 0.
    std::array<double, kRiskFactorCount> share{};
    std::vector<double> dense(weights.size(), 0.0);
    for (const FeatureValue &f : x)
        if (size_t(f.column) < dense.size())
            dense[size_t(f.column)] = f.value;
    for (size_t j = 0; j < weights.size(); ++j) {
        const double r = j < reference.size() ? reference[j] : 0.0;
        share[size_t(layout.factorOf(int(j)))] += plattA * weights[j] * (dense[j] - r);
    }

    const double base = info.baseRate;
    const double Lb = logit(base);
    // (σ(L) − σ(Lb)) / (L − Lb): the mean slope along the path; σ' at the limit.
    const double slope =
        std::fabs(L - Lb) > 1e-9 ? (out.risk - base) / (L - Lb) : out.risk * (1.0 - out.risk);
    for (int k = 0; k < kRiskFactorCount; ++k) {
        const auto factor = RiskFactor(k);
        RiskReason reason;
        reason.factor = riskFactorKey(factor);
        reason.text = NoShowReasonText::describe(factor, c, names);
        reason.effect = 100.0 * slope * share[size_t(k)];
        out.reasons.append(reason);
    }
    std::stable_sort(out.reasons.begin(), out.reasons.end(),
                     [](const RiskReason &a, const RiskReason &b) {
                         return std::fabs(a.effect) > std::fabs(b.effect);
                     });
    return out;
}

void NoShowModel::setReference(const std::vector<double> &means)
{
    reference = means;
    reference.resize(weights.size(), 0.0);
    double wx = bias, ww = 0;
    for (size_t j = 0; j < weights.size(); ++j) {
        wx += weights[j] * reference[j];
        ww += weights[j] * weights[j];
    }
    const double gap = logit(info.baseRate) - (plattA * wx + plattB);
    if (std::fabs(plattA) * ww < 1e-12)
        return; // a flat model: nothing to attribute
    const double lambda = gap / (plattA * ww);
    for (size_t j = 0; j < weights.size(); ++j)
        reference[j] += lambda * weights[j];
}

QByteArray NoShowModel::toJson() const
{
    QJsonObject quality{{QStringLiteral("trainedAt"), iso(info.trainedAt)},
                        {QStringLiteral("trainingBookings"), info.trainingBookings},
                        {QStringLiteral("trainingNoShows"), info.trainingNoShows},
                        {QStringLiteral("baseRate"), info.baseRate},
                        {QStringLiteral("validationAuc"), info.validationAuc},
                        {QStringLiteral("brierScore"), info.brierScore},
                        {QStringLiteral("brierSkill"), info.brierSkill},
                        {QStringLiteral("validationBookings"), info.validationBookings}};
    const QJsonObject root{{QStringLiteral("formatVersion"), kFormatVersion},
                           {QStringLiteral("layout"), layout.toJson()},
                           {QStringLiteral("weights"), toArray(weights)},
                           {QStringLiteral("bias"), bias},
                           {QStringLiteral("plattA"), plattA},
                           {QStringLiteral("plattB"), plattB},
                           {QStringLiteral("reference"), toArray(reference)},
                           {QStringLiteral("quality"), quality}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<NoShowModel> NoShowModel::fromJson(const QByteArray &json, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<NoShowModel> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(QStringLiteral("not a JSON object: ") + parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("formatVersion")).toInt() != kFormatVersion)
        return fail(QStringLiteral("format version %1")
                        .arg(root.value(QStringLiteral("formatVersion")).toInt()));
    std::optional<NoShowFeatureLayout> layout =
        NoShowFeatureLayout::fromJson(root.value(QStringLiteral("layout")).toObject());
    if (!layout)
        return fail(QStringLiteral("bad layout"));
    NoShowModel m;
    m.layout = *layout;
    m.weights = fromArray(root.value(QStringLiteral("weights")));
    m.reference = fromArray(root.value(QStringLiteral("reference")));
    m.bias = root.value(QStringLiteral("bias")).toDouble();
    m.plattA = root.value(QStringLiteral("plattA")).toDouble();
    m.plattB = root.value(QStringLiteral("plattB")).toDouble();
    if (int(m.weights.size()) != m.layout.columnCount() || m.reference.size() != m.weights.size())
        return fail(QStringLiteral("weights do not match the layout"));
    const QJsonObject q = root.value(QStringLiteral("quality")).toObject();
    m.info.status = NoShowModelInfo::Status::Ready;
    m.info.trainedAt =
        QDateTime::fromString(q.value(QStringLiteral("trainedAt")).toString(), Qt::ISODateWithMs);
    m.info.trainingBookings = q.value(QStringLiteral("trainingBookings")).toInt();
    m.info.trainingNoShows = q.value(QStringLiteral("trainingNoShows")).toInt();
    m.info.baseRate = q.value(QStringLiteral("baseRate")).toDouble();
    m.info.validationAuc = q.value(QStringLiteral("validationAuc")).toDouble();
    m.info.brierScore = q.value(QStringLiteral("brierScore")).toDouble();
    m.info.brierSkill = q.value(QStringLiteral("brierSkill")).toDouble();
    m.info.validationBookings = q.value(QStringLiteral("validationBookings")).toInt();
    if (!m.info.trainedAt.isValid() || m.info.baseRate <= 0 || m.info.baseRate >= 1)
        return fail(QStringLiteral("bad quality block"));
    return m;
}

} // namespace routiq
