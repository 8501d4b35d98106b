#include "e2etestsupport.h"

#include "simulator/clinicgenerator.h"
#include "storage/clinicdatabasereader.h"
#include "storage/referencedata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimeZone>

namespace routiq::test {

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QObject context;
    QSignalSpy never(&context, &QObject::destroyed);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        never.wait(20);
    }
    return true;
}

SimulatedClinic smallClinic(int historyDays, int patients, quint64 seed)
{
    ClinicGenerator::Params params;
    if (seed != 0)
        params.seed = seed;
    params.historyDays = historyDays;
    params.futureDays = 14;
    params.patientCount = patients;
    return ClinicGenerator::generate(params);
}

SimAppointment appointmentInAccountZone(const SimulatedClinic &clinic)
{
    const auto inAccountZone = [&](const SimAppointment &a) {
        const SimBusiness *b = clinic.business(a.businessId);
        return b && b->timeZoneLabel == clinic.accountTimeZoneLabel;
    };
    const auto found =
        std::find_if(clinic.appointments.crbegin(), clinic.appointments.crend(), inAccountZone);
    return found == clinic.appointments.crend() ? SimAppointment{} : *found;
}

QString compareCacheWithClinic(const QString &path, const DatabaseKey &key,
                               const SimulatedClinic &clinic)
{
    RoutiqError error;
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    if (!reader)
        return QStringLiteral("cannot open the cache: ") + error.message;
    const QList<AppointmentFact> facts = reader->loadFacts(&error);
    if (!error.isNull())
        return QStringLiteral("cannot read the cache: ") + error.message;

    QHash<RecordId, AppointmentFact> byId;
    for (const AppointmentFact &f : facts)
        byId.insert(f.id, f);
    if (byId.size() != clinic.appointments.size())
        return QStringLiteral("cache has %1 appointments, the clinic %2")
            .arg(byId.size())
            .arg(clinic.appointments.size());

    for (const SimAppointment &a : clinic.appointments) {
        const auto it = byId.constFind(a.id);
        if (it == byId.constEnd())
            return QStringLiteral("appointment %1 missing").arg(a.id);
        const AppointmentFact &f = *it;
        const QTimeZone zone(clinic.business(a.businessId)->timeZoneId.toUtf8());
        const QDateTime local = a.startsAt.toTimeZone(zone);
        const bool ok =
            f.startsAtUtcMSecs == a.startsAt.toMSecsSinceEpoch() &&
            f.cancelled == a.isCancelled() && f.deleted == a.isArchived() &&
            f.didNotArrive == a.didNotArrive.value_or(false) &&
            f.arrived == a.patientArrived.value_or(false) && f.patientId == a.patientId &&
            f.practitionerId == a.practitionerId && f.locationId == a.businessId &&
            f.localJulianDay == local.date().toJulianDay() && f.localHour == local.time().hour() &&
            f.localWeekday == local.date().dayOfWeek();
        if (!ok)
            return QStringLiteral("appointment %1 differs").arg(a.id);
    }

    const QList<Practitioner> practitioners =
        ReferenceData::practitioners(reader->connectionName());
    if (practitioners.size() != clinic.practitioners.size())
        return QStringLiteral("cache has %1 practitioners, the clinic %2 (inactive included)")
            .arg(practitioners.size())
            .arg(clinic.practitioners.size());
    const QList<Location> locations = ReferenceData::locations(reader->connectionName());
    if (locations.size() != clinic.businesses.size())
        return QStringLiteral("location count differs");
    return {};
}

QProcess *Cli::start(const QStringList &args, QObject *parent) const
{
    return start(args, parent, QProcessEnvironment::systemEnvironment());
}

QProcess *Cli::start(const QStringList &args, QObject *parent, QProcessEnvironment env) const
{
    auto *p = new QProcess(parent);
    env.insert(QStringLiteral("ROUTIQ_DATA_DIR"), dataDir);
    if (!passwordFile.isEmpty())
        env.insert(QStringLiteral("ROUTIQ_PASSWORD_FILE"), passwordFile);
    if (!newPasswordFile.isEmpty())
        env.insert(QStringLiteral("ROUTIQ_NEW_PASSWORD_FILE"), newPasswordFile);
    p->setProcessEnvironment(env);
    QStringList all = args;
    if (!user.isEmpty())
        all = QStringList{QStringLiteral("--user"), user} + args;
    all = globalArgs + all;
    p->start(QStringLiteral(ROUTIQ_TEST_BIN_DIR "/routiq-cli"), all);
    return p;
}

int Cli::run(const QStringList &args, QString *out, QString *err) const
{
    QObject owner;
    QProcess *p = start(args, &owner);
    QSignalSpy done(p, &QProcess::finished);
    if (!done.wait(180000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p->readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p->readAllStandardError());
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
}

QString Cli::writePasswordFile(const QString &name, const QString &password) const
{
    const QFileInfo data(dataDir);
    QFile f(data.absoluteDir().filePath(data.fileName() + QLatin1Char('-') + name +
                                        QStringLiteral(".pw")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(password.toUtf8());
    return f.fileName();
}

bool Cli::addClinic(const QString &id, const QString &pms, const QUrl &baseUrl,
                    const QString &apiKey) const
{
    const QFileInfo data(dataDir);
    QFile key(data.absoluteDir().filePath(data.fileName() + QLatin1Char('-') + id +
                                          QStringLiteral(".key")));
    if (!key.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    key.write(apiKey.toUtf8());
    key.close();
    key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // as the README says
    return run({QStringLiteral("clinic"), QStringLiteral("add"), QStringLiteral("--id"), id,
                QStringLiteral("--name"), id, QStringLiteral("--pms"), pms,
                QStringLiteral("--api-key-file"), key.fileName(), QStringLiteral("--base-url"),
                baseUrl.toString(), QStringLiteral("--contact-email"),
                QStringLiteral("t@routiq.invalid")}) == 0;
}

bool Cli::signInAsNewAdmin(const QString &name)
{
    newPasswordFile = writePasswordFile(name, QStringLiteral("admin password for ") + name);
    QString out;
    const int code = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                          name, QStringLiteral("--role"), QStringLiteral("admin")},
                         &out);
    recoveryKey = recoveryKeyIn(out);
    user = name;
    passwordFile = newPasswordFile;
    newPasswordFile.clear();
    return code == 0;
}

QString Cli::addUser(const QString &name, const QString &role, const QStringList &clinics)
{
    newPasswordFile = writePasswordFile(name, QStringLiteral("password of ") + name);
    QStringList args{QStringLiteral("user"),   QStringLiteral("add"),
                     QStringLiteral("--name"), name,
                     QStringLiteral("--role"), role};
    for (const QString &c : clinics)
        args << QStringLiteral("--clinic") << c;
    const int code = run(args);
    const QString file = newPasswordFile;
    newPasswordFile.clear();
    return code == 0 ? file : QString();
}

QString Cli::recoveryKeyIn(const QString &out)
{
    static const QRegularExpression key(QStringLiteral("[A-Z2-7]{4}(-[A-Z2-7]{4}){7}"));
    return key.match(out).captured(0);
}

QString Cli::errorCode(const QString &err)
{
    // The JSON error; progress, notices and warnings may come before or after it.
    const QStringList lines = err.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonObject json = QJsonDocument::fromJson(it->toUtf8()).object();
        if (json.contains(QStringLiteral("code")))
            return json.value(QStringLiteral("code")).toString();
    }
    return {};
}

} // namespace routiq::test
