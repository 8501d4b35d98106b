#include "noshowjson.h"

#include "noshowreasontext.h"

#include <QJsonArray>
#include <QTextStream>

namespace routiq {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QString NoShowJson::bandKey(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return QStringLiteral("low");
    case RiskBand::Elevated:
        return QStringLiteral("elevated");
    case RiskBand::High:
        return QStringLiteral("high");
    }
    return {};
}

QJsonObject NoShowJson::modelToJson(const NoShowModelInfo &info)
{
    const bool ready = info.status == NoShowModelInfo::Status::Ready;
    QJsonObject m{
        {QStringLiteral("status"),
         ready ? QStringLiteral("ready") : QStringLiteral("insufficient_history")},
        {QStringLiteral("trainedAt"),
         info.trainedAt.isValid() ? QJsonValue(iso(info.trainedAt)) : QJsonValue()},
        {QStringLiteral("trainingBookings"), info.trainingBookings},
        {QStringLiteral("trainingNoShows"), info.trainingNoShows},
        {QStringLiteral("baseRate"), info.baseRate},
        {QStringLiteral("validationAuc"), ready ? QJsonValue(info.validationAuc) : QJsonValue()},
        {QStringLiteral("brierScore"), ready ? QJsonValue(info.brierScore) : QJsonValue()},
        {QStringLiteral("brierSkill"), ready ? QJsonValue(info.brierSkill) : QJsonValue()},
        {QStringLiteral("validationBookings"), info.validationBookings}};
    if (!ready)
        m.insert(QStringLiteral("missing"), info.missing);
    return m;
}

QJsonObject NoShowJson::toJson(const NoShowSnapshot &snapshot, const RiskBands &bands)
{
    QJsonArray appointments;
    double expected = 0;
    for (const ScoredBooking &b : snapshot.bookings) {
        QJsonArray reasons;
        for (const RiskReason &r : b.reasons)
            reasons.append(QJsonObject{{QStringLiteral("factor"), r.factor},
                                       {QStringLiteral("text"), r.text},
                                       {QStringLiteral("effect"), r.effect}});
        appointments.append(
            QJsonObject{{QStringLiteral("appointmentId"), QString::number(b.appointmentId)},
                        {QStringLiteral("startsAt"), iso(b.startsAtUtc)},
                        {QStringLiteral("practitionerId"), QString::number(b.practitionerId)},
                        {QStringLiteral("locationId"), QString::number(b.locationId)},
                        {QStringLiteral("risk"), b.risk},
                        {QStringLiteral("band"), bandKey(bands.bandOf(b.risk))},
                        {QStringLiteral("reasons"), reasons}});
        expected += b.risk;
    }
    return {{QStringLiteral("clinicId"), snapshot.clinicId},
            {QStringLiteral("generatedAt"), iso(snapshot.generatedAt)},
            {QStringLiteral("horizonDays"), snapshot.horizonDays},
            {QStringLiteral("model"), modelToJson(snapshot.model)},
            {QStringLiteral("expectedNoShows"), expected},
            {QStringLiteral("appointments"), appointments}};
}

QString NoShowJson::table(const NoShowSnapshot &snapshot, const RiskBands &bands,
                          const QTimeZone &zone, const QHash<RecordId, QString> &practitioners)
{
    QString text;
    QTextStream out(&text);
    const NoShowModelInfo &m = snapshot.model;
    if (m.status != NoShowModelInfo::Status::Ready) {
        out << "No-show risk: not enough history yet (" << m.missing << ").\n";
        return text;
    }
    out << "No-show model: trained " << iso(m.trainedAt) << " on " << m.trainingBookings
        << " marked bookings, base rate " << QString::number(100 * m.baseRate, 'f', 1)
        << " %, validation AUC " << QString::number(m.validationAuc, 'f', 3) << ", Brier skill "
        << QString::number(m.brierSkill, 'f', 3) << "\n";
    out << "Expected no-shows in the next " << snapshot.horizonDays << " days: "
        << QString::number(
               snapshot.expectedNoShows(snapshot.generatedAt.addDays(snapshot.horizonDays)), 'f', 1)
        << " of " << snapshot.bookings.size() << " bookings\n\n";
    out << QStringLiteral("start").leftJustified(17)
        << QStringLiteral("practitioner").leftJustified(22)
        << QStringLiteral("risk").rightJustified(6) << "  "
        << QStringLiteral("band").leftJustified(9) << "reasons\n";
    for (const ScoredBooking &b : snapshot.bookings) {
        QStringList top;
        for (qsizetype i = 0; i < b.reasons.size() && top.size() < 3; ++i)
            if (std::abs(b.reasons[i].effect) >= 0.5)
                top << QString(b.reasons[i].text + QLatin1Char(' ') +
                               NoShowReasonText::formatEffect(b.reasons[i].effect));
        const QString who =
            practitioners.value(b.practitionerId, QString::number(b.practitionerId));
        out << b.startsAtUtc.toTimeZone(zone)
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   .leftJustified(17)
            << who.left(20).leftJustified(22)
            << QString(QString::number(100 * b.risk, 'f', 1) + QLatin1Char('%')).rightJustified(6)
            << "  " << bandKey(bands.bandOf(b.risk)).leftJustified(9)
            << top.join(QStringLiteral(", ")) << "\n";
    }
    return text;
}

} // namespace routiq
