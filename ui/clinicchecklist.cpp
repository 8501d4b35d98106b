#include "clinicchecklist.h"

namespace routiq {

ClinicChecklist::ClinicChecklist(QWidget *parent) : QListWidget(parent)
{
    setAccessibleName(tr("Clinics"));
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void ClinicChecklist::setClinics(const QList<ClinicConnection> &clinics,
                                 const QList<ClinicId> &checked)
{
    clear();
    for (const ClinicConnection &c : clinics) {
        auto *item = new QListWidgetItem(
            c.name.isEmpty() ? c.id : QStringLiteral("%1 (%2)").arg(c.name, c.id), this);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    // Grants to clinics no longer connected stay visible, so they can be removed.
    for (const ClinicId &id : checked) {
        const bool known = std::any_of(clinics.begin(), clinics.end(),
                                       [&](const ClinicConnection &c) { return c.id == id; });
        if (known)
            continue;
        auto *item = new QListWidgetItem(id, this);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (count() > 0)
        setCurrentRow(0);
}

QList<ClinicId> ClinicChecklist::checkedClinics() const
{
    QList<ClinicId> out;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            out.append(item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

} // namespace routiq
