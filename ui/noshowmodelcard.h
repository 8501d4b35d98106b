#pragma once

#include "cardframe.h"
#include "insights/noshowsnapshot.h"

#include <optional>

class QLabel;
class QPushButton;

namespace routiq {

// How good the clinic's no-show model is, shown as it is: AUC and Brier skill on the clinic's
// own most recent held-out weeks, when it was trained and on how many bookings — or that there
// is not enough history yet and what is missing. "Retrain now" asks for a training on demand.
class NoShowModelCard : public CardFrame
{
    Q_OBJECT
public:
    explicit NoShowModelCard(QWidget *parent = nullptr);

    void setModelInfo(const NoShowModelInfo &info);
    // No model to describe (no clinic, or "All clinics"), with the reason.
    void setUnavailable(const QString &reason);
    void setTraining(bool running);
    bool training() const { return m_training; }

    QString statusText() const;
    QString detailText() const;
    QPushButton *retrainButton() const { return m_retrain; }

signals:
    void retrainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::optional<NoShowModelInfo> m_info;
    QString m_unavailable;
    bool m_training = false;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_retrain = nullptr;
};

} // namespace routiq
