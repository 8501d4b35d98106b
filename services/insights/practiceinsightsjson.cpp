#include "practiceinsightsjson.h"

#include "metrics/exactdecimal.h"

#include <QJsonArray>
#include <QStringList>

namespace routiq {

namespace {

QJsonValue idOrNull(const std::optional<RecordId> &id)
{
    return id ? QJsonValue(QString::number(*id)) : QJsonValue(QJsonValue::Null);
}

QJsonObject header(const LapsedList &list)
{
    return QJsonObject{{QStringLiteral("asOf"), list.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("minDays"), list.query.minDays},
                       {QStringLiteral("maxDays"), list.query.maxDays},
                       {QStringLiteral("locationId"), idOrNull(list.query.locationId)},
                       {QStringLiteral("practitionerId"), idOrNull(list.query.practitionerId)},
                       {QStringLiteral("count"), int(list.patients.size())}};
}

QJsonObject cellJson(const ForwardCell &c)
{
    return QJsonObject{{QStringLiteral("bookings"), c.bookings},
                       {QStringLiteral("bookedMinutes"), c.bookedMinutes},
                       {QStringLiteral("capacityMinutes"), c.capacityMinutes
                                                               ? QJsonValue(*c.capacityMinutes)
                                                               : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("utilisation"),
                        c.utilisation ? QJsonValue(*c.utilisation) : QJsonValue(QJsonValue::Null)}};
}

QString nameOf(const QHash<RecordId, QString> &names, RecordId id)
{
    const QString name = names.value(id);
    return name.isEmpty() ? QString::number(id) : name;
}

QString hoursText(qint64 minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QJsonObject PracticeInsightsJson::lapsedCount(const LapsedList &list)
{
    return header(list);
}

QJsonObject PracticeInsightsJson::lapsed(const LapsedList &list, const PatientContacts *contacts,
                                         const ContactNotes *notes)
{
    QJsonObject o = header(list);
    QJsonArray rows;
    for (const LapsedPatient &p : list.patients) {
        QJsonObject r{{QStringLiteral("patientId"), QString::number(p.patientId)},
                      {QStringLiteral("lastVisit"), p.lastVisit.toString(Qt::ISODate)},
                      {QStringLiteral("daysSince"), p.daysSince},
                      {QStringLiteral("lastPractitionerId"), QString::number(p.lastPractitionerId)},
                      {QStringLiteral("lastLocationId"), QString::number(p.lastLocationId)},
                      {QStringLiteral("attendedLast365"), p.attendedLast365},
                      {QStringLiteral("missedLast365"), p.missedLast365}};
        if (contacts) {
            const PatientContact c = contacts->value(p.patientId);
            r.insert(QStringLiteral("name"), c.name);
            r.insert(QStringLiteral("phone"), c.phone);
        }
        if (notes) {
            const auto note = notes->constFind(p.patientId);
            r.insert(QStringLiteral("contactedOn"),
                     note != notes->cend() ? QJsonValue(note->contactedOn.toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null));
            r.insert(QStringLiteral("outcome"), note != notes->cend()
                                                    ? QJsonValue(note->outcome)
                                                    : QJsonValue(QJsonValue::Null));
        }
        rows.append(r);
    }
    o.insert(QStringLiteral("patients"), rows);
    return o;
}

QString PracticeInsightsJson::lapsedTable(const LapsedList &list, const PatientContacts *contacts,
                                          const QHash<RecordId, QString> &practitionerNames)
{
    QString out =
        QStringLiteral("Lapsed patients as of %1 (%2-%3 days since the last visit): %4\n\n")
            .arg(list.asOf.toString(Qt::ISODate))
            .arg(list.query.minDays)
            .arg(list.query.maxDays)
            .arg(list.patients.size());
    const auto line = [](const QStringList &cells) -> QString {
        return cells[0].leftJustified(20) + cells[1].left(24).leftJustified(25) +
               cells[2].left(15).leftJustified(16) + cells[3].leftJustified(12) +
               cells[4].rightJustified(6) + QLatin1Char(' ') + cells[5].left(20).leftJustified(21) +
               cells[6].rightJustified(9) + cells[7].rightJustified(7) + QLatin1Char('\n');
    };
    out += line({QStringLiteral("Patient"), QStringLiteral("Name"), QStringLiteral("Phone"),
                 QStringLiteral("Last visit"), QStringLiteral("Days"),
                 QStringLiteral("Last practitioner"), QStringLiteral("Visits"),
                 QStringLiteral("DNAs")});
    for (const LapsedPatient &p : list.patients) {
        const PatientContact c = contacts ? contacts->value(p.patientId) : PatientContact{};
        out +=
            line({QString::number(p.patientId), c.name, c.phone, p.lastVisit.toString(Qt::ISODate),
                  QString::number(p.daysSince), nameOf(practitionerNames, p.lastPractitionerId),
                  QString::number(p.attendedLast365), QString::number(p.missedLast365)});
    }
    return out;
}

QJsonObject PracticeInsightsJson::forward(const ForwardBookings &forward,
                                          const QHash<RecordId, QString> &practitionerNames)
{
    QJsonArray weeks;
    for (const ForwardWeek &w : forward.weeks) {
        QJsonArray practitioners;
        for (const ForwardCell &c : w.practitioners) {
            QJsonObject o = cellJson(c);
            o.insert(QStringLiteral("practitionerId"), QString::number(c.practitionerId));
            o.insert(QStringLiteral("name"), practitionerNames.value(c.practitionerId));
            practitioners.append(o);
        }
        weeks.append(QJsonObject{{QStringLiteral("weekStart"), w.weekStart.toString(Qt::ISODate)},
                                 {QStringLiteral("practitioners"), practitioners},
                                 {QStringLiteral("total"), cellJson(w.total)}});
    }
    return QJsonObject{{QStringLiteral("asOf"), forward.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("locationId"), idOrNull(forward.query.locationId)},
                       {QStringLiteral("weeks"), weeks}};
}

QString PracticeInsightsJson::forwardTable(const ForwardBookings &forward,
                                           const QHash<RecordId, QString> &practitionerNames)
{
    QString out = QStringLiteral("Forward bookings as of %1 (every booking status counts as "
                                 "booked time, DNAs included)\n")
                      .arg(forward.asOf.toString(Qt::ISODate));
    const auto line = [](const QString &name, const ForwardCell &c) -> QString {
        return QStringLiteral("  ") + name.left(28).leftJustified(30) +
               QString::number(c.bookings).rightJustified(9) +
               hoursText(c.bookedMinutes).rightJustified(10) +
               (c.capacityMinutes ? hoursText(*c.capacityMinutes) : QStringLiteral("-"))
                   .rightJustified(10) +
               (c.utilisation ? QString::number(*c.utilisation, 'f', 1) + QLatin1Char('%')
                              : QStringLiteral("set working hours"))
                   .rightJustified(19) +
               QLatin1Char('\n');
    };
    for (const ForwardWeek &w : forward.weeks) {
        out += QStringLiteral("\nWeek of %1%2\n")
                   .arg(w.weekStart.toString(Qt::ISODate),
                        QStringLiteral("                    Bookings    Booked  Capacity  "
                                       "       Utilisation"));
        for (const ForwardCell &c : w.practitioners)
            out += line(nameOf(practitionerNames, c.practitionerId), c);
        out += line(QStringLiteral("Total"), w.total);
    }
    return out;
}

QJsonObject PracticeInsightsJson::lapsedCountGroup(const QList<ClinicId> &clinics,
                                                   const QList<LapsedList> &lists)
{
    QJsonArray perClinic;
    int total = 0;
    for (qsizetype i = 0; i < lists.size(); ++i) {
        total += int(lists[i].patients.size());
        perClinic.append(QJsonObject{{QStringLiteral("clinicId"), clinics.value(i)},
                                     {QStringLiteral("asOf"), lists[i].asOf.toString(Qt::ISODate)},
                                     {QStringLiteral("count"), int(lists[i].patients.size())}});
    }
    QJsonObject o = lists.isEmpty() ? QJsonObject() : header(lists.first());
    o.insert(QStringLiteral("count"), total);
    o.insert(QStringLiteral("clinics"), perClinic);
    return o;
}

ForwardBookings PracticeInsightsJson::combinedForward(const QList<ForwardBookings> &forwards)
{
    ForwardBookings group;
    if (forwards.isEmpty())
        return group;
    group.asOf = forwards.first().asOf;
    group.query = forwards.first().query;
    for (qsizetype w = 0; w < forwards.first().weeks.size(); ++w) {
        ForwardWeek week;
        week.weekStart = forwards.first().weeks[w].weekStart;
        std::optional<qint64> capacity;
        for (const ForwardBookings &f : forwards) {
            if (w >= f.weeks.size())
                continue;
            const ForwardCell &t = f.weeks[w].total;
            week.total.bookings += t.bookings;
            week.total.bookedMinutes += t.bookedMinutes;
            if (t.capacityMinutes)
                capacity = capacity.value_or(0) + *t.capacityMinutes;
        }
        week.total.capacityMinutes = capacity;
        if (capacity && *capacity > 0)
            week.total.utilisation =
                ExactDecimal::roundedPercentage(week.total.bookedMinutes, *capacity, 1);
        group.weeks.append(week);
    }
    return group;
}

QJsonObject PracticeInsightsJson::forwardGroup(const QList<ClinicId> &clinics,
                                               const QList<ForwardBookings> &forwards,
                                               const QList<QHash<RecordId, QString>> &names)
{
    const ForwardBookings group = combinedForward(forwards);
    QJsonArray weeks;
    for (qsizetype w = 0; w < group.weeks.size(); ++w) {
        QJsonArray practitioners;
        for (qsizetype c = 0; c < forwards.size(); ++c) {
            if (w >= forwards[c].weeks.size())
                continue;
            for (const ForwardCell &cell : forwards[c].weeks[w].practitioners) {
                QJsonObject o = cellJson(cell);
                o.insert(QStringLiteral("clinicId"), clinics.value(c));
                o.insert(QStringLiteral("practitionerId"), QString::number(cell.practitionerId));
                o.insert(QStringLiteral("name"), names.value(c).value(cell.practitionerId));
                practitioners.append(o);
            }
        }
        weeks.append(QJsonObject{
            {QStringLiteral("weekStart"), group.weeks[w].weekStart.toString(Qt::ISODate)},
            {QStringLiteral("practitioners"), practitioners},
            {QStringLiteral("total"), cellJson(group.weeks[w].total)}});
    }
    QJsonArray perClinic;
    for (qsizetype c = 0; c < forwards.size(); ++c)
        perClinic.append(
            QJsonObject{{QStringLiteral("clinicId"), clinics.value(c)},
                        {QStringLiteral("asOf"), forwards[c].asOf.toString(Qt::ISODate)}});
    return QJsonObject{{QStringLiteral("asOf"), group.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("locationId"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("clinics"), perClinic},
                       {QStringLiteral("weeks"), weeks}};
}

} // namespace routiq
