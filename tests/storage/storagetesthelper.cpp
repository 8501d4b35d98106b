// A helper process for the storage tests, so they can do what one process cannot:
//   storage_test_helper crash-writer <db path> <key hex>
//       writes pages of appointments with their checkpoint forever, printing "committed N"
//       after each commit, until the test SIGKILLs it;
//   storage_test_helper keychain-probe
//       asks the keychain for a database key and prints the error it got as JSON (the test
//       runs it with no reachable D-Bus session).
#include "secrets/keychainsecretstore.h"
#include "secrets/keyvault.h"
#include "storage/sqlciphersupport.h"
#include "storagefixtures.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace routiq;

namespace {

constexpr int kAppointmentsPerPage = 200;

int crashWriter(const QString &path, const QString &keyHex)
{
    RoutiqError error;
    ClinicDatabaseOptions options{path, DatabaseKey::fromHex(keyHex), QTimeZone::utc()};
    auto db = ClinicDatabase::open(options, &error);
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error.code));
        return 2;
    }
    int page = 0;
    if (const auto cp = db->checkpoint(ResourceKind::Appointments))
        page = cp->cursor.mid(5).toInt();
    for (;;) {
        ++page;
        const PmsPage data = test::appointmentsPage(
            kAppointmentsPerPage, RecordId(page - 1) * kAppointmentsPerPage + 1,
            QDateTime::fromSecsSinceEpoch(1'700'000'000LL + page * 86400LL, Qt::UTC));
        ChangeSet changes;
        if (!db->applyPage(data,
                           test::checkpointFor(ResourceKind::Appointments,
                                               QStringLiteral("page-%1").arg(page)),
                           &changes, &error)) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(error.code));
            return 3;
        }
        std::printf("committed %d\n", page);
        std::fflush(stdout);
    }
}

int keychainProbe(QCoreApplication &app)
{
    KeychainSecretStore store;
    KeyVault vault(&store);
    int exitCode = 1;
    vault.readSlotSecret(QStringLiteral("probe"), [&](const std::optional<QByteArray> &secret,
                                                      const RoutiqError &error) {
        QJsonObject o = error.toJson();
        o.insert(QStringLiteral("gotKey"), secret.has_value());
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        exitCode = error.isNull() ? 0 : 1;
        app.quit();
    });
    app.exec();
    return exitCode;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("crash-writer"))
        return crashWriter(args.at(2), args.at(3));
    if (args.size() == 2 && args.at(1) == QLatin1String("keychain-probe"))
        return keychainProbe(app);
    std::fprintf(stderr, "usage: storage_test_helper crash-writer PATH KEYHEX | keychain-probe\n");
    return 64;
}
