#pragma once

// The sync agent as a process for the shared-mode tests (issue 16): a Cliniko simulator on
// loopback, a fresh server database after `server init`, `clinic add` through the real CLI, and
// routiq-cli children whose output is collected as it arrives.
#include "e2etestsupport.h"
#include "pgserver.h"
#include "shared/serverconnection.h"
#include "shared/serverconninfo.h"
#include "shared/serverfactreader.h"
#include "simulator/clinicgenerator.h"
#include "simulator/clinikosimulator.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace routiq::test {

// A routiq-cli child whose output is collected as it arrives.
struct Watched
{
    QObject owner;
    QProcess *process = nullptr;
    QString out;
    QString err;

    void start(const Cli &cli, const QStringList &args)
    {
        process = cli.start(args, &owner);
        QObject::connect(process, &QProcess::readyReadStandardOutput, &owner,
                         [this] { out += QString::fromUtf8(process->readAllStandardOutput()); });
        QObject::connect(process, &QProcess::readyReadStandardError, &owner,
                         [this] { err += QString::fromUtf8(process->readAllStandardError()); });
    }
    bool waitErr(const QString &text, int timeoutMs = 60'000)
    {
        return spinUntil([&] { return err.contains(text); }, timeoutMs);
    }
    bool waitOut(const QString &text, int timeoutMs = 60'000)
    {
        return spinUntil([&] { return out.contains(text); }, timeoutMs);
    }
    // The complete lines: a long JSON line can arrive in pieces, and the last piece may still
    // be on its way.
    QStringList lines() const
    {
        return out.left(out.lastIndexOf(u'\n') + 1).split(u'\n', Qt::SkipEmptyParts);
    }
    bool waitLines(int count, int timeoutMs = 60'000)
    {
        return spinUntil([&] { return lines().size() >= count; }, timeoutMs);
    }
    bool stop() // SIGTERM, as systemd stops the agent
    {
        if (process->state() == QProcess::NotRunning)
            return true;
        QSignalSpy done(process, &QProcess::finished);
        process->terminate();
        return done.wait(60'000);
    }
    ~Watched()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(10'000);
        }
    }
};

struct AgentRig
{
    ClinikoSimulator sim;
    QTemporaryDir dir;
    QString conninfo;
    Cli cli{dir.filePath(QStringLiteral("data"))};

    // A small clinic by default (a backfill of a few seconds); `big` for a backfill of many
    // pages, long enough to be killed in the middle.
    explicit AgentRig(PgServer &server, bool big = false)
        : sim(big ? smallClinic(240, 1500) : smallClinic(120, 500))
    {
        sim.setRateLimitEnabled(false);
        REQUIRE(sim.start());
        conninfo = server.conninfo(server.createDatabase());
        cli.globalArgs = {QStringLiteral("--server"), conninfo};
        REQUIRE(cli.run({QStringLiteral("server"), QStringLiteral("init")}) == 0);
    }
    // `--server … clinic add`: the clinic on the server, its PMS connection in the keychain.
    void addClinic(const QString &id)
    {
        QFile key(dir.filePath(id + QStringLiteral(".key")));
        REQUIRE(key.open(QIODevice::WriteOnly));
        key.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        key.write(sim.apiKey().toUtf8());
        key.close();
        QString out, err;
        const int code =
            cli.run({QStringLiteral("clinic"), QStringLiteral("add"), QStringLiteral("--id"), id,
                     QStringLiteral("--name"), id, QStringLiteral("--pms"),
                     QStringLiteral("cliniko"), QStringLiteral("--api-key-file"), key.fileName(),
                     QStringLiteral("--base-url"), sim.baseUrl().toString(),
                     QStringLiteral("--contact-email"), QStringLiteral("t@routiq.invalid")},
                    &out, &err);
        INFO(err.toStdString());
        REQUIRE(code == 0);
        // Audited on the server, as a local `clinic add` is in the folder's log.
        RoutiqError error;
        const auto info = ServerConnInfo::parse(conninfo, &error);
        REQUIRE(info);
        const auto db = ServerConnection::open(*info, &error);
        REQUIRE(db);
        QSqlQuery q(db->database());
        REQUIRE(q.prepare(QStringLiteral("SELECT detail->>'what' FROM audit_log WHERE action = "
                                         "'connection.change' AND clinic_id = ?")));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("add"));
    }
    QStringList sync(const QString &clinic, bool watch) const
    {
        QStringList args{QStringLiteral("sync"), QStringLiteral("--clinic"), clinic};
        if (watch)
            args << QStringLiteral("--watch");
        return args;
    }
    QList<AppointmentFact> facts(const QString &clinic) const
    {
        RoutiqError error;
        const auto info = ServerConnInfo::parse(conninfo, &error);
        REQUIRE(info);
        auto reader = ServerFactReader::open(*info, clinic, &error);
        REQUIRE(reader);
        QList<AppointmentFact> list = reader->loadFacts(&error);
        REQUIRE(error.isNull());
        std::sort(list.begin(), list.end(),
                  [](const AppointmentFact &a, const AppointmentFact &b) { return a.id < b.id; });
        return list;
    }
    // A booking near today that is still on, and a range around it.
    std::pair<RecordId, QStringList> bookingAndRange() const
    {
        const QDate today = QDate::currentDate();
        for (const SimAppointment &a : sim.clinic().appointments) {
            const QDate day = a.startsAt.toUTC().date();
            if (!a.isCancelled() && !a.isArchived() && std::abs(day.daysTo(today)) < 5)
                return {a.id,
                        {QStringLiteral("--start"), today.addDays(-15).toString(Qt::ISODate),
                         QStringLiteral("--end"), today.addDays(15).toString(Qt::ISODate)}};
        }
        FAIL("no booking near today in the simulated clinic");
        return {};
    }
};

} // namespace routiq::test
