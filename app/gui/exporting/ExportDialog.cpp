#include "gui/exporting/ExportDialog.h"

#include "gui/settings/AppSettings.h"
#include "gui/text/DisplayText.h"
#include "ui_ExportDialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

ExportDialog::ExportDialog(int documentCount, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(tr("Export %n document(s).", nullptr, documentCount));
    m_ui->targetEdit->setText(QDir::toNativeSeparators(AppSettings::lastFolder()));
    connect(m_ui->folderRadio, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_ui->targetEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        QString path;
        if (toZip()) {
            path = QFileDialog::getSaveFileName(this, tr("Export as zip"), target(), tr("Zip packs (*.zip)"));
            if (!path.isEmpty() && !path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
                path += QStringLiteral(".zip");
        } else {
            path = QFileDialog::getExistingDirectory(this, tr("Export to a folder"), target());
        }
        if (!path.isEmpty())
            m_ui->targetEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_ui->zipRadio, &QRadioButton::toggled, this, [this](bool zip) {
        // Switching the kind proposes a matching target next to the current one.
        const QFileInfo current(target());
        if (zip && !current.fileName().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            m_ui->targetEdit->setText(QDir::toNativeSeparators(
                QDir(current.isDir() ? current.absoluteFilePath() : current.absolutePath())
                    .filePath(Exporter::defaultPackName(QDate::currentDate()) + QStringLiteral(".zip"))));
        else if (!zip && current.fileName().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            m_ui->targetEdit->setText(QDir::toNativeSeparators(current.absolutePath()));
    });
    updateState();
}

ExportDialog::~ExportDialog() = default;

bool ExportDialog::toZip() const
{
    return m_ui->zipRadio->isChecked();
}

QString ExportDialog::target() const
{
    return QDir::fromNativeSeparators(m_ui->targetEdit->text().trimmed());
}

void ExportDialog::setTarget(bool zip, const QString &path)
{
    (zip ? m_ui->zipRadio : m_ui->folderRadio)->setChecked(true);
    m_ui->targetEdit->setText(QDir::toNativeSeparators(path));
}

Exporter::Options ExportDialog::options() const
{
    Exporter::Options options;
    options.byCategory = !toZip() && m_ui->byCategoryBox->isChecked();
    options.replaceExisting = !toZip() && m_ui->replaceBox->isChecked();
    options.overwriteZip = m_replaceZip;
    return options;
}

void ExportDialog::accept()
{
    m_replaceZip = false;
    if (toZip() && QFileInfo::exists(target())) {
        const auto answer = DisplayText::question(
            this, tr("Export"), tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(target())));
        if (answer != QMessageBox::Yes)
            return;
        m_replaceZip = true;
    }
    AppSettings::setLastFolder(target());
    QDialog::accept();
}

void ExportDialog::updateState()
{
    m_ui->byCategoryBox->setEnabled(!toZip());
    m_ui->replaceBox->setEnabled(!toZip());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!target().isEmpty());
}
