#include "gui/details/MetadataDialog.h"

#include "gui/text/DisplayText.h"
#include "ui_MetadataDialog.h"

#include <QPushButton>

namespace {
void fill(QComboBox *box, QStringList values, const QString &current)
{
    if (!current.isEmpty() && !values.contains(current))
        values.append(current);
    values.sort(Qt::CaseInsensitive);
    box->addItem(QString());
    box->addItems(values);
    box->setCurrentText(current);
    // As wide as the form, not as the longest value.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(20);
}
} // namespace

MetadataDialog::MetadataDialog(const DocumentRecord &document, const QHash<QString, QStringList> &known, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MetadataDialog>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setWindowTitle(
        DisplayText::windowTitle(tr("Edit details of %1").arg(DisplayText::quoted(document.filename))));
    m_ui->titleEdit->setText(document.title);
    m_ui->descriptionEdit->setPlainText(document.description);
    fill(m_ui->categoryEdit, known.value(QStringLiteral("category")), document.category);
    fill(m_ui->typeEdit, known.value(QStringLiteral("type")), document.type);
    fill(m_ui->municipalityEdit, known.value(QStringLiteral("municipality")), document.municipality);
    m_ui->yearEdit->setSpecialValueText(tr("unknown"));
    m_ui->yearEdit->setValue(document.year > 0 ? document.year : m_ui->yearEdit->minimum());
    m_ui->licenseEdit->setText(document.license);
    // A document needs a title: OK is off while it is empty.
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
}

MetadataDialog::~MetadataDialog() = default;

DocumentRecord MetadataDialog::record() const
{
    DocumentRecord r = m_document;
    r.title = m_ui->titleEdit->text().trimmed();
    r.description = m_ui->descriptionEdit->toPlainText().trimmed();
    r.category = m_ui->categoryEdit->currentText().trimmed();
    r.type = m_ui->typeEdit->currentText().trimmed();
    r.municipality = m_ui->municipalityEdit->currentText().trimmed();
    r.year = m_ui->yearEdit->value() == m_ui->yearEdit->minimum() ? 0 : m_ui->yearEdit->value();
    r.license = m_ui->licenseEdit->text().trimmed();
    return r;
}
