#include "audit/AuditPanel.h"

#include "core/AppCore.h"
#include "store/Csv.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ws::widgets {

AuditPanel::AuditPanel(core::AppCore& core, QWidget* parent)
    : Panel(core, parent), model_(new audit::AuditTableModel(this)), view_(new QTableView(this)),
      textEdit_(new QLineEdit(this)), classBox_(new QComboBox(this)), periodBox_(new QComboBox(this)),
      verifyButton_(new QPushButton(this)), exportButton_(new QPushButton(this)), count_(new QLabel(this)),
      verdict_(new QLabel(this)), reloadDelay_(new QTimer(this))
{
    verifyButton_->setObjectName(QStringLiteral("verifyAudit"));
    verdict_->setObjectName(QStringLiteral("auditVerdict"));
    verdict_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    textEdit_->setClearButtonEnabled(true);
    textEdit_->setMinimumWidth(140);
    view_->setModel(model_);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->setColumnHidden(audit::AuditTableModel::Host, true);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(textEdit_, 1);
    bar->addWidget(classBox_);
    bar->addWidget(periodBox_);
    bar->addWidget(verifyButton_);
    bar->addWidget(exportButton_);
    auto* foot = new QHBoxLayout;
    foot->setContentsMargins(0, 0, 0, 0);
    foot->addWidget(count_);
    foot->addStretch();
    foot->addWidget(verdict_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(view_);
    layout->addLayout(foot);

    // New rows arrive with writer commits; reload at most twice a second, and only when visible.
    reloadDelay_->setSingleShot(true);
    reloadDelay_->setInterval(500);
    connect(reloadDelay_, &QTimer::timeout, this, [this] {
        if (isVisible())
            model_->reload();
        else
            stale_ = true;
    });
    connect(&core, &core::AppCore::cacheCommitted, reloadDelay_, [this] {
        if (!reloadDelay_->isActive())
            reloadDelay_->start();
    });
    connect(textEdit_, &QLineEdit::textChanged, this, [this] { reloadDelay_->start(150); });
    connect(classBox_, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilter);
    connect(periodBox_, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilter);
    connect(model_, &audit::AuditTableModel::totalCountChanged, this,
            [this](int n) { count_->setText(tr("%n row(s)", nullptr, n)); });
    connect(verifyButton_, &QPushButton::clicked, this, [this] {
        verdict_->setText(tr("Verifying…"));
        this->core().verifyAuditInBackground();
    });
    connect(&core, &core::AppCore::auditVerified, this, &AuditPanel::showVerdict);
    connect(exportButton_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export audit trail"), QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(this, &AuditPanel::exportFinished, this, [this](bool ok, qint64 rows, const QString& what) {
        if (ok)
            count_->setText(tr("Exported %n row(s) to %1", nullptr, static_cast<int>(rows)).arg(what));
        else
            QMessageBox::warning(this, tr("Export failed"), what);
    });

    retranslate();
    fitColumnsToFirstRows(view_);
    model_->setDatabase(core.readConnection());
}

void AuditPanel::retranslate()
{
    textEdit_->setPlaceholderText(tr("User, action, object or detail"));
    verifyButton_->setText(tr("Verify chain"));
    verifyButton_->setToolTip(tr("Recompute every row's SHA-256 and check the links between rows"));
    exportButton_->setText(tr("Export CSV…"));
    const QSignalBlocker b1(classBox_), b2(periodBox_);
    const int cls = std::max(0, classBox_->currentIndex()), period = std::max(0, periodBox_->currentIndex());
    classBox_->clear();
    classBox_->addItem(tr("All classes"), QString());
    for (const char* c : {"operation", "audit", "monitoring", "system"})
        classBox_->addItem(audit::AuditTableModel::classTitle(QLatin1String(c)), QLatin1String(c));
    classBox_->setCurrentIndex(cls);
    periodBox_->clear();
    periodBox_->addItem(tr("Any time"), 0);
    periodBox_->addItem(tr("Today"), 1);
    periodBox_->addItem(tr("Last 7 days"), 7);
    periodBox_->addItem(tr("Last 30 days"), 30);
    periodBox_->addItem(tr("Last 6 months"), 183);
    periodBox_->setCurrentIndex(period);
    count_->setText(tr("%n row(s)", nullptr, model_->totalCount()));
}

void AuditPanel::applyFilter()
{
    audit::AuditFilter f;
    f.text = textEdit_->text();
    f.logClass = classBox_->currentData().toString();
    if (const int days = periodBox_->currentData().toInt(); days > 0) {
        const QDateTime start = days == 1 ? QDateTime(QDate::currentDate(), QTime(0, 0))
                                          : QDateTime::currentDateTime().addDays(-days);
        f.fromUtc = audit::formatTimestamp(start.toUTC());
    }
    model_->setFilter(f);
}

void AuditPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    if (stale_) {
        stale_ = false;
        model_->reload();
    }
}

void AuditPanel::showVerdict(const audit::VerifyResult& r)
{
    if (r.ok)
        verdict_->setText(tr("<span style='color:#2e7d32'>✔</span> Chain intact: %n row(s), head %1…",
                             nullptr, static_cast<int>(r.rows))
                              .arg(r.headHash.left(12)));
    else
        verdict_->setText(tr("<span style='color:#c62828'>✘</span> Broken at row %1: %2")
                              .arg(r.firstBadId)
                              .arg(r.reason.toHtmlEscaped()));
    verdict_->setToolTip(r.ok ? tr("Head hash: %1").arg(r.headHash) : QString());
}

void AuditPanel::exportCsv(const QString& path)
{
    QStringList headers;
    for (int c = 0; c < audit::AuditTableModel::ColumnCount; ++c)
        headers << audit::AuditTableModel::columnTitle(c);
    const audit::AuditFilter filter = model_->filter();
    store::exportInBackground(
        core().databasePath(), path, this,
        [=](QSqlDatabase& db, QIODevice& out, QString* error) {
            return audit::exportAuditCsv(db, filter, headers, out, error);
        },
        [this, path](const store::ExportOutcome& r) {
            core().audit().record(QStringLiteral("export.audit"), QFileInfo(path).absoluteFilePath(),
                                  r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                                  r.ok() ? QStringLiteral("%1 rows").arg(r.rows) : r.error,
                                  audit::LogClass::Audit);
            Q_EMIT exportFinished(r.ok(), r.rows, r.ok() ? path : r.error);
        });
}

} // namespace ws::widgets
