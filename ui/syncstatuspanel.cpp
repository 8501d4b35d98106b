#include "syncstatuspanel.h"

#include "live/livestatustracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace routiq {

namespace {

QString etaFor(qint64 secs)
{
    if (secs < 60)
        return SyncStatusPanel::tr("less than a minute left");
    if (secs < 3600)
        return SyncStatusPanel::tr("about %n min left", nullptr, int((secs + 30) / 60));
    return SyncStatusPanel::tr("about %n h left", nullptr, int((secs + 1800) / 3600));
}

} // namespace

SyncStatusPanel::SyncStatusPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("SyncStatusPanel"));
    m_title = new QLabel(tr("Loading appointment history"), this);
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(240);
    m_bar->setAccessibleName(tr("History loading progress"));
    m_eta = new QLabel(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_eta);
    hide();
}

void SyncStatusPanel::setTracker(LiveStatusTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (tracker) {
        connect(tracker, &LiveStatusTracker::ticked, this, &SyncStatusPanel::sync);
        connect(tracker, &LiveStatusTracker::backfillProgressChanged, this, &SyncStatusPanel::sync);
    }
    sync();
}

int SyncStatusPanel::progressValue() const
{
    return m_bar->value();
}

int SyncStatusPanel::progressMaximum() const
{
    return m_bar->maximum();
}

QString SyncStatusPanel::etaText() const
{
    return m_eta->text();
}

void SyncStatusPanel::sync()
{
    const bool running = m_tracker && m_tracker->backfillRunning();
    setVisible(running);
    if (!running)
        return;
    // QProgressBar is int-based; scale large totals down to keep within range.
    const qint64 total = m_tracker->backfillTotal();
    const qint64 done = m_tracker->backfillDone();
    const QLocale locale;
    if (total < 0) { // the PMS gave no total: a busy bar and the count so far
        m_bar->setRange(0, 0);
        m_bar->setFormat(tr("%1 records").arg(locale.toString(done)));
    } else {
        const qint64 scale = total > 1'000'000'000 ? total / 1'000'000 : 1;
        m_bar->setRange(0, int(total / scale));
        m_bar->setValue(int(done / scale));
        m_bar->setFormat(tr("%1 of %2 records").arg(locale.toString(done), locale.toString(total)));
    }
    const auto eta = m_tracker->backfillEtaSecs();
    m_eta->setText(eta ? etaFor(*eta) : tr("estimating time left\u2026"));
}

} // namespace routiq
