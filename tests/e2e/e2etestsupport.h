#pragma once

#include "domain/databasekey.h"
#include "simulator/simulatedclinic.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QObject;
class QProcess;
class QProcessEnvironment;

#include <functional>

namespace routiq::test {

// A small generated clinic (fast to sync) with the simulator's usual shapes; another `seed`
// gives another clinic (0 = the generator's default).
SimulatedClinic smallClinic(int historyDays = 60, int patients = 300, quint64 seed = 0);

// The latest appointment at a location in the account's zone: a booking made like it "an hour
// from now" falls on today or tomorrow of the dashboard's "today" (the account zone without a
// location filter, metrics.md reading 11) at any time of day. At a location further west it can
// still be yesterday there (Perth is three hours behind Melbourne). Id 0 when there is none.
SimAppointment appointmentInAccountZone(const SimulatedClinic &clinic);

// Spins the event loop (no sleeping) until `done()` or the timeout; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);

// Compares the cache at `path` with what a full read of `clinic` must give: the same
// appointment ids with the same statuses and instants, and each appointment's local day in its
// location's zone. Returns an empty string when equal, else the first difference.
QString compareCacheWithClinic(const QString &path, const DatabaseKey &key,
                               const SimulatedClinic &clinic);

// routiq-cli as a child process, with the test's (throw-away) keyring session and a data dir.
// Once signInAsNewAdmin() ran, every later run passes --user and ROUTIQ_PASSWORD_FILE.
struct Cli
{
    explicit Cli(QString dir) : dataDir(std::move(dir)) {}

    QString dataDir;
    QString user;            // --user for every run when set
    QString passwordFile;    // ROUTIQ_PASSWORD_FILE for every run when set
    QString newPasswordFile; // ROUTIQ_NEW_PASSWORD_FILE when set (user add)
    QString recoveryKey;     // what signInAsNewAdmin's `user add` printed, once
    QStringList globalArgs;  // before --user and the command, e.g. --master-key-file FILE

    QProcess *start(const QStringList &args, QObject *parent) const;
    // The same in `environment` (the system's by default) plus the data dir and passwords.
    QProcess *start(const QStringList &args, QObject *parent,
                    QProcessEnvironment environment) const;
    // Runs to completion while the event loop (and so an in-process simulator) keeps going;
    // the exit code, or -1 after a crash or a timeout.
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr) const;
    // Writes `password` to a file beside the data dir and returns its path.
    QString writePasswordFile(const QString &name, const QString &password) const;
    // `user add --name NAME --role admin` on an empty data dir, then acts as that admin.
    bool signInAsNewAdmin(const QString &name = QStringLiteral("admin"));
    // As the current user: `user add` with the role and clinics; returns the password file.
    QString addUser(const QString &name, const QString &role, const QStringList &clinics = {});
    // `clinic add --id ID --name ID --pms PMS` with the key in a 0600 file beside the data dir
    // and the base URL (the simulator's); true when it exited 0.
    bool addClinic(const QString &id, const QString &pms, const QUrl &baseUrl,
                   const QString &apiKey) const;
    // The recovery key in `user add`'s output (eight groups of four), or empty.
    static QString recoveryKeyIn(const QString &out);
    // The JSON error code printed on stderr.
    static QString errorCode(const QString &err);
};

} // namespace routiq::test
