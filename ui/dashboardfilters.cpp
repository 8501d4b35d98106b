#include "dashboardfilters.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace routiq {

namespace {

QDate mondayOf(QDate d)
{
    return d.addDays(1 - d.dayOfWeek());
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DashboardFilters::DashboardFilters(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("DashboardFilters"));
    m_clinic = new QComboBox(this);
    m_clinic->setObjectName(QStringLiteral("ClinicSelector"));
    m_clinic->setMinimumContentsLength(22);
    m_clinic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("LocationFilter"));
    m_location->setMinimumContentsLength(11);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("PractitionerFilter"));
    m_practitioner->setMinimumContentsLength(11);
    m_practitioner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("PeriodSelector"));
    m_period->addItem(tr("This week"), QVariant::fromValue(PeriodChoice::ThisWeek));
    m_period->addItem(tr("This month"), QVariant::fromValue(PeriodChoice::ThisMonth));
    m_period->addItem(tr("Previous week"), QVariant::fromValue(PeriodChoice::PreviousWeek));
    m_period->addItem(tr("Previous month"), QVariant::fromValue(PeriodChoice::PreviousMonth));
    m_period->addItem(tr("Custom range"), QVariant::fromValue(PeriodChoice::CustomRange));
    m_customRange = new QWidget(this);
    m_from = new QDateEdit(m_customRange);
    m_from->setObjectName(QStringLiteral("RangeFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(m_customRange);
    m_to->setObjectName(QStringLiteral("RangeTo"));
    m_to->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day of the range"));
    m_to->setAccessibleName(tr("Last day of the range"));

    fillChoices(m_location, tr("All locations"), {});
    fillChoices(m_practitioner, tr("All practitioners"), {});

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(buddyLabel(tr("&Clinic:"), m_clinic, this));
    row->addWidget(m_clinic);
    row->addSpacing(10);
    row->addWidget(buddyLabel(tr("&Location:"), m_location, this));
    row->addWidget(m_location);
    row->addSpacing(10);
    row->addWidget(buddyLabel(tr("P&ractitioner:"), m_practitioner, this));
    row->addWidget(m_practitioner);
    row->addSpacing(10);
    row->addWidget(buddyLabel(tr("&Period:"), m_period, this));
    row->addWidget(m_period);
    auto *range = new QHBoxLayout(m_customRange);
    range->setContentsMargins(0, 0, 0, 0);
    range->addWidget(buddyLabel(tr("&From"), m_from, m_customRange));
    range->addWidget(m_from);
    range->addWidget(buddyLabel(tr("&to"), m_to, m_customRange));
    range->addWidget(m_to);
    row->addWidget(m_customRange);
    row->addStretch();

    setTabOrder(m_clinic, m_location);
    setTabOrder(m_location, m_practitioner);
    setTabOrder(m_practitioner, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);

    for (QComboBox *box : {m_clinic, m_location, m_practitioner, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardFilters::onUserChange);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardFilters::onUserChange);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardFilters::onUserChange);
    showRangeOf(PeriodChoice::ThisWeek);
}

QWidget *DashboardFilters::lastInTabOrder() const
{
    return m_to;
}

void DashboardFilters::fillChoices(QComboBox *box, const QString &allText,
                                   const QList<FilterChoice> &choices)
{
    const QVariant previous = box->currentData();
    box->clear();
    box->addItem(allText, QVariant());
    for (const FilterChoice &c : choices)
        box->addItem(c.name, QVariant::fromValue(c.id));
    const int keep = previous.isValid() ? box->findData(previous) : 0;
    box->setCurrentIndex(qMax(0, keep));
}

void DashboardFilters::setClinics(const QList<ClinicChoice> &clinics, bool offerAllClinics)
{
    m_filling = true;
    const QString previous = m_clinic->currentData().toString();
    m_clinic->clear();
    if (offerAllClinics)
        m_clinic->addItem(tr("All clinics"), QString());
    for (const ClinicChoice &c : clinics)
        m_clinic->addItem(c.name, c.id);
    const int keep = m_clinic->findData(previous);
    m_clinic->setCurrentIndex(keep >= 0 ? keep : 0);
    m_filling = false;
}

void DashboardFilters::setCurrentClinic(const ClinicId &clinic)
{
    m_filling = true;
    const int index = m_clinic->findData(clinic);
    if (index >= 0)
        m_clinic->setCurrentIndex(index);
    const bool oneClinic = !m_clinic->currentData().toString().isEmpty();
    m_location->setEnabled(oneClinic);
    m_practitioner->setEnabled(oneClinic);
    m_filling = false;
}

void DashboardFilters::setFilterChoices(const QList<FilterChoice> &locations,
                                        const QList<FilterChoice> &practitioners)
{
    m_filling = true;
    fillChoices(m_location, tr("All locations"), locations);
    fillChoices(m_practitioner, tr("All practitioners"), practitioners);
    m_filling = false;
}

void DashboardFilters::setToday(QDate today)
{
    m_today = today;
    m_filling = true;
    showRangeOf(period());
    m_filling = false;
}

QDate DashboardFilters::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DashboardFilters::setPeriod(PeriodChoice period)
{
    m_period->setCurrentIndex(m_period->findData(QVariant::fromValue(period)));
}

void DashboardFilters::setCustomRange(QDate start, QDate end)
{
    m_filling = true;
    setPeriod(PeriodChoice::CustomRange);
    m_from->setDate(start);
    m_to->setMinimumDate(start);
    m_to->setDate(end);
    m_filling = false;
    onUserChange();
}

DashboardFilters::PeriodChoice DashboardFilters::period() const
{
    return m_period->currentData().value<PeriodChoice>();
}

void DashboardFilters::showRangeOf(PeriodChoice p)
{
    const bool custom = p == PeriodChoice::CustomRange;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    m_customRange->setVisible(custom);
    if (custom) {
        m_to->setMinimumDate(m_from->date());
        return;
    }
    // Preload the pickers with the dates the period stands for: picking "Custom range" then
    // starts from what was on screen.
    const MetricsRequest r = request();
    QDate start = r.startDate;
    QDate end = r.endDate;
    if (!start.isValid()) {
        const QDate t = today();
        start = p == PeriodChoice::ThisWeek ? mondayOf(t) : QDate(t.year(), t.month(), 1);
        end = p == PeriodChoice::ThisWeek ? start.addDays(6) : start.addMonths(1).addDays(-1);
    }
    const QSignalBlocker b1(m_from);
    const QSignalBlocker b2(m_to);
    m_to->setMinimumDate(QDate(1900, 1, 1));
    m_from->setDate(start);
    m_to->setDate(end);
}

MetricsRequest DashboardFilters::request() const
{
    MetricsRequest r;
    r.clinicId = m_clinic->currentData().toString();
    const QVariant loc = m_location->currentData();
    if (loc.isValid())
        r.locationId = loc.value<RecordId>();
    const QVariant prac = m_practitioner->currentData();
    if (prac.isValid())
        r.practitionerId = prac.value<RecordId>();
    const QDate t = today();
    switch (period()) {
    case PeriodChoice::ThisWeek:
        r.period = MetricsRequest::Period::Week;
        break;
    case PeriodChoice::ThisMonth:
        r.period = MetricsRequest::Period::Month;
        break;
    case PeriodChoice::PreviousWeek:
        r.period = MetricsRequest::Period::Week;
        r.startDate = mondayOf(t).addDays(-7);
        r.endDate = r.startDate.addDays(6);
        break;
    case PeriodChoice::PreviousMonth: {
        r.period = MetricsRequest::Period::Month;
        const QDate firstOfThis(t.year(), t.month(), 1);
        r.startDate = firstOfThis.addMonths(-1);
        r.endDate = firstOfThis.addDays(-1);
        break;
    }
    case PeriodChoice::CustomRange:
        r.startDate = m_from->date();
        r.endDate = qMax(m_from->date(), m_to->date());
        break;
    }
    return r;
}

void DashboardFilters::onUserChange()
{
    if (m_filling)
        return;
    m_filling = true;
    showRangeOf(period());
    m_filling = false;
    emit requestChanged(request());
}

} // namespace routiq
