#include "practitionertableview.h"

#include "practitionertablemodel.h"
#include "security/auditedaccess.h"
#include "session/clinicsession.h"
#include "tablecsvexporter.h"
#include "tablepdfexporter.h"
#include "theme.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace routiq {

namespace {
// Colours each figure's change as the cards do (good green, bad red), the figure itself plain.
class ChangeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int tone = index.data(PractitionerTableModel::ToneRole).toInt();
        if (tone != 0 && !(option->state & QStyle::State_Selected)) {
            const ThemeColors c = themeColors(option->palette);
            option->palette.setColor(QPalette::Text, tone > 0 ? c.good : c.bad);
        }
    }
};
} // namespace

PractitionerTableView::PractitionerTableView(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("PractitionerTableView"));
    setWindowTitle(tr("Practitioners side by side"));
    m_model = new PractitionerTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("PractitionerTableStatus"));
    m_status->setWordWrap(true);
    m_csv = new QPushButton(tr("Export &CSV\u2026"), this);
    m_pdf = new QPushButton(tr("Export &PDF\u2026"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_csv);
    top->addWidget(m_pdf);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ChangeDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(1, Qt::DescendingOrder); // total bookings, as the definitions order
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setMinimumHeight(m_view->fontMetrics().height() * 2 + 10);
    m_view->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    m_view->setAccessibleName(tr("Practitioners side by side"));
    m_view->setAccessibleDescription(
        tr("Press Enter on a practitioner to show the dashboard for them only."));
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const RecordId id =
            index.data(PractitionerTableModel::PractitionerIdRole).value<RecordId>();
        if (id)
            emit practitionerActivated(id);
    });
    auto *hint = new QLabel(
        tr("Double-click a practitioner (or press Enter) to narrow the dashboard to them. Each "
           "figure shows its change against the previous period."),
        this);
    hint->setWordWrap(true);
    QPalette hp = hint->palette();
    hp.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    hint->setPalette(hp);

    m_running = new QLabel(
        tr("The period is still running: these changes compare the whole periods, while the "
           "dashboard's outcome cards compare the same days so far."),
        this);
    m_running->setWordWrap(true);
    m_running->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_running);
    layout->addWidget(hint);
    setTabOrder(m_view, m_csv);
    setTabOrder(m_csv, m_pdf);

    connect(m_csv, &QPushButton::clicked, this, [this] { askExportPath(QStringLiteral("csv")); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askExportPath(QStringLiteral("pdf")); });
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(1320, 560);
}

void PractitionerTableView::setSource(const InsightSource &source)
{
    const bool sameSession = source.session == m_source.session;
    m_source = source;
    setWindowTitle(tr("Practitioners side by side \u2014 %1").arg(source.clinicName));
    m_model->setPractitionerNames(source.practitionerNames());
    if (!sameSession || m_connections.isEmpty()) {
        for (const auto &c : std::as_const(m_connections))
            disconnect(c);
        m_connections.clear();
        m_model->clear();
        if (ClinicSession *s = source.session) {
            m_connections << connect(s, &ClinicSession::practitionerTableReady, this,
                                     &PractitionerTableView::onTable)
                          << connect(s, &ClinicSession::insightFailed, this,
                                     &PractitionerTableView::onFailed)
                          << connect(s, &ClinicSession::snapshotReady, this, [this] { ask(); });
        }
    }
    ask();
}

void PractitionerTableView::ask()
{
    if (!m_source.session)
        return;
    m_request = nextInsightRequestId();
    MetricsRequest r = m_source.request;
    r.clinicId = m_source.clinicId;
    m_source.session->requestPractitionerTable(r, m_request);
}

QString PractitionerTableView::describe() const
{
    const QLocale l;
    const ResolvedRange &r = m_model->table().range;
    QString where = m_source.clinicName;
    if (m_source.request.locationId)
        for (const FilterChoice &c : m_source.locations)
            if (c.id == *m_source.request.locationId)
                where += QStringLiteral(" \u00b7 ") + c.name;
    if (!r.startDate.isValid())
        return where;
    return tr("%1 \u00b7 %2 \u2013 %3, compared with %4 \u2013 %5")
        .arg(where, l.toString(r.startDate, QLocale::ShortFormat),
             l.toString(r.endDate, QLocale::ShortFormat),
             l.toString(r.previousStartDate, QLocale::ShortFormat),
             l.toString(r.previousEndDate, QLocale::ShortFormat));
}

void PractitionerTableView::onTable(quint64 requestId, const PractitionerTable &table)
{
    if (requestId != m_request)
        return;
    const RecordId selected =
        m_view->currentIndex().data(PractitionerTableModel::PractitionerIdRole).value<RecordId>();
    m_model->setTable(table);
    m_status->setText(table.rows.isEmpty()
                          ? tr("%1: no practitioner has bookings in this period.").arg(describe())
                          : describe());
    m_view->resizeColumnToContents(0);
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, 92); // headers wrap onto two lines
    m_view->resizeRowsToContents();
    // On a running period the cards compare the same days; these rows compare whole ranges.
    // (The machine's date: a note, not a figure.)
    const QDate today = QDate::currentDate();
    const bool running = table.range.startDate <= today && today <= table.range.endDate;
    m_running->setVisible(running);
    // The selection follows the practitioner across live refreshes.
    for (int r = 0; selected && r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, 0)
                .data(PractitionerTableModel::PractitionerIdRole)
                .value<RecordId>() == selected)
            m_view->setCurrentIndex(m_proxy->index(r, 0));
    emit updated();
}

void PractitionerTableView::onFailed(quint64 requestId, const RoutiqError &error)
{
    if (requestId != m_request)
        return;
    m_status->setText(error.message);
    emit updated();
}

void PractitionerTableView::activatePractitioner(RecordId practitionerId)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(PractitionerTableModel::PractitionerIdRole).value<RecordId>() ==
            practitionerId) {
            m_view->setCurrentIndex(i);
            emit m_view->activated(i);
            return;
        }
    }
}

bool PractitionerTableView::auditExport(const QString &kind, QString *error) const
{
    if (!m_source.user || !m_source.access) {
        if (error)
            *error = tr("Exports need a signed-in account.");
        return false;
    }
    const ResolvedRange &r = m_model->table().range;
    const QString what =
        QStringLiteral("practitioners %1 %2..%3")
            .arg(kind, r.startDate.toString(Qt::ISODate), r.endDate.toString(Qt::ISODate));
    const RoutiqError denied =
        m_source.access->exportAggregates(*m_source.user, m_source.clinicId, what);
    if (!denied.isNull() && error)
        *error = denied.message;
    return denied.isNull();
}

bool PractitionerTableView::exportCsv(const QString &path, QString *error)
{
    if (!auditExport(QStringLiteral("csv"), error))
        return false;
    return TableCsvExporter::writeBytes(path, m_model->toCsv(), error);
}

bool PractitionerTableView::exportPdf(const QString &path, QString *error)
{
    if (!auditExport(QStringLiteral("pdf"), error))
        return false;
    TablePdfExporter::Content content;
    content.title = tr("Practitioners side by side \u2014 %1").arg(m_source.clinicName);
    content.subtitle = describe();
    content.model = m_proxy;
    return TablePdfExporter::write(path, content, error);
}

void PractitionerTableView::askExportPath(const QString &kind)
{
    auto *dialog = new QFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const bool pdf = kind == QLatin1String("pdf");
    dialog->setWindowTitle(pdf ? tr("Export practitioners as PDF")
                               : tr("Export practitioners as CSV"));
    dialog->setNameFilter(pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(kind);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(pdf ? tr("routiq-practitioners.pdf") : tr("routiq-practitioners.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, pdf](const QString &path) {
        QString error;
        const bool ok = pdf ? exportPdf(path, &error) : exportCsv(path, &error);
        m_status->setText(ok ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error);
    });
    dialog->open();
}

QString PractitionerTableView::statusText() const
{
    return m_status->text();
}

} // namespace routiq
