#pragma once

#include "simulatedclinic.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace routiq {

// Renders simulated records exactly as Cliniko v1 shows them: string ids, UTC "Z" timestamps,
// null for unset values, related records only as link objects under the server's own base URL.
class ClinikoJsonWriter
{
public:
    ClinikoJsonWriter(QString baseUrl, bool advancedTimeZones);

    QJsonObject business(const SimBusiness &b) const;
    QJsonObject practitioner(const SimPractitioner &p) const;
    QJsonObject appointmentType(const SimAppointmentType &t) const;
    QJsonObject patient(const SimPatient &p, const SimulatedClinic &clinic) const;
    QJsonObject appointment(const SimAppointment &a, const SimulatedClinic &clinic) const;
    QJsonObject settings(const SimulatedClinic &clinic) const;

    static QJsonValue timestamp(const QDateTime &t); // null when invalid
    static QString id(RecordId id);

private:
    QJsonObject link(const QString &path) const;

    QString m_base;
    bool m_advancedTimeZones;
};

} // namespace routiq
