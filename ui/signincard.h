#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace routiq {

// The centred card the sign-in and first-run pages share: the Routiq mark, a title and a
// subtitle, labelled fields, one message line (an error or a notice, in theme colours) and
// the main button. The pages decide what is in it and what it does.
class SignInCard : public QWidget
{
    Q_OBJECT
public:
    enum class Tone
    {
        Error,
        Notice
    };

    explicit SignInCard(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    // Adds "label" above `field` (and `hint` under it, small and muted, if given).
    void addField(const QString &label, QLineEdit *field, QLabel *hint = nullptr);
    QPushButton *button() const { return m_button; }
    // A widget under the card (a link, a note), centred with it.
    void addBelow(QWidget *widget);

    void showMessage(const QString &text, Tone tone);
    void clearMessage();
    QString message() const;
    Tone messageTone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void recolour();

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QVBoxLayout *m_fields = nullptr;
    QVBoxLayout *m_outer = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_button = nullptr;
    QList<QLabel *> m_hints;
    Tone m_tone = Tone::Error;
};

} // namespace routiq
