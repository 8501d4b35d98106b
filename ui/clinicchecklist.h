#pragma once

#include "domain/clinicconnection.h"
#include "domain/ids.h"

#include <QListWidget>

namespace routiq {

// The clinics as a list of check boxes (Space toggles): which clinics an account may see.
class ClinicChecklist : public QListWidget
{
    Q_OBJECT
public:
    explicit ClinicChecklist(QWidget *parent = nullptr);

    void setClinics(const QList<ClinicConnection> &clinics, const QList<ClinicId> &checked);
    QList<ClinicId> checkedClinics() const;
};

} // namespace routiq
