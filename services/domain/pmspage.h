#pragma once

#include "domain/records.h"
#include "domain/resourcekind.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace routiq {

// Where a sync of one resource stands. `cursor` is opaque to everyone but the adapter that made
// it (Cliniko: the links.next URL; Nookal: a page number and window); empty = start afresh.
struct SyncCheckpoint
{
    ResourceKind kind = ResourceKind::Appointments;
    QString cursor;          // continue a paged read here; empty when no read is in progress
    QDateTime highWaterMark; // newest updated_at/last_modified fully stored (UTC); invalid = never
    bool backfillComplete = false;

    friend bool operator==(const SyncCheckpoint &, const SyncCheckpoint &) = default;
};

// What the sync engine asks an adapter for: the next page of one resource.
struct PageRequest
{
    // Constructors, not aggregate initialisation, so fields can be added without touching (or
    // warning at) every `PageRequest{kind, cursor, since}` in the tree.
    PageRequest() = default;
    PageRequest(ResourceKind kind, QString cursor, QDateTime updatedSince = {})
        : kind(kind), cursor(std::move(cursor)), updatedSince(std::move(updatedSince))
    {}

    ResourceKind kind = ResourceKind::Appointments;
    QString cursor;         // from the previous page's nextCursor; empty = first page
    QDateTime updatedSince; // incremental: records updated after this (overlap already applied);
                            // invalid = everything (backfill)
    // A reconcile read: every appointment whose local date is in [windowFrom, windowTo], so
    // rows that vanished from the PMS can be found (Nookal). Invalid = no window.
    QDate windowFrom;
    QDate windowTo;

    friend bool operator==(const PageRequest &, const PageRequest &) = default;
};

// One page of PMS records converted to domain records. Only the list matching `kind` is filled.
struct PmsPage
{
    ResourceKind kind = ResourceKind::Appointments;
    QList<Location> locations;
    QList<Practitioner> practitioners;
    QList<AppointmentType> appointmentTypes;
    QList<Patient> patients;
    QList<Appointment> appointments;

    // Appointments the PMS listed but the adapter skipped for a bad value (Nookal's zero date):
    // they still exist there, so a reconcile must never remove them as "missing".
    QList<RecordId> skippedAppointmentIds;

    QString nextCursor;     // empty on the last page
    QDateTime maxUpdatedAt; // newest updated_at in this page (UTC); invalid if empty page
    int totalEntries = -1;  // as reported by the PMS, -1 when unknown (for progress/ETA)

    int size() const
    {
        return int(locations.size() + practitioners.size() + appointmentTypes.size() +
                   patients.size() + appointments.size());
    }
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::PmsPage)
