#pragma once

#include "domain/databasekey.h"
#include "domain/pmspage.h"
#include "domain/records.h"
#include "storage/clinicdatabase.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

// Seeded clinic data for the storage tests: recognisable patient names (to prove they never
// appear in plaintext) and appointments across zones.
namespace routiq::test {

inline const QStringList kSeededSurnames = {QStringLiteral("Quillfeather"),
                                            QStringLiteral("Zebrowski-Ngata"),
                                            QStringLiteral("Okonkwo-Villanueva")};

PmsPage locationsPage(); // 1 = Melbourne, 2 = Auckland, 3 = no zone
PmsPage practitionersPage();
PmsPage patientsPage(int count, RecordId firstId = 1); // surnames cycle through kSeededSurnames
PmsPage appointmentsPage(int count, RecordId firstId, QDateTime firstStartUtc);
SyncCheckpoint checkpointFor(ResourceKind kind, const QString &cursor);

QByteArray readAll(const QString &path);

// An open clinic database in a fresh temp file (key random), fully seeded with reference data.
std::unique_ptr<ClinicDatabase> openSeeded(const QString &path, const DatabaseKey &key,
                                           int patients = 10);

} // namespace routiq::test
