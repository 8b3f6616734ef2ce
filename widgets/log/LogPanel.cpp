#include "log/LogPanel.h"

#include "audit/AuditTrail.h"
#include "core/AppCore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ws::widgets {

LogPanel::LogPanel(core::AppCore& core, QWidget* parent)
    : Panel(core, parent), filter_(new logging::LogFilter(this)), view_(new QTableView(this)),
      levelBox_(new QComboBox(this)), textEdit_(new QLineEdit(this)), follow_(new QCheckBox(this)),
      clearButton_(new QPushButton(this)), saveButton_(new QPushButton(this))
{
    filter_->setSourceModel(&core.log());
    view_->setModel(filter_);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->horizontalHeader()->setSectionResizeMode(logging::LogModel::Message, QHeaderView::Stretch);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setWordWrap(false);
    textEdit_->setClearButtonEnabled(true);
    follow_->setChecked(true);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(levelBox_);
    bar->addWidget(textEdit_, 1);
    bar->addWidget(follow_);
    bar->addWidget(clearButton_);
    bar->addWidget(saveButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(view_);

    connect(levelBox_, &QComboBox::currentIndexChanged, filter_, &logging::LogFilter::setMinimumLevel);
    connect(textEdit_, &QLineEdit::textChanged, filter_, &logging::LogFilter::setText);
    connect(clearButton_, &QPushButton::clicked, &core.log(), &logging::LogModel::clear);
    connect(saveButton_, &QPushButton::clicked, this, &LogPanel::save);
    connect(filter_, &QAbstractItemModel::rowsInserted, this, [this] {
        if (follow_->isChecked())
            view_->scrollToBottom();
    });
    retranslate();
    levelBox_->setCurrentIndex(1);
}

void LogPanel::retranslate()
{
    const QSignalBlocker block(levelBox_);
    const int level = std::max(0, levelBox_->currentIndex());
    levelBox_->clear();
    levelBox_->addItems(
        {tr("Debug and above"), tr("Info and above"), tr("Warnings and above"), tr("Critical only")});
    levelBox_->setCurrentIndex(level);
    textEdit_->setPlaceholderText(tr("Filter text or category"));
    follow_->setText(tr("Follow"));
    follow_->setToolTip(tr("Keep the newest line in view"));
    clearButton_->setText(tr("Clear"));
    saveButton_->setText(tr("Save…"));
}

void LogPanel::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save log"), QStringLiteral("workstation.log"),
                                                      tr("Log files (*.log *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        error = file.errorString();
    } else if (!core().log().save(file, &error)) {
        file.remove();
    }
    core().audit().record(QStringLiteral("export.log"), QFileInfo(path).absoluteFilePath(),
                          error.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed"), error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save failed"), tr("Cannot write %1: %2").arg(path, error));
}

} // namespace ws::widgets
