#pragma once

#include "noshowsnapshot.h"

#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace routiq {

// `routiq-cli insights no-show` output: the JSON object of docs/metrics.md ("No-show risk") and
// a plain table for people.
class NoShowJson
{
public:
    static QJsonObject toJson(const NoShowSnapshot &snapshot, const RiskBands &bands);
    static QJsonObject modelToJson(const NoShowModelInfo &info);
    // Start times in `zone` (the clinic's), practitioner names when known.
    static QString table(const NoShowSnapshot &snapshot, const RiskBands &bands,
                         const QTimeZone &zone, const QHash<RecordId, QString> &practitioners);
    static QString bandKey(RiskBand band); // "low", "elevated", "high"
};

} // namespace routiq
