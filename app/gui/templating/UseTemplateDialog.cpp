#include "gui/templating/UseTemplateDialog.h"

#include "core/templating/FilledCopyName.h"
#include "gui/async/AsyncTask.h"
#include "gui/main/WindowLayout.h"
#include "gui/settings/AppSettings.h"
#include "gui/text/DisplayText.h"
#include "ui_UseTemplateDialog.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QUrl>

namespace {
constexpr int PlaceholderRole = Qt::UserRole + 1; // the row's index in m_scan.placeholders

// The value to propose: the remembered or the profile's; a date placeholder gets today's date.
QString proposal(const Placeholder &placeholder, const MunicipalityProfile &profile)
{
    const QString value = placeholder.proposedValue(profile);
    if (value.isEmpty() && placeholder.kind == Placeholder::Kind::Date)
        return QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"));
    return value;
}
} // namespace

UseTemplateDialog::UseTemplateDialog(Template source, QString userProfilePath,
                                     MunicipalityProfile libraryDefault, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UseTemplateDialog>())
    , m_source(std::move(source))
    , m_userProfilePath(std::move(userProfilePath))
{
    m_ui->setupUi(this);
    QString problem;
    const auto mine = ProfileStore::load(m_userProfilePath, &problem);
    if (!mine)
        m_profileProblem = problem;
    m_userProfile = mine.value_or(MunicipalityProfile());
    m_profile = m_userProfile.over(libraryDefault);

    m_fillButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_fillButton->setDefault(true);
    connect(m_fillButton, &QPushButton::clicked, this, &UseTemplateDialog::fill);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &UseTemplateDialog::chooseTarget);
    m_ui->introLabel->setTextFormat(Qt::PlainText); // it quotes the title
    m_ui->noteLabel->setTextFormat(Qt::PlainText);
    m_ui->placeholderTable->setColumnCount(3);
    m_ui->placeholderTable->horizontalHeader()->setSectionResizeMode(WrittenColumn, QHeaderView::Interactive);
    m_ui->placeholderTable->horizontalHeader()->setSectionResizeMode(WhereColumn, QHeaderView::Interactive);
    m_ui->placeholderTable->setColumnWidth(WrittenColumn, 220);
    m_ui->placeholderTable->setColumnWidth(WhereColumn, 170);
    connect(m_ui->placeholderTable, &QTableWidget::currentCellChanged, this, &UseTemplateDialog::showContext);

    const QString municipality = m_profile.value(MunicipalityProfile::Field::Name);
    m_ui->targetEdit->setText(QDir::toNativeSeparators(
        QDir(AppSettings::templateFolder())
            .filePath(FilledCopyName::propose(m_source.title, m_source.fileName, municipality))));

    // Fits a 1366×768 screen with the window manager's frame and panel.
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        const QSize room = available.size() - WindowLayout::DialogScreenMargin;
        resize(qMin(width(), room.width()), qMin(height(), room.height()));
    }
    retranslate();
    startScan();
}

UseTemplateDialog::~UseTemplateDialog() = default;

QTableWidget *UseTemplateDialog::placeholderTable() const
{
    return m_ui->placeholderTable;
}

QLineEdit *UseTemplateDialog::targetEdit() const
{
    return m_ui->targetEdit;
}

QString UseTemplateDialog::note() const
{
    return m_ui->noteLabel->text();
}

QString UseTemplateDialog::contextText() const
{
    return m_ui->contextView->toPlainText();
}

void UseTemplateDialog::setBusy(bool busy)
{
    m_busy = busy;
    const bool usable = !busy && m_scanned && m_scanError.isEmpty();
    m_fillButton->setEnabled(usable);
    m_ui->placeholderTable->setEnabled(usable && m_scan.fillable);
    m_ui->targetEdit->setEnabled(!busy);
    m_ui->browseButton->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void UseTemplateDialog::startScan()
{
    setBusy(true);
    TemplateFiller filler(m_source.sourcePath, m_source.fileName);
    filler.setExtraStandInNames(m_profile.extraStandInNames);
    AsyncTask::runThenCallback(
        this,
        [filler, declared = m_source.declared] {
            TemplateScan scan;
            QString error;
            const bool ok = filler.scan(declared, &scan, &error);
            return std::make_tuple(ok, scan, error);
        },
        [this](const std::tuple<bool, TemplateScan, QString> &outcome) {
            showScan(std::get<0>(outcome), std::get<1>(outcome), std::get<2>(outcome));
        });
}

void UseTemplateDialog::showScan(bool ok, const TemplateScan &scan, const QString &error)
{
    m_scanned = true;
    m_scan = ok ? scan : TemplateScan();
    m_scanError = ok ? QString() : error;
    QTableWidget *table = m_ui->placeholderTable;
    table->setRowCount(0);
    for (int i = 0; i < m_scan.placeholders.size(); ++i) {
        const Placeholder &placeholder = m_scan.placeholders.at(i);
        const int row = table->rowCount();
        table->insertRow(row);
        auto *written = new QTableWidgetItem(DisplayText::elided(placeholder.written));
        written->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        written->setData(PlaceholderRole, i);
        written->setToolTip(DisplayText::toolTip(placeholder.written));
        auto *where = new QTableWidgetItem(whereText(placeholder));
        where->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        where->setToolTip(DisplayText::toolTip(whereText(placeholder))); // the column may cut it
        auto *value = new QTableWidgetItem(proposal(placeholder, m_profile));
        value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        table->setItem(row, WrittenColumn, written);
        table->setItem(row, WhereColumn, where);
        table->setItem(row, ValueColumn, value);
    }
    if (table->rowCount() > 0)
        table->setCurrentCell(0, ValueColumn);
    m_ui->placeholderTable->setVisible(m_scan.fillable || !m_scanError.isEmpty());
    m_ui->placeholderLabel->setVisible(m_ui->placeholderTable->isVisible());
    m_ui->contextLabel->setVisible(m_scan.fillable);
    m_ui->contextView->setVisible(m_scan.fillable);
    setBusy(false);
    retranslate();
    showContext();
    if (!m_ui->placeholderTable->isVisible() && isVisible()) // only notes and the name: no empty space
        resize(width(), minimumSizeHint().height());
    emit scanned();
}

QString UseTemplateDialog::whereText(const Placeholder &placeholder) const
{
    const QString places = placeholder.locations.join(QStringLiteral(", "));
    return placeholder.occurrences > 1 ? tr("%1 (%n times)", nullptr, placeholder.occurrences).arg(places)
                                       : places;
}

void UseTemplateDialog::showContext()
{
    const int row = m_ui->placeholderTable->currentRow();
    // Typing goes into the value: the other columns are for reading.
    if (row >= 0 && m_ui->placeholderTable->currentColumn() != ValueColumn) {
        m_ui->placeholderTable->setCurrentCell(row, ValueColumn);
        return; // shown by the change of cell that follows
    }
    const QTableWidgetItem *item = row >= 0 ? m_ui->placeholderTable->item(row, WrittenColumn) : nullptr;
    if (!item) {
        m_ui->contextView->clear();
        return;
    }
    const Placeholder &placeholder = m_scan.placeholders.at(item->data(PlaceholderRole).toInt());
    QStringList shown;
    for (const QString &context : placeholder.contexts)
        shown.append(DisplayText::elided(context.simplified(), DisplayText::MaxValue));
    m_ui->contextView->setPlainText(shown.join(QStringLiteral("\n…\n")));
}

QString UseTemplateDialog::targetPath() const
{
    QString path = QDir::fromNativeSeparators(m_ui->targetEdit->text().trimmed());
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).isRelative())
        path = QDir(AppSettings::templateFolder()).filePath(path);
    // The copy keeps the template's format: a ".pdf" name on a DOCX would not open.
    const QString suffix = QFileInfo(m_source.fileName).suffix();
    if (!suffix.isEmpty() && QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix.toLower();
    return QDir::cleanPath(path);
}

void UseTemplateDialog::chooseTarget()
{
    const QString suffix = QFileInfo(m_source.fileName).suffix().toLower();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the filled copy as"), targetPath(),
        suffix.isEmpty() ? QString() : tr("Documents like the template (*.%1)").arg(suffix), nullptr,
        QFileDialog::DontConfirmOverwrite); // asked once, when the copy is written
    if (!file.isEmpty())
        m_ui->targetEdit->setText(QDir::toNativeSeparators(file));
}

void UseTemplateDialog::fill()
{
    if (m_busy || !m_scanned || !m_scanError.isEmpty())
        return;
    const QString target = targetPath();
    if (target.isEmpty()) {
        DisplayText::warning(this, windowTitle(), tr("Enter a file name for the copy."));
        m_ui->targetEdit->setFocus();
        return;
    }
    const QFileInfo info(target);
    if (!info.absoluteDir().exists()) {
        DisplayText::warning(
            this, windowTitle(),
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        m_ui->targetEdit->setFocus();
        return;
    }
    if (info.isDir()) {
        DisplayText::warning(this, windowTitle(),
                             tr("%1 is a folder; enter a file name.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (info.exists()) {
        const auto ask = m_askReplace ? m_askReplace : [this](const QString &path) {
            return DisplayText::question(this, windowTitle(),
                                         tr("%1 exists already. Replace it with the filled copy?")
                                             .arg(QDir::toNativeSeparators(path)))
                == QMessageBox::Yes;
        };
        if (!ask(target))
            return;
    }
    QHash<QString, QString> values;
    for (int row = 0; row < m_ui->placeholderTable->rowCount(); ++row) {
        const Placeholder &placeholder = m_scan.placeholders.at(
            m_ui->placeholderTable->item(row, WrittenColumn)->data(PlaceholderRole).toInt());
        const QString value = m_ui->placeholderTable->item(row, ValueColumn)->text();
        if (!value.isEmpty())
            values.insert(placeholder.key, value);
    }
    setBusy(true);
    m_writing = true;
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
    m_ui->noteLabel->setText(tr("Writing the copy…"));
    m_ui->noteLabel->setVisible(true);
    TemplateFiller filler(m_source.sourcePath, m_source.fileName);
    filler.setExtraStandInNames(m_profile.extraStandInNames);
    AsyncTask::runThenCallback(
        this,
        [filler, declared = m_source.declared, values, target] {
            FillResult result;
            QString error;
            const bool ok = filler.fill(declared, values, target, &result, &error);
            return std::make_tuple(ok, result, error);
        },
        [this, target](const std::tuple<bool, FillResult, QString> &outcome) {
            showFilled(target, std::get<0>(outcome), std::get<1>(outcome), std::get<2>(outcome));
        });
}

QString UseTemplateDialog::rememberValues() const
{
    // Read again: the settings may have changed the file since the dialog opened.
    QString error;
    auto profile = ProfileStore::load(m_userProfilePath, &error);
    if (!profile)
        return error;
    const QByteArray before = profile->toJson();
    for (int row = 0; row < m_ui->placeholderTable->rowCount(); ++row) {
        const Placeholder &placeholder = m_scan.placeholders.at(
            m_ui->placeholderTable->item(row, WrittenColumn)->data(PlaceholderRole).toInt());
        // Blanks are numbered per document and dates change: neither is worth proposing again.
        if (placeholder.kind == Placeholder::Kind::Blank || placeholder.kind == Placeholder::Kind::Date)
            continue;
        const QString value = m_ui->placeholderTable->item(row, ValueColumn)->text();
        const QString fromField = placeholder.field ? m_profile.value(*placeholder.field) : QString();
        if (value.isEmpty() || value == fromField)
            profile->remembered.remove(placeholder.key); // the profile proposes it (or nothing was typed)
        else
            profile->remembered.insert(placeholder.key, value);
    }
    if (profile->toJson() == before || ProfileStore::save(*profile, m_userProfilePath, &error))
        return QString();
    return error;
}

void UseTemplateDialog::reject()
{
    if (!m_writing)
        QDialog::reject();
}

void UseTemplateDialog::showFilled(const QString &target, bool ok, const FillResult &result,
                                   const QString &error)
{
    m_writing = false;
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(true);
    setBusy(false);
    if (!ok) {
        m_ui->noteLabel->setText(error);
        DisplayText::warning(this, windowTitle(), tr("The copy was not written: %1").arg(error));
        emit finished(false, error);
        return;
    }
    AppSettings::setTemplateFolder(QFileInfo(target).absolutePath());
    QStringList lines;
    if (!m_scan.fillable) {
        lines.append(tr("Fields cannot be filled in this kind of file. A copy you can edit was saved as %1.")
                         .arg(QDir::toNativeSeparators(target)));
    } else {
        lines.append(tr("The filled copy was saved as %1.").arg(QDir::toNativeSeparators(target)));
        lines.append(tr("%n placeholder(s) replaced.", nullptr, int(result.replaced.size())));
        if (!result.left.isEmpty()) {
            lines.append(QString());
            lines.append(tr("Not filled, still to do by hand:"));
            for (const Placeholder &left : result.left)
                lines.append(tr("• %1 – %2 (%3)")
                                 .arg(DisplayText::quoted(left.written), whereText(left),
                                      left.reason.isEmpty() ? tr("no value given") : left.reason));
        }
        const QString notRemembered = rememberValues();
        if (!notRemembered.isEmpty()) {
            lines.append(QString());
            lines.append(tr("The values typed could not be remembered: %1").arg(notRemembered));
        }
    }

    // The message belongs to the window: the dialog closes behind it.
    QMessageBox *box = DisplayText::messageBox(
        result.left.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, windowTitle(),
        lines.join(QLatin1Char('\n')), QMessageBox::Close, parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(tr("&Open"), QMessageBox::ActionRole);
    QPushButton *folder = box->addButton(tr("Show in &folder"), QMessageBox::ActionRole);
    box->setDefaultButton(open);
    connect(open, &QPushButton::clicked, box, [box, target] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
            DisplayText::information(
                box->parentWidget(), box->windowTitle(),
                tr("This computer has no program for this kind of file. The copy is at %1.")
                    .arg(QDir::toNativeSeparators(target)));
    });
    connect(folder, &QPushButton::clicked, box,
            [target] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(target).absolutePath())); });
    m_resultBox = box;
    emit finished(true, target);
    accept();
    box->open();
}

void UseTemplateDialog::retranslate()
{
    setWindowTitle(tr("Use template"));
    const QString title = DisplayText::quoted(m_source.title.isEmpty() ? m_source.fileName : m_source.title);
    m_ui->introLabel->setText(
        m_scanned && !m_scan.fillable && m_scanError.isEmpty()
            ? tr("A copy of \"%1\" is saved for you to edit; the stored document stays as it is.").arg(title)
            : tr("A copy of \"%1\" is filled in with your municipality's details; the stored template stays "
                 "as it "
                 "is. Check the values, change them where needed.")
                  .arg(title));
    m_ui->placeholderTable->setHorizontalHeaderLabels({ tr("Placeholder"), tr("Where"), tr("Value") });
    m_ui->placeholderTable->setAccessibleName(tr("Placeholders and their values"));
    m_ui->contextView->setAccessibleName(tr("The sentence around the placeholder"));
    m_ui->targetEdit->setAccessibleName(tr("File name of the copy"));
    m_fillButton->setText(m_scanned && !m_scan.fillable && m_scanError.isEmpty() ? tr("&Save copy")
                                                                                 : tr("&Fill in"));
    QStringList notes;
    if (!m_scanned) {
        notes.append(tr("Looking for placeholders…"));
    } else if (!m_scanError.isEmpty()) {
        notes.append(m_scanError);
    } else if (!m_scan.fillable) {
        notes.append(tr("Fields cannot be filled in this kind of file (only in DOCX and ODT). A copy you can "
                        "edit is saved under the name below."));
    } else if (m_scan.placeholders.isEmpty()) {
        notes.append(tr("No placeholders were found. The copy is saved unchanged under the name below."));
    } else {
        notes.append(tr("To change a value, select it and type (or press F2). An empty value leaves its "
                        "placeholder in the copy."));
    }
    if (m_scanned && !m_scan.inFields.isEmpty()) {
        QStringList names;
        for (const Placeholder &placeholder : m_scan.inFields)
            names.append(DisplayText::quoted(placeholder.written));
        notes.append(tr("Inside fields, left as they are: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!m_profileProblem.isEmpty())
        notes.append(m_profileProblem);
    m_ui->noteLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->noteLabel->setVisible(true);
}

void UseTemplateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
