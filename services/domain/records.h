#pragma once

#include "ids.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

// The PMS-neutral records every adapter produces and the cache stores. The sync engine and
// everything above it never see a PMS-specific JSON key. All instants are UTC.
namespace routiq {

// A Cliniko business or a Nookal location.
struct Location
{
    RecordId id = 0;
    QString name;
    QString timeZoneId; // IANA, e.g. "Australia/Melbourne"; empty when the PMS gave none
    bool archived = false;
    QDateTime updatedAt;

    friend bool operator==(const Location &, const Location &) = default;
};

struct Practitioner
{
    RecordId id = 0;
    QString displayName;
    bool active = true;
    QDateTime updatedAt;

    friend bool operator==(const Practitioner &, const Practitioner &) = default;
};

struct AppointmentType
{
    RecordId id = 0;
    QString name;
    bool archived = false;
    QDateTime updatedAt;

    friend bool operator==(const AppointmentType &, const AppointmentType &) = default;
};

// Only what features need: names for the drill-down lists, nothing clinical.
struct Patient
{
    RecordId id = 0;
    QString firstName;
    QString lastName;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Only the year of the date of birth is kept (an age band is all the insights use);
    // 0 when the PMS gave none.
    int birthYear = 0;
    // One number to call back on (the re-engagement worklist): the mobile when the PMS has
    // one, else the first number it gives; empty when none.
    QString phone;

    friend bool operator==(const Patient &, const Patient &) = default;
};

// A wall-clock reading with no zone attached: the zone is the appointment's location's.
struct WallClock
{
    QDate date;
    QTime time;

    friend bool operator==(const WallClock &, const WallClock &) = default;
};

// One appointment (Cliniko individual appointment / Nookal appointment), as the PMS last said.
struct Appointment
{
    RecordId id = 0;
    RecordId patientId = 0;
    RecordId practitionerId = 0;
    RecordId locationId = 0;
    RecordId appointmentTypeId = 0; // 0 when unknown

    QDateTime startsAt; // UTC instant
    QDateTime endsAt;   // UTC instant, may be invalid

    // Nookal gives the start as wall-clock date and time in the location's zone (Cliniko gives
    // UTC only). When set, the local date/hour/weekday come from here, not from startsAt.
    std::optional<WallClock> wallClockStart;

    bool cancelled = false;
    QDateTime cancelledAt; // UTC; invalid when unknown (a Nookal row without cancellationDate)
    int cancellationReason = 0;
    bool deleted = false; // archived or deleted at the PMS, or vanished from a Nookal feed

    std::optional<bool> didNotArrive;   // tri-state: true / false / not marked
    std::optional<bool> patientArrived; // tri-state

    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Appointment &, const Appointment &) = default;
};

} // namespace routiq
