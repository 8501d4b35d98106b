#pragma once

#include "schemamigrator.h"

namespace routiq {

// The numbered migrations of the small app database: clinic connections, then the accounts and
// audit tables of services/security (SecuritySchema), in one linear order. A new security
// migration must be added here with the next number (a test checks none is missing).
class AppSchema
{
public:
    static QList<Migration> migrations();
    static const SchemaMigrator &migrator();
};

} // namespace routiq
