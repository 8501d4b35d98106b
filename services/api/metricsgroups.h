#pragma once

#include "domain/routiqerror.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace routiq {

// The seed's `metrics=bookings,patients,trends` selector (plus peaks and cancellations): which
// figure groups a metrics body keeps. Omitted = everything (the CLI's body, unchanged); the
// request echo, lastUpdated, toDate and the roll-up's clinics are always kept.
class MetricsGroups
{
public:
    static std::optional<QStringList> parse(const QString &text, RoutiqError *error);
    static QJsonObject select(const QJsonObject &body, const QStringList &groups);
};

} // namespace routiq
