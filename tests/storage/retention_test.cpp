// Retention blanks names for good: no page of the file or its WAL still holds them, read with
// the key (each SQLCipher page decrypted as the library does), not only through SQL.
#include "core/clock.h"
#include "storage/clinicdatabase.h"
#include "storagefixtures.h"
#include "testapp.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <openssl/evp.h>

#include <memory>

using namespace routiq;
using namespace routiq::test;

namespace {

constexpr int kPageSize = 4096; // the pinned format (sqlcipherformat.h)
constexpr int kReserve = 48;    // per page: IV (16) + HMAC-SHA1 (20), rounded to AES blocks
constexpr int kSaltBytes = 16;  // page 1 starts with the file's salt, not encrypted

// One SQLCipher 3 page as the library sees it: AES-256-CBC under the raw key, the IV stored in
// the page's reserved tail (page 1 keeps its first 16 bytes, the salt, in the clear).
QByteArray decryptPage(const QByteArray &page, quint32 pageNumber, const QByteArray &key)
{
    const int offset = pageNumber == 1 ? kSaltBytes : 0;
    const QByteArray iv = page.mid(kPageSize - kReserve, 16);
    const QByteArray cipher = page.mid(offset, kPageSize - kReserve - offset);
    QByteArray plain(cipher.size(), '\0');
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free);
    int written = 0, tail = 0;
    REQUIRE(EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr,
                               reinterpret_cast<const unsigned char *>(key.constData()),
                               reinterpret_cast<const unsigned char *>(iv.constData())) == 1);
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    REQUIRE(EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &written,
                              reinterpret_cast<const unsigned char *>(cipher.constData()),
                              int(cipher.size())) == 1);
    REQUIRE(EVP_DecryptFinal_ex(
                ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + written, &tail) == 1);
    return plain;
}

// Every page of the database file and every frame of its WAL, decrypted.
QByteArray decryptedContent(const QString &path, const QByteArray &key)
{
    QByteArray out;
    const QByteArray file = readAll(path);
    for (qsizetype at = 0; at + kPageSize <= file.size(); at += kPageSize)
        out += decryptPage(file.mid(at, kPageSize), quint32(at / kPageSize + 1), key);
    // WAL: a 32-byte header, then frames of a 24-byte header (page number first) and a page.
    const QByteArray wal = readAll(path + QStringLiteral("-wal"));
    for (qsizetype at = 32; at + 24 + kPageSize <= wal.size(); at += 24 + kPageSize) {
        const quint32 pageNumber = qFromBigEndian<quint32>(wal.constData() + at);
        out += decryptPage(wal.mid(at + 24, kPageSize), pageNumber, key);
    }
    return out;
}

} // namespace

TEST_CASE("after retention no page of the cache or its WAL holds a blanked name, even read with "
          "the key")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("retention.db"));
    const DatabaseKey key = DatabaseKey::generate();
    auto db = openSeeded(path, key);
    REQUIRE(db);
    RoutiqError error;
    ChangeSet changes;

    // A patient last seen in 2015, with names found nowhere else.
    PmsPage patient = patientsPage(1, 50);
    patient.patients.first().firstName = QStringLiteral("Ottoline");
    patient.patients.first().lastName = QStringLiteral("Vellacott-Purged");
    REQUIRE(db->applyPage(patient, checkpointFor(ResourceKind::Patients, {}), &changes, &error));
    PmsPage visit = appointmentsPage(1, 500, QDateTime(QDate(2015, 3, 2), QTime(9, 0), Qt::UTC));
    visit.appointments.first().patientId = 50;
    REQUIRE(db->applyPage(visit, checkpointFor(ResourceKind::Appointments, {}), &changes, &error));

    // The decryption is right: before retention the name is there to find.
    REQUIRE(decryptedContent(path, key.bytes()).contains("Vellacott-Purged"));

    ManualClock clock(QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC));
    REQUIRE(db->applyPatientNameRetention(5, clock, &error) >= 1);

    const QByteArray content = decryptedContent(path, key.bytes());
    CHECK_FALSE(content.contains("Vellacott-Purged"));
    CHECK_FALSE(content.contains("Ottoline"));
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0); // checkpointed, truncated
}
