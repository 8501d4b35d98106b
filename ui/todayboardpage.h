#pragma once

#include "domain/ids.h"
#include "insights/noshowsnapshot.h"

#include <QDate>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace routiq {

class RiskCountsModel;
class TodayBoardModel;

// The front desk's main view (a tab of the main window): today's or tomorrow's bookings per
// practitioner with live status, gaps and no-show risk, a side panel with the selected
// booking's risk and reasons, and today's late cancellations as slots to refill. For accounts
// without patient-level access it shows only the counts by risk band. It shows what its
// models hold; TodayBoardController fills them.
class TodayBoardPage : public QWidget
{
    Q_OBJECT
public:
    enum class Day
    {
        Today,
        Tomorrow
    };

    explicit TodayBoardPage(QWidget *parent = nullptr);

    TodayBoardModel *boardModel() const { return m_board; }
    RiskCountsModel *countsModel() const { return m_counts; }

    // The clinic's local "today" (the switch picks it or the next day) and its name.
    void setToday(QDate today);
    void setClinicName(const QString &name);
    void setDay(Day day);
    // Where "elevated" and "high" begin (settings insights/elevatedRisk, highRisk).
    void setBands(const RiskBands &bands);
    Day day() const { return m_day; }
    QDate shownDate() const;
    QDate today() const { return m_today; }

    // What the page shows: a message instead of data, the patient-level board, or the counts.
    void showMessage(const QString &text);
    void showBoard();
    void showCounts();
    bool showingBoard() const;
    bool showingCounts() const;
    QString messageText() const;

    // For tests and screenshots.
    QTreeView *boardView() const { return m_view; }
    QTableView *countsView() const { return m_countsView; }
    QListWidget *refillList() const { return m_refill; }
    QAbstractButton *todayButton() const { return m_todayButton; }
    QAbstractButton *tomorrowButton() const { return m_tomorrowButton; }
    QString detailText() const;
    QString summaryText() const;
    void selectAppointment(RecordId id);

signals:
    void dayChanged(routiq::TodayBoardPage::Day day);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildBoard();
    QWidget *buildCounts();
    void onBoardReset();
    void updateDetail();
    void updateRefill();
    void updateSummary();
    void updateHeading();
    void applyColours();

    TodayBoardModel *m_board = nullptr;
    RiskCountsModel *m_counts = nullptr;
    Day m_day = Day::Today;
    QDate m_today;
    QString m_clinicName;
    RecordId m_selectedId = 0;

    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_legend = nullptr;
    QAbstractButton *m_todayButton = nullptr;
    QAbstractButton *m_tomorrowButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_refillHeading = nullptr;
    QListWidget *m_refill = nullptr;
    QLabel *m_refillEmpty = nullptr;
    QTableView *m_countsView = nullptr;
    QLabel *m_countsNote = nullptr;
};

} // namespace routiq
