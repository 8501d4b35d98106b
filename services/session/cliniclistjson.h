#pragma once

#include "domain/clinicconnection.h"

#include <QJsonArray>
#include <QList>

namespace routiq {

// The clinics an account may see as JSON: one formatter for `routiq-cli clinic list --json` and
// the REST API's GET /api/v1/clinics. No API key and nothing patient-level is in a connection.
class ClinicListJson
{
public:
    static QJsonArray toJson(const QList<ClinicConnection> &clinics);
};

} // namespace routiq
