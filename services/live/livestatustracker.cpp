#include "livestatustracker.h"

#include "core/logging.h"

#include <QLocale>

namespace routiq {

namespace {

QString ageText(qint64 secs)
{
    if (secs < 60)
        return LiveStatusTracker::tr("%n s", nullptr, int(secs));
    if (secs < 2 * 3600)
        return LiveStatusTracker::tr("%n min", nullptr, int(secs / 60));
    if (secs < 48 * 3600)
        return LiveStatusTracker::tr("%n h", nullptr, int(secs / 3600));
    return LiveStatusTracker::tr("%n days", nullptr, int(secs / 86400));
}

} // namespace

LiveStatusTracker::LiveStatusTracker(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LiveStatusTracker::refresh);
    m_timer.start();
}

void LiveStatusTracker::setStaleAfterSecs(int secs)
{
    m_staleAfterSecs = qMax(1, secs);
    refresh();
}

std::optional<qint64> LiveStatusTracker::dataAgeSecs() const
{
    if (!m_lastSuccess.isValid())
        return std::nullopt;
    return qMax<qint64>(0, m_lastSuccess.secsTo(m_clock.nowUtc()));
}

std::optional<qint64> LiveStatusTracker::backfillEtaSecs() const
{
    if (!backfillRunning())
        return std::nullopt;
    if (m_engineEtaSecs >= 0)
        return m_engineEtaSecs;
    if (m_backfillTotal < 0 || m_etaStartDone < 0 || !m_etaStartAt.isValid())
        return std::nullopt;
    const qint64 progressed = m_backfillDone - m_etaStartDone;
    const qint64 elapsedMs = m_etaStartAt.msecsTo(m_clock.nowUtc());
    if (progressed <= 0 || elapsedMs <= 0)
        return std::nullopt;
    const double msPerRecord = double(elapsedMs) / double(progressed);
    return qint64(msPerRecord * double(m_backfillTotal - m_backfillDone) / 1000.0 + 0.5);
}

bool LiveStatusTracker::isAuthError(const RoutiqError &error)
{
    const QString code = error.code.toUpper();
    return code.contains(QLatin1String("AUTH")) || code.contains(QLatin1String("UNAUTHORI")) ||
           code.contains(QLatin1String("FORBIDDEN")) || code.contains(QLatin1String("API_KEY"));
}

void LiveStatusTracker::setLastSuccessfulSync(const QDateTime &utc)
{
    if (utc.isValid() && (!m_lastSuccess.isValid() || utc > m_lastSuccess))
        m_lastSuccess = utc.toUTC();
    refresh();
}

void LiveStatusTracker::syncStarted()
{
    refresh();
}

void LiveStatusTracker::backfillProgress(qint64 done, qint64 total)
{
    if (m_etaStartDone < 0 || done < m_etaStartDone || total != m_backfillTotal) {
        m_etaStartDone = done;
        m_etaStartAt = m_clock.nowUtc();
    }
    m_backfillDone = qMax<qint64>(0, done);
    m_backfillTotal = total < 0 ? -1 : total;
    m_backfillActive = m_backfillTotal < 0 || m_backfillDone < m_backfillTotal;
    if (!m_backfillActive) {
        m_etaStartDone = -1;
        m_engineEtaSecs = -1;
    }
    emit backfillProgressChanged(m_backfillDone, m_backfillTotal);
    refresh();
}

void LiveStatusTracker::syncProgress(const QString &resource, qint64 done, qint64 total,
                                     qint64 etaSecs)
{
    if (resource != m_backfillResource) {
        m_backfillResource = resource;
        m_etaStartDone = -1; // a new resource has its own pace
    }
    m_engineEtaSecs = etaSecs;
    backfillProgress(done, total);
}

void LiveStatusTracker::passCompleted(const QDateTime &atUtc, bool backfillComplete)
{
    if (backfillComplete && m_backfillActive) {
        m_backfillActive = false;
        m_engineEtaSecs = -1;
        m_etaStartDone = -1;
        emit backfillProgressChanged(m_backfillDone, m_backfillTotal);
    }
    pollSucceeded(atUtc);
}

void LiveStatusTracker::changeSetCommitted(const ChangeSet &)
{
    changesCommitted(m_clock.nowUtc());
}

void LiveStatusTracker::changesCommitted(const QDateTime &atUtc)
{
    // A commit proves the PMS answered; it is as good as a poll for freshness.
    m_lastPoll = atUtc.toUTC();
    markSuccess(atUtc);
    emit changeArrived();
    refresh();
}

void LiveStatusTracker::pollSucceeded(const QDateTime &atUtc)
{
    m_lastPoll = atUtc.toUTC();
    markSuccess(atUtc);
    refresh();
}

void LiveStatusTracker::syncFailed(const RoutiqError &error)
{
    qCInfo(lcSync) << "live status: sync failed with" << error.code;
    m_error = error;
    if (m_error.code.isEmpty())
        m_error.code = QStringLiteral("SYNC_FAILED");
    refresh();
}

void LiveStatusTracker::markSuccess(const QDateTime &atUtc)
{
    m_error = {};
    if (!m_lastSuccess.isValid() || atUtc.toUTC() > m_lastSuccess)
        m_lastSuccess = atUtc.toUTC();
}

LiveStatus LiveStatusTracker::derive() const
{
    if (!m_error.isNull())
        return isAuthError(m_error) ? LiveStatus::AuthError : LiveStatus::Offline;
    if (backfillRunning())
        return LiveStatus::Syncing;
    if (!m_lastPoll.isValid())
        return LiveStatus::Connecting;
    if (m_lastPoll.secsTo(m_clock.nowUtc()) > m_staleAfterSecs)
        return LiveStatus::Stale;
    return LiveStatus::Live;
}

void LiveStatusTracker::refresh()
{
    const LiveStatus next = derive();
    if (next != m_status) {
        qCInfo(lcSync) << "live status:" << liveStatusName(m_status) << "->"
                       << liveStatusName(next);
        m_status = next;
        emit statusChanged(next);
    }
    emit ticked();
}

QString LiveStatusTracker::dataFromText() const
{
    const auto age = dataAgeSecs();
    if (!age)
        return tr("no data yet");
    const QLocale locale;
    const QDateTime local = m_lastSuccess.toLocalTime();
    const QDateTime now = m_clock.nowUtc().toLocalTime();
    // The locale's short time without seconds ("09:00", "9:00 AM").
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    const QString when = local.date() == now.date()
                             ? locale.toString(local.time(), timeFormat)
                             : locale.toString(local.date(), QLocale::ShortFormat) +
                                   QLatin1Char(' ') + locale.toString(local.time(), timeFormat);
    return tr("showing data from %1 (%2 old)").arg(when, ageText(*age));
}

void LiveStatusTracker::setSubject(const QString &name)
{
    if (m_subject == name)
        return;
    m_subject = name;
    emit ticked();
}

QString LiveStatusTracker::bannerText() const
{
    const QString text = statusText();
    // Only a problem needs a name: "Bayside Chiro: Offline — showing data from 09:00".
    const bool problem = m_status == LiveStatus::Stale || m_status == LiveStatus::Offline ||
                         m_status == LiveStatus::AuthError;
    return problem && !m_subject.isEmpty() ? tr("%1: %2").arg(m_subject, text) : text;
}

QString LiveStatusTracker::statusText() const
{
    const auto age = dataAgeSecs();
    switch (m_status) {
    case LiveStatus::Connecting:
        return age ? tr("Connecting \u2014 %1").arg(dataFromText()) : tr("Connecting\u2026");
    case LiveStatus::Live:
        return age && *age >= 1 ? tr("Updated %1 ago").arg(ageText(*age)) : tr("Updated just now");
    case LiveStatus::Syncing:
        return m_backfillTotal < 0 ? tr("Loading history \u2014 %1 records so far")
                                         .arg(QLocale().toString(m_backfillDone))
                                   : tr("Loading history \u2014 %1 of %2 records")
                                         .arg(QLocale().toString(m_backfillDone),
                                              QLocale().toString(m_backfillTotal));
    case LiveStatus::Stale:
        return age ? tr("Updated %1 ago \u2014 waiting for the next update").arg(ageText(*age))
                   : tr("Waiting for the next update");
    case LiveStatus::Offline:
        // Shared mode (issue 16): the clinic server, not the PMS, is out of reach; the viewer
        // keeps retrying and catches up on every change when it is back.
        if (m_error.is(ErrorCode::ServerUnreachable))
            return tr("Reconnecting to the server \u2014 %1").arg(dataFromText());
        return tr("Offline \u2014 %1").arg(dataFromText());
    case LiveStatus::AuthError:
        return tr("Sign-in rejected \u2014 %1").arg(dataFromText());
    }
    return {};
}

QString LiveStatusTracker::adviceText() const
{
    switch (m_status) {
    case LiveStatus::Offline:
        return m_error.message.isEmpty()
                   ? tr("Routiq cannot reach your practice management system. Check the internet "
                        "connection; Routiq keeps retrying by itself.")
                   : m_error.message;
    case LiveStatus::AuthError:
        return m_error.message.isEmpty()
                   ? tr("Your practice management system rejected the API key. Ask a clinic "
                        "admin to enter a new key in the clinic connection settings.")
                   : m_error.message;
    default:
        return {};
    }
}

} // namespace routiq
