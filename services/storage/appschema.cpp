#include "appschema.h"

#include "security/securityschema.h"

namespace routiq {

QList<Migration> AppSchema::migrations()
{
    const QList<SecuritySchema::Migration> security = SecuritySchema::migrations();
    auto securityStep = [&](int version, int securityNumber) {
        const SecuritySchema::Migration &m = security.at(securityNumber - 1);
        Q_ASSERT(m.number == securityNumber);
        return Migration{version,
                         QStringLiteral("security %1: %2").arg(m.number).arg(m.description),
                         m.statements};
    };
    return {
        {1,
         QStringLiteral("clinic connections"),
         {QStringLiteral("CREATE TABLE clinic_connections (id TEXT PRIMARY KEY, name TEXT NOT "
                         "NULL, pms_kind TEXT NOT NULL, base_url_override TEXT NOT NULL DEFAULT "
                         "'', time_zone_override TEXT NOT NULL DEFAULT '', contact_email TEXT NOT "
                         "NULL DEFAULT '', patient_name_retention_years INTEGER NOT NULL DEFAULT "
                         "0, created_at INTEGER NOT NULL)")}},
        securityStep(2, 1),
    };
}

const SchemaMigrator &AppSchema::migrator()
{
    static const SchemaMigrator instance(QStringLiteral("app database"), migrations());
    return instance;
}

} // namespace routiq
