#include "securities/SecuritiesPanel.h"

#include "audit/AuditTrail.h"
#include "core/AppCore.h"
#include "store/Csv.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ws::widgets {

namespace {
bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

SecuritiesPanel::SecuritiesPanel(core::AppCore& core, QWidget* parent)
    : Panel(core, parent), model_(new securities::SecurityTableModel(this)), view_(new QTableView(this)),
      filterEdit_(new QLineEdit(this)), industryBox_(new QComboBox(this)), exchangeBox_(new QComboBox(this)),
      boardBox_(new QComboBox(this)), countLabel_(new QLabel(this)), demoLabel_(new QLabel(this)),
      exportButton_(new QToolButton(this)), filterDelay_(new QTimer(this))
{
    filterEdit_->setClearButtonEnabled(true);
    filterEdit_->setObjectName(QStringLiteral("securitiesFilter"));
    filterEdit_->setMinimumWidth(160);
    industryBox_->setMinimumContentsLength(8);
    industryBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    exportButton_->setObjectName(QStringLiteral("exportCsv"));
    demoLabel_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #7a5b00; border-radius: 3px; padding: 1px 6px; }"));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(createLinkButton());
    bar->addWidget(filterEdit_, 2);
    bar->addWidget(industryBox_, 1);
    bar->addWidget(exchangeBox_);
    bar->addWidget(boardBox_);
    bar->addWidget(exportButton_);
    auto* foot = new QHBoxLayout;
    foot->setContentsMargins(0, 0, 0, 0);
    foot->addWidget(countLabel_);
    foot->addStretch();
    foot->addWidget(demoLabel_);

    view_->setModel(model_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(securities::Code, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setAlternatingRowColors(true);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setColumnHidden(securities::Pinyin, false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(view_);
    layout->addLayout(foot);

    // Typing re-queries after a short pause rather than on every key.
    filterDelay_->setSingleShot(true);
    filterDelay_->setInterval(150);
    connect(filterDelay_, &QTimer::timeout, this, &SecuritiesPanel::applyFilter);
    connect(filterEdit_, &QLineEdit::textChanged, filterDelay_, qOverload<>(&QTimer::start));
    for (QComboBox* box : {industryBox_, exchangeBox_, boardBox_})
        connect(box, &QComboBox::currentIndexChanged, this, &SecuritiesPanel::applyFilter);
    connect(exportButton_, &QToolButton::clicked, this, &SecuritiesPanel::chooseExportFile);
    connect(model_, &securities::SecurityTableModel::totalCountChanged, this, &SecuritiesPanel::updateCount);
    connect(model_, &securities::SecurityTableModel::queryFailed, this,
            [](const QString& m) { qWarning("securities query failed: %s", qPrintable(m)); });
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SecuritiesPanel::publishCurrent);
    connect(&core.selection(), &selection::SelectionHub::securityChanged, this, &SecuritiesPanel::follow);
    connect(&core, &core::AppCore::demoDataReady, this, [this] {
        fillIndustries();
        model_->reload();
    });
    connect(this, &SecuritiesPanel::exportFinished, this, [this](bool ok, qint64 rows, const QString& what) {
        if (!ok)
            QMessageBox::warning(this, tr("Export failed"), what);
        else
            countLabel_->setText(tr("Exported %n row(s) to %1", nullptr, static_cast<int>(rows)).arg(what));
    });

    fitColumnsToFirstRows(view_);
    model_->setChineseNames(chineseUi());
    model_->setDatabase(core.readConnection());
    retranslate();
}

void SecuritiesPanel::retranslate()
{
    filterEdit_->setPlaceholderText(tr("Code, pinyin initials or name"));
    filterEdit_->setToolTip(tr("e.g. 600 (code prefix), PAYH (pinyin initials), 银行 (part of the name)"));
    exportButton_->setText(tr("Export CSV…"));
    exportButton_->setToolTip(
        tr("Export the rows that match the filter to a CSV file (recorded in the audit trail)"));
    demoLabel_->setText(tr("Demo data"));
    demoLabel_->setToolTip(
        tr("These securities were generated for demonstration; they are not real listings."));

    const QSignalBlocker b1(exchangeBox_), b2(boardBox_);
    const int ex = std::max(0, exchangeBox_->currentIndex()), bo = std::max(0, boardBox_->currentIndex());
    exchangeBox_->clear();
    exchangeBox_->addItem(tr("All exchanges"), QString());
    exchangeBox_->addItem(tr("SZSE"), QStringLiteral("SZSE"));
    exchangeBox_->addItem(tr("SSE"), QStringLiteral("SSE"));
    exchangeBox_->setCurrentIndex(ex);
    boardBox_->clear();
    boardBox_->addItem(tr("All boards"), QString());
    boardBox_->addItem(tr("Main board"), QStringLiteral("main"));
    boardBox_->addItem(tr("SME board"), QStringLiteral("sme"));
    boardBox_->addItem(tr("ChiNext"), QStringLiteral("chinext"));
    boardBox_->addItem(tr("STAR Market"), QStringLiteral("star"));
    boardBox_->setCurrentIndex(bo);
    fillIndustries();
    model_->setChineseNames(chineseUi());
    updateCount();
}

void SecuritiesPanel::fillIndustries()
{
    const QSignalBlocker block(industryBox_);
    const QString current = industryBox_->currentData().toString();
    industryBox_->clear();
    industryBox_->addItem(tr("All industries"), QString());
    for (const auto& i : securities::industries(core().readDatabase(), chineseUi()))
        industryBox_->addItem(QStringLiteral("%1 %2").arg(i.code, i.name), i.code);
    industryBox_->setCurrentIndex(std::max(0, industryBox_->findData(current)));
}

void SecuritiesPanel::applyFilter()
{
    model_->setFilter(securities::Filter{filterEdit_->text(), industryBox_->currentData().toString(),
                                         exchangeBox_->currentData().toString(),
                                         boardBox_->currentData().toString()});
}

void SecuritiesPanel::updateCount()
{
    countLabel_->setText(tr("%n security(ies)", nullptr, model_->totalCount()));
    demoLabel_->setVisible(core().hasDemoData());
}

void SecuritiesPanel::publishCurrent()
{
    if (following_)
        return;
    const QModelIndex idx = view_->currentIndex();
    if (!idx.isValid())
        return;
    core().selection().setSecurity(linkGroup(),
                                   {idx.data(securities::SecurityTableModel::CodeRole).toString(),
                                    idx.data(securities::SecurityTableModel::ExchangeRole).toString()});
}

void SecuritiesPanel::follow(int group, const QString& code, const QString& exchange)
{
    if (group != static_cast<int>(linkGroup()) || linkGroup() == selection::LinkGroup::None)
        return;
    int row = model_->rowOf(code, exchange);
    if (row < 0 && !model_->filter().text.isEmpty()) {
        // Not in the filtered rows: clear the filter so the selection can be shown.
        filterEdit_->clear();
        applyFilter();
        row = model_->rowOf(code, exchange);
    }
    if (row < 0)
        return;
    following_ = true;
    view_->setCurrentIndex(model_->index(row, securities::Code));
    view_->scrollTo(view_->currentIndex(), QAbstractItemView::PositionAtCenter);
    following_ = false;
}

void SecuritiesPanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export securities"), QStringLiteral("securities.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void SecuritiesPanel::exportCsv(const QString& path)
{
    QStringList headers;
    for (int c = 0; c < securities::ColumnCount; ++c)
        headers << securities::SecurityTableModel::columnTitle(c);
    const securities::Filter filter = model_->filter();
    const int column = model_->sortColumn();
    const Qt::SortOrder order = model_->sortOrder();
    const bool chinese = model_->chineseNames();
    store::exportInBackground(
        core().databasePath(), path, this,
        [=](QSqlDatabase& db, QIODevice& out, QString* error) {
            return securities::exportCsv(db, filter, column, order, headers, chinese, out, error);
        },
        [this, path, filter](const store::ExportOutcome& r) {
            core().audit().record(
                QStringLiteral("export.csv"), QFileInfo(path).absoluteFilePath(),
                r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                r.ok() ? QStringLiteral("securities, %1 rows, filter '%2'").arg(r.rows).arg(filter.text)
                       : r.error);
            Q_EMIT exportFinished(r.ok(), r.rows, r.ok() ? path : r.error);
        });
}

} // namespace ws::widgets
