#include "todayboardpage.h"

#include "cardframe.h"
#include "riskcountsmodel.h"
#include "risktext.h"
#include "theme.h"
#include "todayboarddelegate.h"
#include "todayboardmodel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace routiq {

namespace {

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

QString timeText(QTime t)
{
    return shortTimeText(t);
}

} // namespace

TodayBoardPage::TodayBoardPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("TodayBoardPage"));
    m_board = new TodayBoardModel(this);
    m_counts = new RiskCountsModel(this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("TodayBoardHeading"));
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.25);
    hf.setBold(true);
    m_heading->setFont(hf);

    auto *today = new QPushButton(tr("&Today"), this);
    auto *tomorrow = new QPushButton(tr("To&morrow"), this);
    for (QPushButton *b : {today, tomorrow}) {
        b->setCheckable(true);
        b->setAutoDefault(false);
    }
    today->setChecked(true);
    today->setToolTip(tr("Show today's bookings (Alt+T)"));
    tomorrow->setToolTip(tr("Show tomorrow's bookings (Alt+M)"));
    m_todayButton = today;
    m_tomorrowButton = tomorrow;
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    group->addButton(today);
    group->addButton(tomorrow);
    connect(today, &QPushButton::clicked, this, [this] { setDay(Day::Today); });
    connect(tomorrow, &QPushButton::clicked, this, [this] { setDay(Day::Tomorrow); });

    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("TodayBoardSummary"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(today);
    top->addWidget(tomorrow);
    top->addStretch();
    top->addWidget(m_legend);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_message);
    m_stack->addWidget(buildBoard());
    m_stack->addWidget(buildCounts());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_board, &QAbstractItemModel::modelReset, this, &TodayBoardPage::onBoardReset);
    connect(m_counts, &QAbstractItemModel::modelReset, this, &TodayBoardPage::updateSummary);
    setTabOrder(today, tomorrow);
    setTabOrder(tomorrow, m_view);
    setTabOrder(m_view, m_refill);
    applyColours();
    setDay(Day::Today);
    showMessage(tr("Waiting for the clinic\u2026"));
}

QWidget *TodayBoardPage::buildBoard()
{
    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setChildrenCollapsible(false);

    m_view = new QTreeView(splitter);
    m_view->setObjectName(QStringLiteral("TodayBoardView"));
    m_view->setModel(m_board);
    m_view->setItemDelegate(new TodayBoardDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(false);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Bookings by practitioner"));
    m_view->setIndentation(14);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TodayBoardModel::TimeColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TodayBoardModel::PatientColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TodayBoardModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TodayBoardModel::RiskColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const AppointmentListRow *r = m_board->rowAt(current.siblingAtColumn(0)))
                    m_selectedId = r->id;
                updateDetail();
            });

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(8);

    auto *detailCard = new CardFrame(side);
    auto *detailLayout = new QVBoxLayout(detailCard);
    detailLayout->setContentsMargins(14, 10, 14, 12);
    detailLayout->addWidget(headingLabel(tr("Selected booking"), detailCard));
    m_detail = new QLabel(detailCard);
    m_detail->setObjectName(QStringLiteral("TodayBoardDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detail, 1);
    sideLayout->addWidget(detailCard, 3);

    auto *refillCard = new CardFrame(side);
    auto *refillLayout = new QVBoxLayout(refillCard);
    refillLayout->setContentsMargins(14, 10, 14, 12);
    m_refillHeading = headingLabel(tr("Late cancellations: slots to refill"), refillCard);
    m_refillHeading->setToolTip(
        tr("Cancelled less than 24 hours before the start and still ahead today."));
    refillLayout->addWidget(m_refillHeading);
    m_refill = new QListWidget(refillCard);
    m_refill->setObjectName(QStringLiteral("RefillList"));
    m_refill->setAccessibleName(tr("Late cancellations to refill"));
    m_refill->setFrameShape(QFrame::NoFrame);
    refillLayout->addWidget(m_refill, 1);
    m_refillEmpty = new QLabel(tr("No late cancellations left to refill."), refillCard);
    m_refillEmpty->setWordWrap(true);
    refillLayout->addWidget(m_refillEmpty);
    sideLayout->addWidget(refillCard, 2);

    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    side->setMinimumWidth(280);
    return splitter;
}

QWidget *TodayBoardPage::buildCounts()
{
    auto *panel = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_countsNote = new QLabel(tr("Upcoming bookings by no-show risk. Patient names and reasons "
                                 "are for staff and administrator accounts."),
                              panel);
    m_countsNote->setWordWrap(true);
    m_countsView = new QTableView(panel);
    m_countsView->setObjectName(QStringLiteral("RiskCountsView"));
    m_countsView->setModel(m_counts);
    m_countsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_countsView->verticalHeader()->hide();
    m_countsView->horizontalHeader()->setMinimumSectionSize(140);
    m_countsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countsView->horizontalHeader()->setSectionResizeMode(RiskCountsModel::PractitionerColumn,
                                                           QHeaderView::Stretch);
    m_countsView->setAccessibleName(tr("Upcoming bookings by risk band"));
    layout->addWidget(m_countsNote);
    layout->addWidget(m_countsView, 1);
    return panel;
}

void TodayBoardPage::setToday(QDate today)
{
    m_today = today;
    m_board->setDay(shownDate());
    m_counts->setDay(shownDate());
    updateHeading();
}

void TodayBoardPage::setClinicName(const QString &name)
{
    m_clinicName = name;
    updateHeading();
}

void TodayBoardPage::setDay(Day day)
{
    const bool changed = day != m_day;
    m_day = day;
    m_todayButton->setChecked(day == Day::Today);
    m_tomorrowButton->setChecked(day == Day::Tomorrow);
    // The pressed look of a checked button is faint in Fusion: the shown day is also bold.
    for (QAbstractButton *b : {m_todayButton, m_tomorrowButton}) {
        QFont f = b->font();
        f.setBold(b->isChecked());
        b->setFont(f);
    }
    m_board->setDay(shownDate());
    m_counts->setDay(shownDate());
    updateHeading();
    if (changed)
        emit dayChanged(day);
}

QDate TodayBoardPage::shownDate() const
{
    return m_day == Day::Today ? m_today : m_today.addDays(1);
}

void TodayBoardPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentIndex(0);
    updateSummary();
}

void TodayBoardPage::showBoard()
{
    m_stack->setCurrentIndex(1);
    updateSummary();
}

void TodayBoardPage::showCounts()
{
    m_stack->setCurrentIndex(2);
    updateSummary();
}

bool TodayBoardPage::showingBoard() const
{
    return m_stack->currentIndex() == 1;
}

bool TodayBoardPage::showingCounts() const
{
    return m_stack->currentIndex() == 2;
}

QString TodayBoardPage::messageText() const
{
    return m_stack->currentIndex() == 0 ? m_message->text() : QString();
}

QString TodayBoardPage::detailText() const
{
    return m_detail->text();
}

QString TodayBoardPage::summaryText() const
{
    return m_summary->text();
}

void TodayBoardPage::selectAppointment(RecordId id)
{
    const QModelIndex index = m_board->indexOfAppointment(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void TodayBoardPage::onBoardReset()
{
    m_view->expandAll();
    for (int s = 0; s < m_board->rowCount(); ++s)
        m_view->setFirstColumnSpanned(s, {}, false);
    // Keep the selected booking selected across live re-reads.
    const QModelIndex again = m_board->indexOfAppointment(m_selectedId);
    if (again.isValid())
        m_view->setCurrentIndex(again);
    else
        m_selectedId = 0;
    updateDetail();
    updateRefill();
    updateSummary();
}

void TodayBoardPage::updateDetail()
{
    const AppointmentListRow *r =
        m_selectedId ? m_board->rowAt(m_board->indexOfAppointment(m_selectedId)) : nullptr;
    if (!r) {
        m_detail->setText(tr("Select a booking to see its no-show risk and the reasons."));
        return;
    }
    const auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    const QTime end = m_board->localEnd(*r);
    QString when = timeText(m_board->localStart(*r));
    if (end.isValid())
        when = tr("%1\u2013%2").arg(when, timeText(end));
    QString html = QStringLiteral("<p><b>%1</b> \u00b7 %2<br>%3 \u2014 %4</p>")
                       .arg(esc(when), esc(r->practitionerName),
                            esc(r->patientName.isEmpty() ? tr("(hidden)") : r->patientName),
                            esc(TodayBoardModel::statusText(*r)));
    const NoShowSnapshot &snapshot = m_board->snapshot();
    if (const ScoredBooking *score = m_board->scoreOf(r->id)) {
        const RiskBands &bands = m_board->bands();
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(esc(tr("%1 risk of not arriving: %2")
                                 .arg(RiskText::bandName(bands.bandOf(score->risk)),
                                      RiskText::percent(score->risk))),
                         esc(tr("Clinic base rate %1; the reasons add up to the difference.")
                                 .arg(RiskText::percent(snapshot.model.baseRate))));
        html += QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const RiskReason &reason : score->reasons)
            html += QStringLiteral("<li>%1</li>").arg(esc(RiskText::reasonLine(reason)));
        html += QStringLiteral("</ul>");
    } else if (r->status == AppointmentStatus::Booked &&
               snapshot.model.status != NoShowModelInfo::Status::Ready) {
        html += QStringLiteral("<p>%1</p>").arg(esc(RiskText::notReady(snapshot.model)));
    } else if (r->lateCancellation) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Cancelled less than 24 hours before the start: a slot to "
                                "refill.")));
    }
    m_detail->setText(html);
}

void TodayBoardPage::updateRefill()
{
    m_refill->clear();
    const QList<TodayBoardModel::RefillSlot> open = m_board->refillSlots();
    for (const TodayBoardModel::RefillSlot &s : open) {
        const QString when = s.to.isValid() ? tr("%1\u2013%2").arg(timeText(s.from), timeText(s.to))
                                            : timeText(s.from);
        auto *item = new QListWidgetItem(tr("%1 \u00b7 %2").arg(when, s.practitioner), m_refill);
        item->setData(Qt::UserRole, s.appointmentId);
    }
    m_refill->setVisible(!open.isEmpty());
    m_refillEmpty->setVisible(open.isEmpty());
}

void TodayBoardPage::updateSummary()
{
    if (showingBoard()) {
        int high = 0;
        for (const ScoredBooking &b : m_board->snapshot().bookings)
            if (m_board->bands().bandOf(b.risk) == RiskBand::High &&
                m_board->indexOfAppointment(b.appointmentId).isValid())
                ++high;
        m_summary->setText(tr("Bookings: %1 \u00b7 gaps: %2 \u00b7 high risk: %3 \u00b7 late "
                              "cancellations to refill: %4")
                               .arg(m_board->bookingCount())
                               .arg(m_board->gaps().size())
                               .arg(high)
                               .arg(m_board->refillSlots().size()));
    } else if (showingCounts()) {
        const auto all = m_counts->counts(0);
        m_summary->setText(m_counts->rowCount() == 0
                               ? RiskText::notReady(m_counts->snapshot().model)
                               : tr("Upcoming bookings: %1 \u00b7 high risk: %2")
                                     .arg(all[0] + all[1] + all[2])
                                     .arg(all[2]));
    } else {
        m_summary->clear();
    }
}

void TodayBoardPage::updateHeading()
{
    const QString date = m_today.isValid()
                             ? QLocale().toString(shownDate(), QStringLiteral("dddd d MMMM"))
                             : QString();
    QString title = m_day == Day::Today ? tr("Today") : tr("Tomorrow");
    if (!date.isEmpty())
        title = tr("%1, %2").arg(title, date);
    if (!m_clinicName.isEmpty())
        title = tr("%1 \u2014 %2").arg(title, m_clinicName);
    m_heading->setText(title);
}

void TodayBoardPage::applyColours()
{
    const ThemeColors c = themeColors(palette());
    const auto dot = [](const QColor &colour, const QString &name) {
        return QStringLiteral("<span style=\"color:%1\">\u25cf</span> %2")
            .arg(colour.name(), name.toHtmlEscaped());
    };
    m_legend->setText(QStringList{dot(c.riskLow, RiskText::bandName(RiskBand::Low)),
                                  dot(c.riskElevated, RiskText::bandName(RiskBand::Elevated)),
                                  dot(c.riskHigh, RiskText::bandName(RiskBand::High))}
                          .join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    m_legend->setToolTip(tr("No-show risk: the calibrated chance that the patient does not "
                            "arrive. Elevated from %1, high from %2 (settings).")
                             .arg(RiskText::percent(m_board->bands().elevated),
                                  RiskText::percent(m_board->bands().high)));
}

void TodayBoardPage::setBands(const RiskBands &bands)
{
    m_board->setBands(bands);
    m_counts->setBands(bands);
    applyColours();
}

void TodayBoardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    else if (event->type() == QEvent::LanguageChange)
        updateHeading();
}

} // namespace routiq
