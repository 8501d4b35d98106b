#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;

namespace routiq {

class LiveStatusTracker;

// A strip under the header that explains, in plain words, why the numbers are not live and
// what to do (offline: wait or check the connection; sign-in rejected: ask an admin for a new
// key), always with the age of the data still shown. Hidden while all is well.
class StatusBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StatusBanner(QWidget *parent = nullptr);

    void setTracker(LiveStatusTracker *tracker);
    // Without a tracker: shows this text as a warning (the stale-data alert), or hides when
    // `headline` is empty.
    void showText(const QString &headline, const QString &advice);
    QString headline() const;
    QString advice() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void sync();

    QPointer<LiveStatusTracker> m_tracker;
    QLabel *m_headline = nullptr;
    QLabel *m_advice = nullptr;
    bool m_isError = false;
};

} // namespace routiq
