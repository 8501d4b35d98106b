#include "clinicdataremoval.h"

#include "core/logging.h"
#include "secrets/keyvault.h"
#include "storage/appdatabase.h"
#include "storage/clinicdatabase.h"

#include <QTimer>

namespace routiq {

void ClinicDataRemoval::remove(AppDatabase *app, KeyVault *vault, const QString &dataDirectory,
                               const ClinicId &clinic, DoneCallback done)
{
    RoutiqError error;
    if (!ClinicConnection::isValidId(clinic)) {
        error = RoutiqError::make(QStringLiteral("CLINIC_ID_INVALID"),
                                  QStringLiteral("There is no such clinic connection."),
                                  clinic.left(80));
    } else if (ClinicDatabase::removeFiles(AppDatabase::clinicDatabasePath(dataDirectory, clinic),
                                           &error) &&
               app->removeClinicConnection(clinic, &error)) {
        qCInfo(lcStorage) << "removed the cache and connection of clinic" << clinic;
        vault->removeClinicSecrets(clinic, std::move(done));
        return;
    }
    // Answer later, like the success path, so callers see one behaviour.
    QTimer::singleShot(0, vault, [done = std::move(done), error] { done(error); });
}

} // namespace routiq
