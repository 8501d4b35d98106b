#include "forwardbookingsview.h"

#include "cardframe.h"
#include "charts/forwardbookingschart.h"
#include "forwardbookingsmodel.h"
#include "session/clinicsession.h"
#include "session/insightsettingsservice.h"
#include "workinghourseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace routiq {

ForwardBookingsView::ForwardBookingsView(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("ForwardBookingsView"));
    setWindowTitle(tr("Forward bookings"));
    m_model = new ForwardBookingsModel(this);

    m_weeks = new QSpinBox(this);
    m_weeks->setRange(1, 12);
    m_weeks->setValue(ForwardQuery().weeks);
    m_weeks->setSuffix(tr(" weeks"));
    m_weeks->setAccessibleName(tr("Weeks ahead"));
    auto *weeksLabel = new QLabel(tr("&Show the next"), this);
    weeksLabel->setBuddy(m_weeks);
    m_hoursButton = new QPushButton(tr("&Working hours\u2026"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(weeksLabel);
    top->addWidget(m_weeks);
    top->addStretch();
    top->addWidget(m_hoursButton);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ForwardStatus"));
    m_status->setWordWrap(true);
    auto *dna = new QLabel(tr("Every booking counts as booked time, whatever its outcome: a "
                              "booking the patient did not arrive for (DNA) still occupied the "
                              "slot, as Nookal's utilisation counts it."),
                           this);
    dna->setWordWrap(true);
    QPalette mp = dna->palette();
    mp.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    dna->setPalette(mp);
    m_hoursHint = new QLabel(this);
    m_hoursHint->setObjectName(QStringLiteral("ForwardHoursHint"));
    m_hoursHint->setWordWrap(true);
    m_hoursHint->hide();

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Forward bookings per week and practitioner"));

    m_chart = new ForwardBookingsChart(m_model, this);
    auto *chartCard = new CardFrame(this);
    auto *chartLayout = new QVBoxLayout(chartCard);
    chartLayout->setContentsMargins(10, 8, 10, 8);
    chartLayout->addWidget(m_chart);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(chartCard);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 4);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_hoursHint);
    layout->addWidget(split, 1);
    layout->addWidget(dna);
    setTabOrder(m_weeks, m_hoursButton);
    setTabOrder(m_hoursButton, m_view);

    connect(m_weeks, &QSpinBox::valueChanged, this, &ForwardBookingsView::ask);
    connect(m_hoursButton, &QPushButton::clicked, this, &ForwardBookingsView::openWorkingHours);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(1240, 600);
}

void ForwardBookingsView::setSource(const InsightSource &source)
{
    const bool sameSession = source.session == m_source.session;
    const auto who = [](const InsightSource &s) {
        return s.user ? std::pair(s.user->userId, s.user->role)
                      : std::pair(qint64(0), Role::ReadOnly);
    };
    if (m_editor && (!sameSession || who(source) != who(m_source)))
        m_editor->close(); // typed for another clinic or account
    m_source = source;
    setWindowTitle(tr("Forward bookings \u2014 %1").arg(source.clinicName));
    m_model->setPractitionerNames(source.practitionerNames());
    const bool admin = source.user && source.user->role == Role::Admin;
    m_hoursButton->setToolTip(admin ? tr("Set each practitioner's working hours")
                                    : tr("See the working hours (only an administrator can "
                                         "change them)"));
    if (!sameSession || m_connections.isEmpty()) {
        for (const auto &c : std::as_const(m_connections))
            disconnect(c);
        m_connections.clear();
        m_model->clear();
        if (ClinicSession *s = source.session) {
            m_connections << connect(s, &ClinicSession::forwardReady, this,
                                     &ForwardBookingsView::onForward)
                          << connect(s, &ClinicSession::insightFailed, this,
                                     &ForwardBookingsView::onFailed)
                          << connect(s, &ClinicSession::snapshotReady, this, [this] { ask(); });
        }
    }
    ask();
}

void ForwardBookingsView::ask()
{
    if (!m_source.session)
        return;
    m_hours.clear();
    if (m_source.settings && m_source.user) {
        RoutiqError error;
        if (const auto hours =
                m_source.settings->workingHours(*m_source.user, m_source.clinicId, &error))
            m_hours = *hours;
        else
            m_status->setText(error.message);
    }
    ForwardQuery q;
    q.weeks = m_weeks->value();
    q.locationId = m_source.request.locationId;
    m_request = nextInsightRequestId();
    m_source.session->requestForward(q, m_hours, m_request);
}

void ForwardBookingsView::onForward(quint64 requestId, const ForwardBookings &forward)
{
    if (requestId != m_request)
        return;
    m_model->setForward(forward);
    m_view->resizeColumnsToContents();
    const QLocale l;
    qint64 booked = 0;
    int bookings = 0;
    for (const ForwardWeek &w : forward.weeks) {
        booked += w.total.bookedMinutes;
        bookings += w.total.bookings;
    }
    QString where;
    if (m_source.request.locationId)
        for (const FilterChoice &c : m_source.locations)
            if (c.id == *m_source.request.locationId)
                where = tr(" at %1").arg(c.name);
    m_status->setText(
        forward.weeks.isEmpty()
            ? QString()
            : tr("%n booking(s), %1 booked%2 from %3 to %4.", nullptr, bookings)
                  .arg(
                      ForwardBookingsModel::hoursText(booked), where,
                      l.toString(forward.weeks.first().weekStart, QLocale::ShortFormat),
                      l.toString(forward.weeks.last().weekStart.addDays(6), QLocale::ShortFormat)));
    const bool missing = m_model->missingHours();
    m_hoursHint->setVisible(missing);
    m_hoursHint->setText(
        missing ? tr("Some practitioners have no working hours yet: their utilisation says "
                     "\u201cset working hours\u201d. An administrator sets them under "
                     "\u201cWorking hours\u2026\u201d.")
                : QString());
    emit updated();
}

void ForwardBookingsView::onFailed(quint64 requestId, const RoutiqError &error)
{
    if (requestId != m_request)
        return;
    m_status->setText(error.message);
    emit updated();
}

void ForwardBookingsView::openWorkingHours()
{
    if (m_editor && m_editor->isVisible()) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    m_editor = new WorkingHoursEditor(m_source, m_hours, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &WorkingHoursEditor::saved, this, &ForwardBookingsView::ask);
    m_editor->open();
}

WorkingHoursEditor *ForwardBookingsView::hoursEditor() const
{
    return m_editor;
}

QString ForwardBookingsView::statusText() const
{
    return m_status->text();
}

} // namespace routiq
