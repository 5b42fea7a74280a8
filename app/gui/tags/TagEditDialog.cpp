#include "gui/tags/TagEditDialog.h"

#include "core/library/Catalog.h"
#include "core/library/TagNames.h"
#include "gui/text/DisplayText.h"
#include "ui_TagEditDialog.h"

#include <QCompleter>
#include <QMap>

namespace {
constexpr int InitialStateRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2; // the tag's name; the item shows it elided

QListWidgetItem *tagItem(const QString &name, QListWidget *list)
{
    auto *item = new QListWidgetItem(DisplayText::elided(name), list);
    item->setData(NameRole, name);
    item->setToolTip(DisplayText::toolTip(name));
    return item;
}
} // namespace

TagEditDialog::TagEditDialog(const QList<QStringList> &tagsPerDocument, const QStringList &libraryTags, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TagEditDialog>())
{
    m_ui->setupUi(this);
    const int documents = int(tagsPerDocument.size());
    m_ui->summaryLabel->setText(tr("%n document(s) selected.", nullptr, documents));

    // key → (name as first seen, number of documents carrying it)
    QMap<QString, QPair<QString, int>> counts;
    for (const QStringList &tags : tagsPerDocument) {
        for (const QString &tag : tags) {
            auto &entry = counts[TagNames::key(tag)];
            if (entry.first.isEmpty())
                entry.first = tag;
            ++entry.second;
        }
    }
    for (const auto &[name, count] : std::as_const(counts)) {
        QListWidgetItem *item = tagItem(name, m_ui->tagList);
        const Qt::CheckState state = count == documents ? Qt::Checked : Qt::PartiallyChecked;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                       | (state == Qt::PartiallyChecked ? Qt::ItemIsUserTristate : Qt::NoItemFlags));
        item->setCheckState(state);
        item->setData(InitialStateRole, int(state));
    }

    auto *completer = new QCompleter(libraryTags, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->newTagEdit->setCompleter(completer);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        addTag(m_ui->newTagEdit->text());
        m_ui->newTagEdit->clear();
    });
    // Return in the tag field adds the tag; it does not close the dialog.
    connect(m_ui->newTagEdit, &QLineEdit::returnPressed, m_ui->addButton, &QPushButton::click);
}

TagEditDialog::~TagEditDialog() = default;

void TagEditDialog::addTag(const QString &name)
{
    const QString normalized = TagNames::normalized(name);
    if (normalized.isEmpty())
        return;
    for (int row = 0; row < m_ui->tagList->count(); ++row) {
        QListWidgetItem *item = m_ui->tagList->item(row);
        if (TagNames::key(item->data(NameRole).toString()) == TagNames::key(normalized)) {
            item->setCheckState(Qt::Checked);
            m_ui->tagList->setCurrentItem(item);
            return;
        }
    }
    QListWidgetItem *item = tagItem(normalized, m_ui->tagList);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(InitialStateRole, int(Qt::Unchecked));
    m_ui->tagList->setCurrentItem(item);
}

QStringList TagEditDialog::addedTags() const
{
    QStringList result;
    for (int row = 0; row < m_ui->tagList->count(); ++row) {
        const QListWidgetItem *item = m_ui->tagList->item(row);
        if (item->checkState() == Qt::Checked && item->data(InitialStateRole).toInt() != Qt::Checked)
            result.append(item->data(NameRole).toString());
    }
    return result;
}

QStringList TagEditDialog::removedTags() const
{
    QStringList result;
    for (int row = 0; row < m_ui->tagList->count(); ++row) {
        const QListWidgetItem *item = m_ui->tagList->item(row);
        if (item->checkState() == Qt::Unchecked && item->data(InitialStateRole).toInt() != Qt::Unchecked)
            result.append(item->data(NameRole).toString());
    }
    return result;
}
