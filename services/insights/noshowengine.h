#pragma once

#include "domain/routiqerror.h"
#include "noshowmodel.h"
#include "noshowsnapshot.h"
#include "noshowtrainer.h"
#include "upcominghistories.h"

#include <QString>

#include <optional>

namespace routiq {

class Clock;

// A clinic's no-show risk on one open cache connection (the calling thread's): keeps the
// trained model (loaded from the cache, or trained and stored there), decides when to retrain,
// and scores every upcoming booking within the horizon with its reasons. GUI-free; the
// insights worker runs it on its own thread, routiq-cli in-process.
class NoShowEngine
{
public:
    struct Options
    {
        NoShowTrainer::Options training;
        int horizonDays = 14;
        int retrainAfterOutcomes = 200; // newly marked bookings since the last training
        qint64 retrainAfterMs = 24LL * 3600 * 1000;
    };

    static inline const QString kModelKind = QStringLiteral("no-show");

    NoShowEngine(QString connectionName, QString clinicId, const Clock *clock, Options options);
    NoShowEngine(QString connectionName, QString clinicId, const Clock *clock)
        : NoShowEngine(std::move(connectionName), std::move(clinicId), clock, Options{})
    {}

    // The stored model when it is current (format and age), else a training. Errors are
    // storage errors; too little history is not an error (see info()).
    RoutiqError prepare();
    // Trains now from the whole cached history and stores the model.
    RoutiqError retrain();
    bool retrainDue() const;
    // Marked bookings seen in change sets since the last training (retrainAfterOutcomes).
    void noteNewOutcomes(int count) { m_newOutcomes += count; }
    // One committed change set, as the rows now cached: kept for the next score() and counted
    // towards retraining.
    RoutiqError applyChanges(const std::vector<BookingRecord> &upserted,
                             const QList<RecordId> &deletedIds);

    // Every upcoming booking within `horizonDays` of now, scored; empty without a model.
    NoShowSnapshot score(RoutiqError *error = nullptr);

    // Scores the bookings of `history` (all rows of the patients concerned; sorted here) that
    // start in (nowMs, untilMs), as known at nowMs; by start time, then id.
    static QList<ScoredBooking> scoreRows(const NoShowModel &model,
                                          std::vector<BookingRecord> &history, qint64 nowMs,
                                          qint64 untilMs, const ReasonNames &names);

    const NoShowModelInfo &info() const { return m_info; }
    const std::optional<NoShowModel> &model() const { return m_model; }
    void setHorizonDays(int days) { m_options.horizonDays = days; }

private:
    QString m_connection;
    QString m_clinicId;
    const Clock *m_clock;
    Options m_options;
    std::optional<NoShowModel> m_model;
    NoShowModelInfo m_info;
    QDateTime m_lastTrainingAttempt;
    int m_newOutcomes = 0;
    quint64 m_generation = 0;
    UpcomingHistories m_histories;
    ReasonNames m_names;
};

} // namespace routiq
