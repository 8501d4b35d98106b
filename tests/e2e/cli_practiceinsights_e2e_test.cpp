// routiq-cli insights lapsed|forward, practitioner hours and metrics --by practitioner (issue
// 13) against the simulator on loopback: every figure recomputed here straight from the
// simulator's records with the definitions of docs/metrics.md, no engine code shared.
#include "e2etestsupport.h"
#include "testapp.h"

#include "simulator/clinikosimulator.h"
#include "simulator/nookalsimulator.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <map>

using namespace routiq;

namespace {

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromUtf8(w);
    return list;
}

QJsonObject jsonOf(const QString &out)
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QDate localDate(const SimulatedClinic &clinic, const SimAppointment &a)
{
    return a.startsAt.toTimeZone(QTimeZone(clinic.business(a.businessId)->timeZoneId.toUtf8()))
        .date();
}

struct LapsedRow
{
    RecordId patientId;
    QDate lastVisit;
    qint64 daysSince;
    int attended365 = 0, missed365 = 0;
};

// The lapsed list of docs/metrics.md, by brute force over every appointment.
QList<LapsedRow> bruteLapsed(const SimulatedClinic &clinic, QDate today, const QDateTime &now)
{
    struct State
    {
        QDate last;
        bool bookedAfterNow = false;
        int attended365 = 0, missed365 = 0;
    };
    std::map<RecordId, State> patients;
    for (const SimAppointment &a : clinic.appointments) {
        if (a.isCancelled() || a.isArchived())
            continue;
        State &s = patients[a.patientId];
        const QDate d = localDate(clinic, a);
        if (a.startsAt > now)
            s.bookedAfterNow = true;
        const bool inYear = d > today.addDays(-365) && d <= today;
        if (a.patientArrived.value_or(false)) {
            if (!s.last.isValid() || d > s.last)
                s.last = d;
            s.attended365 += inYear;
        }
        if (a.didNotArrive.value_or(false))
            s.missed365 += inYear;
    }
    QList<LapsedRow> rows;
    for (const auto &[id, s] : patients) {
        const SimPatient *p = clinic.patient(id);
        if (!s.last.isValid() || s.bookedAfterNow || (p && p->archivedAt.isValid()))
            continue;
        const qint64 days = s.last.daysTo(today);
        if (days >= 21 && days <= 180)
            rows.append({id, s.last, days, s.attended365, s.missed365});
    }
    std::sort(rows.begin(), rows.end(), [](const LapsedRow &a, const LapsedRow &b) {
        return a.daysSince != b.daysSince ? a.daysSince < b.daysSince : a.patientId < b.patientId;
    });
    return rows;
}

bool audited(const test::Cli &admin, const char *user, const char *action)
{
    QString out, err;
    if (admin.run(args({"audit", "list"}), &out, &err) != 0)
        return false;
    const QStringList lines = out.split(QLatin1Char('\n'));
    return std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        return f.size() >= 5 && f.at(2) == QLatin1String(user) &&
               f.at(3) == QLatin1String(action) && f.at(4) == QLatin1String("north");
    });
}

} // namespace

TEST_CASE("insights lapsed, forward and metrics by practitioner agree with the definitions on "
          "the simulator, with the role rules and the audit")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(220, 300, 13));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    REQUIRE(admin.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                            sim.apiKey()));
    QString out, err;
    REQUIRE(admin.run(args({"sync", "--clinic", "north"}), &out, &err) == 0);
    test::Cli staff = admin;
    staff.user = QStringLiteral("sam");
    staff.passwordFile =
        admin.addUser(QStringLiteral("sam"), QStringLiteral("staff"), {QStringLiteral("north")});
    test::Cli reader = admin;
    reader.user = QStringLiteral("rita");
    reader.passwordFile = admin.addUser(QStringLiteral("rita"), QStringLiteral("readonly"),
                                        {QStringLiteral("north")});
    const SimulatedClinic &clinic = sim.clinic();

    // --- lapsed: the list for staff, exactly as defined
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(staff.run(args({"insights", "lapsed", "--clinic", "north"}), &out, &err) == 0);
    const QJsonObject lapsed = jsonOf(out);
    const QDate today =
        QDate::fromString(lapsed.value(QStringLiteral("asOf")).toString(), Qt::ISODate);
    REQUIRE(today.isValid());
    const QList<LapsedRow> expected = bruteLapsed(clinic, today, now);
    const QJsonArray rows = lapsed.value(QStringLiteral("patients")).toArray();
    REQUIRE(expected.size() > 3);
    REQUIRE(rows.size() == expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject r = rows[i].toObject();
        INFO("row " << i);
        CHECK(r.value(QStringLiteral("patientId")).toString() ==
              QString::number(expected[i].patientId));
        CHECK(r.value(QStringLiteral("lastVisit")).toString() ==
              expected[i].lastVisit.toString(Qt::ISODate));
        CHECK(r.value(QStringLiteral("daysSince")).toInt() == expected[i].daysSince);
        CHECK(r.value(QStringLiteral("attendedLast365")).toInt() == expected[i].attended365);
        CHECK(r.value(QStringLiteral("missedLast365")).toInt() == expected[i].missed365);
        const SimPatient *p = clinic.patient(expected[i].patientId);
        REQUIRE(p);
        CHECK(r.value(QStringLiteral("name")).toString() ==
              p->firstName + QLatin1Char(' ') + p->lastName);
        CHECK(r.value(QStringLiteral("phone")).toString() == p->mobile());
    }

    // Read-only: no list, the count yes; both audited.
    CHECK(reader.run(args({"insights", "lapsed", "--clinic", "north"}), &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(out.contains(QStringLiteral("patientId")));
    REQUIRE(reader.run(args({"insights", "lapsed", "--clinic", "north", "--count"}), &out, &err) ==
            0);
    CHECK(jsonOf(out).value(QStringLiteral("count")).toInt() == expected.size());
    CHECK_FALSE(out.contains(QStringLiteral("patients")));
    CHECK(audited(admin, "sam", "patient_level.view"));
    CHECK(audited(admin, "rita", "access.denied"));

    // --- working hours: admins only; then forward bookings as defined
    const RecordId practitioner = clinic.practitioners.first().id;
    const QByteArray practitionerText = QByteArray::number(practitioner);
    CHECK(staff.run(args({"practitioner", "hours", "--clinic", "north", "--practitioner",
                          practitionerText.constData(), "--set", "Mon 08:00-17:00"}),
                    &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ACCESS_DENIED"));
    REQUIRE(
        admin.run(args({"practitioner", "hours", "--clinic", "north", "--practitioner",
                        practitionerText.constData(), "--set", "Mon 08:00-17:00, Wed 09:00-13:30"}),
                  &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Mon 08:00-17:00, Wed 09:00-13:30")));
    CHECK(audited(admin, "admin", "connection.change"));
    CHECK(admin.run(args({"practitioner", "hours", "--clinic", "north", "--practitioner",
                          practitionerText.constData(), "--set", "Mon 17:00-08:00"}),
                    &out, &err) == 2);

    REQUIRE(reader.run(args({"insights", "forward", "--clinic", "north", "--weeks", "3"}), &out,
                       &err) == 0);
    const QJsonObject forward = jsonOf(out);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QJsonArray weeks = forward.value(QStringLiteral("weeks")).toArray();
    REQUIRE(weeks.size() == 3);
    qint64 bookedSeen = 0;
    for (int w = 0; w < 3; ++w) {
        const QJsonObject week = weeks[w].toObject();
        const QDate start = monday.addDays(7 * w);
        CHECK(week.value(QStringLiteral("weekStart")).toString() == start.toString(Qt::ISODate));
        std::map<RecordId, std::pair<int, qint64>> brute; // bookings, minutes
        for (const SimAppointment &a : clinic.appointments) {
            const QDate d = localDate(clinic, a);
            if (a.isCancelled() || a.isArchived() || d < start || d > start.addDays(6))
                continue;
            auto &cell = brute[a.practitionerId];
            ++cell.first;
            cell.second += a.startsAt.secsTo(a.endsAt) / 60;
        }
        int totalBookings = 0;
        qint64 totalMinutes = 0;
        for (const QJsonValue &v : week.value(QStringLiteral("practitioners")).toArray()) {
            const QJsonObject p = v.toObject();
            const RecordId id = p.value(QStringLiteral("practitionerId")).toString().toLongLong();
            CHECK(p.value(QStringLiteral("bookings")).toInt() == brute[id].first);
            CHECK(p.value(QStringLiteral("bookedMinutes")).toInteger() == brute[id].second);
            totalBookings += brute[id].first;
            totalMinutes += brute[id].second;
            if (id == practitioner) {
                // Monday 9 h + Wednesday 4.5 h.
                CHECK(p.value(QStringLiteral("capacityMinutes")).toInteger() == 810);
                const double expectedUtilisation =
                    std::round(double(brute[id].second) * 1000.0 / 810.0) / 10.0;
                CHECK(p.value(QStringLiteral("utilisation")).toDouble() ==
                      Approx(expectedUtilisation));
            } else {
                CHECK(p.value(QStringLiteral("capacityMinutes")).isNull());
                CHECK(p.value(QStringLiteral("utilisation")).isNull());
            }
        }
        const QJsonObject total = week.value(QStringLiteral("total")).toObject();
        CHECK(total.value(QStringLiteral("bookings")).toInt() == totalBookings);
        CHECK(total.value(QStringLiteral("bookedMinutes")).toInteger() == totalMinutes);
        bookedSeen += totalBookings;
    }
    CHECK(bookedSeen > 20);

    // --- metrics --by practitioner: each row is what --practitioner gives
    REQUIRE(staff.run(
                args({"metrics", "--clinic", "north", "--period", "month", "--by", "practitioner"}),
                &out, &err) == 0);
    const QJsonObject byPractitioner = jsonOf(out);
    const QJsonArray practitioners =
        byPractitioner.value(QStringLiteral("practitioners")).toArray();
    REQUIRE(practitioners.size() >= 3);
    int previousBookings = std::numeric_limits<int>::max();
    for (const QJsonValue &v : practitioners) {
        QJsonObject row = v.toObject();
        const QString id = row.value(QStringLiteral("practitionerId")).toString();
        CHECK(row.value(QStringLiteral("totalBookings")).toInt() <= previousBookings);
        previousBookings = row.value(QStringLiteral("totalBookings")).toInt();
        REQUIRE(staff.run({QStringLiteral("metrics"), QStringLiteral("--clinic"),
                           QStringLiteral("north"), QStringLiteral("--period"),
                           QStringLiteral("month"), QStringLiteral("--practitioner"), id},
                          &out, &err) == 0);
        QJsonObject single = jsonOf(out);
        for (const QString &key : single.keys()) {
            if (key == QLatin1String("request") || key == QLatin1String("lastUpdated") ||
                key == QLatin1String("toDate"))
                continue;
            INFO(key.toStdString() << " of practitioner " << id.toStdString());
            CHECK(row.value(key) == single.value(key));
        }
    }
    CHECK(staff.run(args({"metrics", "--clinic", "north", "--by", "location"}), &out, &err) == 2);

    // --- toDate: the month so far against as many days of the month before, each exactly what
    // a request for those dates gives; every seed field is still there.
    REQUIRE(staff.run(args({"metrics", "--clinic", "north", "--period", "month"}), &out, &err) ==
            0);
    const QJsonObject month = jsonOf(out);
    CHECK(month.contains(QStringLiteral("totalBookingsChange")));
    const QJsonObject toDate = month.value(QStringLiteral("toDate")).toObject();
    REQUIRE_FALSE(toDate.isEmpty());
    CHECK(toDate.value(QStringLiteral("endDate")).toString() == today.toString(Qt::ISODate));
    const auto figuresOf = [&](const QString &start, const QString &end) {
        QString o, e;
        REQUIRE(staff.run({QStringLiteral("metrics"), QStringLiteral("--clinic"),
                           QStringLiteral("north"), QStringLiteral("--start"), start,
                           QStringLiteral("--end"), end},
                          &o, &e) == 0);
        return jsonOf(o);
    };
    const QJsonObject partial = figuresOf(toDate.value(QStringLiteral("startDate")).toString(),
                                          toDate.value(QStringLiteral("endDate")).toString());
    const QJsonObject partialBefore =
        figuresOf(toDate.value(QStringLiteral("previousStartDate")).toString(),
                  toDate.value(QStringLiteral("previousEndDate")).toString());
    const QJsonObject current = toDate.value(QStringLiteral("current")).toObject();
    const QJsonObject before = toDate.value(QStringLiteral("previous")).toObject();
    for (const char *key : {"totalBookings", "missedAppointments", "attendedAppointments",
                            "cancellations", "lateCancellations", "rebookRate", "newPatients"}) {
        INFO(key);
        CHECK(current.value(QLatin1String(key)) == partial.value(QLatin1String(key)));
        CHECK(before.value(QLatin1String(key)) == partialBefore.value(QLatin1String(key)));
    }
    // The previous month's start, and as many days as this month has had so far (capped).
    const QDate firstOfMonth(today.year(), today.month(), 1);
    CHECK(toDate.value(QStringLiteral("previousStartDate")).toString() ==
          firstOfMonth.addMonths(-1).toString(Qt::ISODate));
}

TEST_CASE("all clinics: lapsed counts and forward weeks of a Cliniko and a Nookal clinic add "
          "up, and each practitioner row is tagged with its clinic")
{
    test::ensureCoreApp();
    ClinikoSimulator cliniko(test::smallClinic(200, 200));
    cliniko.setRateLimitEnabled(false);
    NookalSimulator nookal(test::smallClinic(200, 200, 9001));
    REQUIRE(cliniko.start());
    REQUIRE(nookal.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    REQUIRE(admin.addClinic(QStringLiteral("physio"), QStringLiteral("cliniko"), cliniko.baseUrl(),
                            cliniko.apiKey()));
    REQUIRE(admin.addClinic(QStringLiteral("chiro"), QStringLiteral("nookal"), nookal.baseUrl(),
                            nookal.apiKey()));
    REQUIRE(admin.run(args({"sync", "--clinic", "physio"})) == 0);
    REQUIRE(admin.run(args({"sync", "--clinic", "chiro"})) == 0);
    QString out, err;

    // A window wide enough that a small simulated clinic has lapsed patients at any time of
    // day (the default 21-180 days left one or two, and at times none, seen on 2026-12-03).
    const auto wide = [](std::initializer_list<const char *> list) {
        QStringList words = args(list);
        words << QStringLiteral("--min-days") << QStringLiteral("1") << QStringLiteral("--max-days")
              << QStringLiteral("3650");
        return words;
    };
    int counted = 0;
    for (const char *clinic : {"physio", "chiro"}) {
        REQUIRE(admin.run(wide({"insights", "lapsed", "--clinic", clinic, "--count"}), &out,
                          &err) == 0);
        counted += jsonOf(out).value(QStringLiteral("count")).toInt();
    }
    REQUIRE(admin.run(wide({"insights", "lapsed", "--clinic", "all", "--count"}), &out, &err) == 0);
    const QJsonObject group = jsonOf(out);
    CHECK(group.value(QStringLiteral("count")).toInt() == counted);
    CHECK(counted > 0);
    CHECK(group.value(QStringLiteral("clinics")).toArray().size() == 2);
    CHECK(admin.run(args({"insights", "lapsed", "--clinic", "all"}), &out, &err) == 2);

    // The Nookal worklist carries the Nookal patients' mobiles.
    REQUIRE(admin.run(wide({"insights", "lapsed", "--clinic", "chiro"}), &out, &err) == 0);
    const QJsonArray chiroRows = jsonOf(out).value(QStringLiteral("patients")).toArray();
    REQUIRE_FALSE(chiroRows.isEmpty());
    const RecordId first =
        chiroRows.first().toObject().value(QStringLiteral("patientId")).toString().toLongLong();
    REQUIRE(nookal.clinic().patient(first));
    CHECK(chiroRows.first().toObject().value(QStringLiteral("phone")).toString() ==
          nookal.clinic().patient(first)->mobile());

    QList<qint64> weekMinutes(2, 0);
    QList<int> weekBookings(2, 0);
    for (const char *clinic : {"physio", "chiro"}) {
        REQUIRE(admin.run(args({"insights", "forward", "--clinic", clinic, "--weeks", "2"}), &out,
                          &err) == 0);
        const QJsonArray weeks = jsonOf(out).value(QStringLiteral("weeks")).toArray();
        REQUIRE(weeks.size() == 2);
        for (int w = 0; w < 2; ++w) {
            const QJsonObject total = weeks[w].toObject().value(QStringLiteral("total")).toObject();
            weekMinutes[w] += total.value(QStringLiteral("bookedMinutes")).toInteger();
            weekBookings[w] += total.value(QStringLiteral("bookings")).toInt();
        }
    }
    REQUIRE(admin.run(args({"insights", "forward", "--clinic", "all", "--weeks", "2"}), &out,
                      &err) == 0);
    const QJsonArray groupWeeks = jsonOf(out).value(QStringLiteral("weeks")).toArray();
    REQUIRE(groupWeeks.size() == 2);
    for (int w = 0; w < 2; ++w) {
        const QJsonObject week = groupWeeks[w].toObject();
        const QJsonObject total = week.value(QStringLiteral("total")).toObject();
        CHECK(total.value(QStringLiteral("bookedMinutes")).toInteger() == weekMinutes[w]);
        CHECK(total.value(QStringLiteral("bookings")).toInt() == weekBookings[w]);
        QSet<QString> clinics;
        for (const QJsonValue &v : week.value(QStringLiteral("practitioners")).toArray())
            clinics.insert(v.toObject().value(QStringLiteral("clinicId")).toString());
        CHECK(clinics == QSet<QString>{QStringLiteral("physio"), QStringLiteral("chiro")});
    }

    REQUIRE(
        admin.run(args({"metrics", "--clinic", "all", "--period", "week", "--by", "practitioner"}),
                  &out, &err) == 0);
    QSet<QString> tagged;
    for (const QJsonValue &v : jsonOf(out).value(QStringLiteral("practitioners")).toArray())
        tagged.insert(v.toObject().value(QStringLiteral("clinicId")).toString());
    CHECK(tagged == QSet<QString>{QStringLiteral("physio"), QStringLiteral("chiro")});
}
