#include "noshowfeatures.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace routiq {

namespace {

// Fixed columns: lead time (8), history (2), late cancellations (1), visits (2), last visit (5),
// weekday (7), hour (5), age (7); then one per appointment type + "other", one per
// practitioner + "other".
constexpr int kLead = 0;
constexpr int kHistoryRate = 8;
constexpr int kRecentMissed = 9;
constexpr int kLateCancelRate = 10;
constexpr int kFirstVisit = 11;
constexpr int kVisitCount = 12;
constexpr int kLastVisit = 13;
constexpr int kWeekday = 18;
constexpr int kHour = 25;
constexpr int kAge = 30;
constexpr int kFixedColumns = 37;

// Shrinks k/n toward the clinic's rate as if `strength` bookings at that rate were seen first.
double smoothed(int count, int total, double prior, double strength = 4.0)
{
    return (double(count) + strength * prior) / (double(total) + strength);
}

double logit(double p)
{
    const double q = std::clamp(p, 1e-4, 1.0 - 1e-4);
    return std::log(q / (1.0 - q));
}

QJsonArray idsToJson(const QList<RecordId> &ids)
{
    QJsonArray a;
    for (RecordId id : ids)
        a.append(QString::number(id)); // PMS ids exceed a double's exact range
    return a;
}

QList<RecordId> idsFromJson(const QJsonValue &v, bool *ok)
{
    QList<RecordId> ids;
    for (const QJsonValue &e : v.toArray()) {
        bool good = false;
        ids.append(e.toString().toLongLong(&good));
        *ok = *ok && good;
    }
    return ids;
}

QList<RecordId> frequent(const QHash<RecordId, int> &counts, int minRows, int cap)
{
    QList<std::pair<int, RecordId>> ranked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() >= minRows && it.key() != 0)
            ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<RecordId> ids;
    for (qsizetype i = 0; i < ranked.size() && i < cap; ++i)
        ids.append(ranked[i].second);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

QString riskFactorKey(RiskFactor factor)
{
    switch (factor) {
    case RiskFactor::LeadTime:
        return QStringLiteral("lead_time");
    case RiskFactor::History:
        return QStringLiteral("history");
    case RiskFactor::LateCancellations:
        return QStringLiteral("late_cancellations");
    case RiskFactor::Visits:
        return QStringLiteral("visits");
    case RiskFactor::LastVisit:
        return QStringLiteral("last_visit");
    case RiskFactor::Weekday:
        return QStringLiteral("weekday");
    case RiskFactor::Hour:
        return QStringLiteral("hour");
    case RiskFactor::Age:
        return QStringLiteral("age");
    case RiskFactor::AppointmentType:
        return QStringLiteral("appointment_type");
    case RiskFactor::Practitioner:
        return QStringLiteral("practitioner");
    }
    return {};
}

NoShowFeatureLayout NoShowFeatureLayout::build(const QHash<RecordId, int> &typeCounts,
                                               const QHash<RecordId, int> &practitionerCounts,
                                               Priors priors, int minRows)
{
    NoShowFeatureLayout layout;
    layout.m_priors = priors;
    layout.m_types = frequent(typeCounts, minRows, 40);
    layout.m_practitioners = frequent(practitionerCounts, minRows, 80);
    for (qsizetype i = 0; i < layout.m_types.size(); ++i)
        layout.m_typeIndex.insert(layout.m_types[i], int(i));
    for (qsizetype i = 0; i < layout.m_practitioners.size(); ++i)
        layout.m_practitionerIndex.insert(layout.m_practitioners[i], int(i));
    return layout;
}

int NoShowFeatureLayout::typeBase() const
{
    return kFixedColumns;
}

int NoShowFeatureLayout::practitionerBase() const
{
    return typeBase() + int(m_types.size()) + 1;
}

int NoShowFeatureLayout::columnCount() const
{
    return practitionerBase() + int(m_practitioners.size()) + 1;
}

RiskFactor NoShowFeatureLayout::factorOf(int column) const
{
    if (column < kHistoryRate)
        return RiskFactor::LeadTime;
    if (column < kLateCancelRate)
        return RiskFactor::History;
    if (column < kFirstVisit)
        return RiskFactor::LateCancellations;
    if (column < kLastVisit)
        return RiskFactor::Visits;
    if (column < kWeekday)
        return RiskFactor::LastVisit;
    if (column < kHour)
        return RiskFactor::Weekday;
    if (column < kAge)
        return RiskFactor::Hour;
    if (column < kFixedColumns)
        return RiskFactor::Age;
    if (column < practitionerBase())
        return RiskFactor::AppointmentType;
    return RiskFactor::Practitioner;
}

int NoShowFeatureLayout::leadBucket(double leadDays)
{
    if (leadDays < 0)
        return 7;
    static constexpr double kUpper[] = {1, 3, 8, 15, 31, 61};
    for (int i = 0; i < 6; ++i)
        if (leadDays < kUpper[i])
            return i;
    return 6;
}

int NoShowFeatureLayout::lastVisitBucket(double days)
{
    if (days < 0)
        return 0;
    if (days <= 14)
        return 1;
    if (days <= 60)
        return 2;
    if (days <= 180)
        return 3;
    return 4;
}

int NoShowFeatureLayout::hourBucket(int hour)
{
    if (hour < 9)
        return 0; // early morning
    if (hour < 12)
        return 1;
    if (hour < 14)
        return 2;
    if (hour < 17)
        return 3;
    return 4; // evening
}

int NoShowFeatureLayout::ageBucket(int years)
{
    if (years < 0 || years > 120)
        return 0;
    static constexpr int kUpper[] = {18, 25, 35, 50, 65};
    for (int i = 0; i < 5; ++i)
        if (years < kUpper[i])
            return i + 1;
    return 6;
}

void NoShowFeatureLayout::encode(const BookingContext &c, std::vector<FeatureValue> &out) const
{
    out.push_back({kLead + leadBucket(c.leadDays), 1.0});

    const int outcomes = c.priorAttended + c.priorMissed;
    // Log-odds of the smoothed miss rate, relative to the clinic's: 0 for a patient without
    // history, scaled to about ±1.
    out.push_back({kHistoryRate, (logit(smoothed(c.priorMissed, outcomes, m_priors.missRate)) -
                                  logit(m_priors.missRate)) /
                                     4.0});
    if (c.recentOutcomes > 0)
        out.push_back({kRecentMissed, double(c.recentMissed) / 5.0});

    const int seen = c.priorBookings + c.priorCancellations;
    out.push_back({kLateCancelRate,
                   (logit(smoothed(c.priorLateCancellations, seen, m_priors.lateCancelRate)) -
                    logit(m_priors.lateCancelRate)) /
                       4.0});

    if (seen == 0)
        out.push_back({kFirstVisit, 1.0});
    if (c.priorAttended > 0)
        out.push_back({kVisitCount, std::log1p(double(c.priorAttended)) / std::log(51.0)});

    out.push_back({kLastVisit + lastVisitBucket(c.daysSinceLastVisit), 1.0});
    out.push_back({kWeekday + std::clamp(c.localWeekday, 1, 7) - 1, 1.0});
    out.push_back({kHour + hourBucket(c.localHour), 1.0});
    out.push_back({kAge + ageBucket(c.ageYears), 1.0});

    const auto type = m_typeIndex.constFind(c.appointmentTypeId);
    out.push_back(
        {typeBase() + (type != m_typeIndex.cend() ? type.value() : int(m_types.size())), 1.0});
    const auto prac = m_practitionerIndex.constFind(c.practitionerId);
    out.push_back(
        {practitionerBase() +
             (prac != m_practitionerIndex.cend() ? prac.value() : int(m_practitioners.size())),
         1.0});
}

QJsonObject NoShowFeatureLayout::toJson() const
{
    return {{QStringLiteral("missRate"), m_priors.missRate},
            {QStringLiteral("lateCancelRate"), m_priors.lateCancelRate},
            {QStringLiteral("types"), idsToJson(m_types)},
            {QStringLiteral("practitioners"), idsToJson(m_practitioners)}};
}

std::optional<NoShowFeatureLayout> NoShowFeatureLayout::fromJson(const QJsonObject &json)
{
    bool ok = true;
    const QList<RecordId> types = idsFromJson(json.value(QStringLiteral("types")), &ok);
    const QList<RecordId> practitioners =
        idsFromJson(json.value(QStringLiteral("practitioners")), &ok);
    const Priors priors{json.value(QStringLiteral("missRate")).toDouble(-1),
                        json.value(QStringLiteral("lateCancelRate")).toDouble(-1)};
    if (!ok || priors.missRate <= 0 || priors.missRate >= 1 || priors.lateCancelRate <= 0 ||
        priors.lateCancelRate >= 1)
        return std::nullopt;
    NoShowFeatureLayout layout;
    layout.m_priors = priors;
    layout.m_types = types;
    layout.m_practitioners = practitioners;
    for (qsizetype i = 0; i < types.size(); ++i)
        layout.m_typeIndex.insert(types[i], int(i));
    for (qsizetype i = 0; i < practitioners.size(); ++i)
        layout.m_practitionerIndex.insert(practitioners[i], int(i));
    return layout;
}

} // namespace routiq
