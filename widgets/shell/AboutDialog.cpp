#include "shell/AboutDialog.h"

#include "core/BuildInfo.h"

#include <qcustomplot.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ws::widgets {

QStringList AboutDialog::versionLines()
{
    QStringList lines;
    auto libraries = core::libraryVersions();
    libraries.insert(1, {QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR)});
    for (const auto& l : libraries)
        lines << QStringLiteral("%1 %2").arg(l.name, l.version);
    return lines;
}

AboutDialog::AboutDialog(const QString& databasePath, bool demoData, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About the workstation"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto* title = new QLabel(tr("<h3>交易分析工作站 · Analyst &amp; Trader Workstation</h3>"
                                "<p>Version %1</p>")
                                 .arg(core::applicationVersion()),
                             this);
    auto* cacheLabel = new QLabel(
        tr("Cache: %1%2")
            .arg(databasePath.toHtmlEscaped(),
                 demoData ? tr("<br><b>Contains demo data</b> (generated, not real).") : QString()),
        this);
    cacheLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cacheLabel->setWordWrap(true);

    auto libraries = core::libraryVersions();
    libraries.insert(1, {QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR)});
    auto* table = new QTableWidget(static_cast<int>(libraries.size()), 2, this);
    table->setObjectName(QStringLiteral("libraryVersions"));
    table->setHorizontalHeaderLabels({tr("Library"), tr("Version")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < libraries.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(libraries[i].name));
        table->setItem(i, 1, new QTableWidgetItem(libraries[i].version));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(cacheLabel);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(480, 420);
}

} // namespace ws::widgets
