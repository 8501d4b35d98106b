#include "workinghourseditor.h"

#include "session/insightsettingsservice.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace routiq {

WorkingHoursEditor::WorkingHoursEditor(const InsightSource &source, const WorkingHoursMap &hours,
                                       QWidget *parent)
    : QDialog(parent), m_source(source), m_hours(hours)
{
    setObjectName(QStringLiteral("WorkingHoursEditor"));
    setWindowTitle(tr("Working hours \u2014 %1").arg(source.clinicName));
    auto *intro = new QLabel(
        tr("Hours per weekday, e.g. \u201cMon 08:00-17:00, Tue 08:00-12:30\u201d (several "
           "intervals on one day are allowed). Leave a field empty when the practitioner has no "
           "set hours. Capacity and utilisation are computed from these."),
        this);
    intro->setWordWrap(true);

    auto *form = new QWidget(this);
    auto *rows = new QFormLayout(form);
    const ThemeColors colours = themeColors(palette());
    QWidget *previous = nullptr;
    for (const FilterChoice &p : source.practitioners) {
        auto *field = new QLineEdit(hours.value(p.id).toString(), form);
        field->setAccessibleName(tr("Working hours of %1").arg(p.name));
        field->setPlaceholderText(tr("no set hours"));
        auto *error = new QLabel(form);
        QPalette ep = error->palette();
        ep.setColor(QPalette::WindowText, colours.bad);
        error->setPalette(ep);
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QWidget(form);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(field);
        cellLayout->addWidget(error);
        auto *label = new QLabel(p.name, form);
        label->setBuddy(field);
        rows->addRow(label, cell);
        m_fields.insert(p.id, field);
        m_errors.insert(p.id, error);
        connect(field, &QLineEdit::textChanged, this, &WorkingHoursEditor::validate);
        if (previous)
            setTabOrder(previous, field);
        previous = field;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("WorkingHoursMessage"));
    m_message->setWordWrap(true);
    const bool admin = source.user && source.user->role == Role::Admin;
    if (!admin)
        m_message->setText(tr("Only an administrator can change working hours."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (save(&error))
            accept();
        else
            m_message->setText(error);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    validate();
    resize(560, 480);
}

QString WorkingHoursEditor::errorText() const
{
    return m_message->text();
}

void WorkingHoursEditor::validate()
{
    bool ok = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString error;
        const QString text = it.value()->text().trimmed();
        const bool valid = text.isEmpty() || WorkingHours::parse(text, &error).has_value();
        QLabel *label = m_errors.value(it.key());
        label->setText(error);
        label->setVisible(!valid);
        it.value()->setAccessibleDescription(valid ? QString() : error);
        ok = ok && valid;
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

bool WorkingHoursEditor::save(QString *error)
{
    if (!m_source.settings || !m_source.user) {
        if (error)
            *error = tr("Only an administrator can change working hours.");
        return false;
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        RoutiqError e;
        QString parseError;
        if (text.isEmpty()) {
            if (!m_hours.contains(it.key()))
                continue;
            if (!m_source.settings->clearWorkingHours(*m_source.user, m_source.clinicId, it.key(),
                                                      &e)) {
                if (error)
                    *error = e.message;
                return false;
            }
            m_hours.remove(it.key());
            continue;
        }
        const auto hours = WorkingHours::parse(text, &parseError);
        if (!hours) {
            if (error)
                *error = parseError;
            return false;
        }
        if (m_hours.contains(it.key()) && m_hours.value(it.key()) == *hours)
            continue;
        if (!m_source.settings->setWorkingHours(*m_source.user, m_source.clinicId, it.key(), *hours,
                                                &e)) {
            if (error)
                *error = e.message;
            return false;
        }
        m_hours.insert(it.key(), *hours);
    }
    emit saved();
    return true;
}

} // namespace routiq
