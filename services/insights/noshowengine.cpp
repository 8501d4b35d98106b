#include "noshowengine.h"

#include "core/clock.h"
#include "core/logging.h"
#include "storage/bookinghistoryreader.h"
#include "storage/insightmodelstore.h"
#include "storage/referencedata.h"

#include <algorithm>

namespace routiq {

NoShowEngine::NoShowEngine(QString connectionName, QString clinicId, const Clock *clock,
                           Options options)
    : m_connection(std::move(connectionName)), m_clinicId(std::move(clinicId)), m_clock(clock),
      m_options(options)
{}

RoutiqError NoShowEngine::prepare()
{
    RoutiqError error;
    const std::optional<InsightModelStore::Stored> stored =
        InsightModelStore::load(m_connection, kModelKind, &error);
    if (!error.isNull())
        return error;
    if (stored && stored->formatVersion == NoShowModel::kFormatVersion) {
        QString why;
        std::optional<NoShowModel> model = NoShowModel::fromJson(stored->body, &why);
        if (model) {
            m_model = std::move(model);
            m_info = m_model->info;
            m_lastTrainingAttempt = m_info.trainedAt;
            if (!retrainDue())
                return {};
        } else {
            qCWarning(lcInsights) << "stored no-show model unreadable, retraining:" << why;
        }
    }
    return retrain();
}

bool NoShowEngine::retrainDue() const
{
    if (!m_lastTrainingAttempt.isValid())
        return true;
    const qint64 age = m_lastTrainingAttempt.msecsTo(m_clock->nowUtc());
    return age >= m_options.retrainAfterMs || age < 0 ||
           m_newOutcomes >= m_options.retrainAfterOutcomes;
}

RoutiqError NoShowEngine::retrain()
{
    RoutiqError error;
    const QDateTime now = m_clock->nowUtc();
    m_lastTrainingAttempt = now;
    m_newOutcomes = 0;
    std::vector<BookingRecord> rows =
        BookingHistoryReader::all(m_connection, &error, m_options.training.cancel);
    if (!error.isNull())
        return error;
    if (m_options.training.cancel && m_options.training.cancel->load())
        return {}; // stopping: keep what the engine had
    NoShowTrainer::Result result =
        NoShowTrainer::train(rows, now.toMSecsSinceEpoch(), m_options.training);
    rows = {};
    if (m_options.training.cancel && m_options.training.cancel->load())
        return {};
    m_info = result.info;
    m_model = std::move(result.model);
    if (!m_model) {
        qCInfo(lcInsights) << "no-show model not trained:" << m_info.missing;
        return {};
    }
    qCInfo(lcInsights).nospace() << "no-show model trained on " << m_info.trainingBookings
                                 << " outcomes, validation AUC " << m_info.validationAuc
                                 << ", Brier skill " << m_info.brierSkill;
    if (!InsightModelStore::save(m_connection, kModelKind, NoShowModel::kFormatVersion,
                                 m_info.trainedAt, m_model->toJson(), &error))
        qCWarning(lcInsights) << "no-show model not stored:" << error.code << error.details;
    return error;
}

NoShowSnapshot NoShowEngine::score(RoutiqError *error)
{
    NoShowSnapshot snapshot;
    snapshot.clinicId = m_clinicId;
    snapshot.generatedAt = m_clock->nowUtc();
    snapshot.horizonDays = m_options.horizonDays;
    snapshot.model = m_info;
    snapshot.generation = ++m_generation;
    if (!m_model)
        return snapshot;

    const qint64 now = snapshot.generatedAt.toMSecsSinceEpoch();
    const qint64 until = now + qint64(m_options.horizonDays) * 24 * 3600 * 1000;
    if (!m_histories.covers(now, until)) {
        // Once an hour (and after a restart): every history the window needs, and the names.
        RoutiqError readError = m_histories.reload(m_connection, now, until);
        ReasonNames names;
        if (readError.isNull())
            names.appointmentTypes =
                BookingHistoryReader::appointmentTypeNames(m_connection, &readError);
        if (readError.isNull())
            for (const Practitioner &p : ReferenceData::practitioners(m_connection, &readError))
                names.practitioners.insert(p.id, p.displayName);
        if (!readError.isNull()) {
            m_histories.clear();
            if (error)
                *error = readError;
            return snapshot;
        }
        m_names = names;
    }
    std::vector<BookingRecord> history = m_histories.rows();
    snapshot.bookings = scoreRows(*m_model, history, now, until, m_names);
    return snapshot;
}

RoutiqError NoShowEngine::applyChanges(const std::vector<BookingRecord> &upserted,
                                       const QList<RecordId> &deletedIds)
{
    for (const BookingRecord &r : upserted)
        m_newOutcomes += r.hasOutcome() ? 1 : 0;
    return m_histories.apply(m_connection, upserted, deletedIds);
}

QList<ScoredBooking> NoShowEngine::scoreRows(const NoShowModel &model,
                                             std::vector<BookingRecord> &history, qint64 nowMs,
                                             qint64 untilMs, const ReasonNames &names)
{
    QList<ScoredBooking> scored;
    std::sort(history.begin(), history.end(), &BookingContextWalk::timeOrder);
    const auto wants = [nowMs, untilMs](const BookingRecord &r) {
        return r.isBooking() && r.startsAtMs > nowMs && r.startsAtMs < untilMs;
    };
    const auto visit = [&](const BookingRecord &r, const BookingContext &c) {
        const NoShowModel::Explained e = model.explain(c, names);
        ScoredBooking b;
        b.appointmentId = r.id;
        b.patientId = r.patientId;
        b.practitionerId = r.practitionerId;
        b.locationId = r.locationId;
        b.startsAtUtc = QDateTime::fromMSecsSinceEpoch(r.startsAtMs, Qt::UTC);
        b.risk = e.risk;
        b.reasons = e.reasons;
        scored.append(b);
    };
    for (size_t i = 0; i < history.size();) {
        size_t j = i;
        while (j < history.size() && history[j].patientId == history[i].patientId)
            ++j;
        BookingContextWalk::walk(std::span<const BookingRecord>(history.data() + i, j - i), nowMs,
                                 wants, visit);
        i = j;
    }
    std::sort(scored.begin(), scored.end(), [](const ScoredBooking &a, const ScoredBooking &b) {
        return a.startsAtUtc != b.startsAtUtc ? a.startsAtUtc < b.startsAtUtc
                                              : a.appointmentId < b.appointmentId;
    });
    return scored;
}

} // namespace routiq
