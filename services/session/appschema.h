#pragma once

#include "storage/schemamigrator.h"

namespace routiq {

// The numbered migrations of the small app database: clinic connections, then the accounts and
// audit tables of services/security (SecuritySchema), numbered from 2, in one linear order
// (a test checks every security step is included).
class AppSchema
{
public:
    static QList<Migration> migrations();
    static const SchemaMigrator &migrator();
};

} // namespace routiq
