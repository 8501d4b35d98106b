#include "cliniclistjson.h"

#include "domain/pmskind.h"

#include <QJsonObject>

namespace routiq {

QJsonArray ClinicListJson::toJson(const QList<ClinicConnection> &clinics)
{
    QJsonArray array;
    for (const ClinicConnection &c : clinics) {
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("pms"), pmsKindName(c.pmsKind)},
                                 {QStringLiteral("baseUrl"), c.baseUrlOverride},
                                 {QStringLiteral("timeZone"), c.timeZoneOverride},
                                 {QStringLiteral("retentionYears"), c.patientNameRetentionYears},
                                 {QStringLiteral("createdAt"), c.createdAt.toString(Qt::ISODate)}});
    }
    return array;
}

} // namespace routiq
