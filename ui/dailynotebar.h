#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace routiq {

// A quiet bar at the top of the main window for the daily note ("Tomorrow: 5 high-risk
// bookings"): the note, a button to open the Today board on tomorrow, and Dismiss.
class DailyNoteBar : public QFrame
{
    Q_OBJECT
public:
    explicit DailyNoteBar(QWidget *parent = nullptr);

    void showNote(const QString &text);
    QString text() const;

signals:
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_dismiss = nullptr;
    bool m_inPaletteChange = false; // setPalette in applyColours sends one more change
};

} // namespace routiq
