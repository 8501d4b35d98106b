#include "appointmentlistdialog.h"
#include "appointmentlistmodel.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "uitestapp.h"

#include <catch2/catch.hpp>

#include <QTableView>

using namespace routiq;

TEST_CASE("the appointment list shows the rows it is given, sortable by date")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    window.show();
    const QList<AppointmentRow> rows{{QDate(2026, 11, 5), QTime(10, 0), QStringLiteral("Dr Ng"),
                                      QStringLiteral("A. Patient"), QStringLiteral("Missed")},
                                     {QDate(2026, 11, 2), QTime(9, 15), QStringLiteral("Dr Lee"),
                                      QStringLiteral("B. Patient"), QStringLiteral("Missed")}};
    window.showAppointmentList(QStringLiteral("Missed (DNA)"), rows);
    auto *dialog = window.findChild<AppointmentListDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->isModal());
    CHECK(dialog->windowTitle() == QStringLiteral("Missed (DNA)"));
    CHECK(dialog->model()->rowCount() == 2);
    QAbstractItemModel *shown = dialog->view()->model();
    CHECK(shown->index(0, AppointmentListModel::PractitionerColumn).data().toString() ==
          QStringLiteral("Dr Lee")); // 2 Nov sorts first

    window.showAppointmentList(QStringLiteral("Cancellations"), {});
    CHECK(window.findChildren<AppointmentListDialog *>().size() == 1);
    CHECK(dialog->model()->rowCount() == 0);
}
