// The fund detail panel on a real cache with the demo funds: it follows the link group's fund, shows
// the snapshot's indicator grid, the Fama–French fit and the style-drift check exactly as the models
// compute them, exports the report as PDF and the indicators as CSV, and is rendered tab by tab in
// English and Chinese.
#include "PanelTestUtil.h"

#include "core/AppCore.h"
#include "funds/FundCharts.h"
#include "funds/FundDetailPanel.h"
#include "funds/FundStore.h"
#include "funds/FundUniverse.h"
#include "funds/Style.h"
#include "shell/Appearance.h"
#include "store/Database.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QLabel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>

#include <cmath>
#include <map>

using namespace ws;
using funds::Metric;

class TestFundDetailPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<core::AppCore> core_;
    std::shared_ptr<const funds::UniverseSnapshot> snapshot_;
    QString dir_;
    QString fund_;
    QStringList others_;

    static void shoot(QWidget* w, const QString& path)
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(path));
        QVERIFY(QFileInfo(path).size() > 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(openPanelTestCore(QStringLiteral("detail"), core_, &dir_));
        QSignalSpy ready(&core_->fundUniverse(), &funds::FundUniverse::ready);
        core_->fundUniverse().evaluate(core_->databasePath());
        QVERIFY(ready.wait(90000));
        snapshot_ = core_->fundUniverse().snapshot();
        QVERIFY(snapshot_);
        // A demo equity fund with at least three years of NAVs, a 3-year Sharpe and a full report.
        const auto sharpe3y = snapshot_->grid.columnOf(QStringLiteral("sharpe_3y"));
        QVERIFY(sharpe3y);
        const QString dbPath = core_->databasePath();
        auto opened =
            store::Database::open(dbPath, QStringLiteral("test-pick"), false, store::Database::Check::None);
        QVERIFY(opened.ok());
        for (std::size_t i = 0; i < snapshot_->universe.funds.size(); ++i) {
            const funds::FundInfo& f = snapshot_->universe.funds[i];
            const funds::NavSeries& nav = snapshot_->universe.navs[i];
            if (f.category != QLatin1String("equity") || nav.size() < 2 ||
                nav.dates.front() > nav.dates.back().addYears(-3) || !snapshot_->grid.at(i, *sharpe3y))
                continue;
            if (fund_.isEmpty()) {
                QSqlQuery q(opened.db);
                q.prepare(
                    QStringLiteral("SELECT COUNT(DISTINCT report_date) FROM fnd_holding WHERE fund_code = ? "
                                   "AND kind = 'full'"));
                q.addBindValue(f.code);
                QVERIFY(q.exec() && q.next());
                if (q.value(0).toInt() >= 2)
                    fund_ = f.code;
            } else if (others_.size() < 2) {
                others_ << f.code;
            } else {
                break;
            }
        }
        opened.db = QSqlDatabase(); // no handle may outlive the connection
        store::Database::close(QStringLiteral("test-pick"));
        QVERIFY(!fund_.isEmpty());
        QCOMPARE(others_.size(), 2);
    }

    void followsSelectionAndShowsTheGrid()
    {
        widgets::FundDetailPanel panel(*core_);
        panel.resize(1400, 900);
        panel.show();
        core_->selection().setFund(selection::LinkGroup::Red, fund_);
        QTRY_VERIFY_WITH_TIMEOUT(panel.isPopulated(), 60000);
        QCOMPARE(panel.fundCode(), fund_);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("fundTitle"))->text().startsWith(fund_));

        // Indicator tab = the snapshot's grid, cell by cell (key, defined-ness, value as formatted).
        const auto row = snapshot_->indexOf(fund_);
        QVERIFY(row);
        const funds::IndicatorGrid& grid = snapshot_->grid;
        auto* table = panel.findChild<QTableWidget*>(QStringLiteral("indicators"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), static_cast<int>(grid.metrics.size()));
        QCOMPARE(table->columnCount(), static_cast<int>(grid.windows.size()));
        int checked = 0;
        for (std::size_t m = 0; m < grid.metrics.size(); ++m)
            for (std::size_t w = 0; w < grid.windows.size(); ++w) {
                const std::size_t column = grid.column(grid.metrics[m], w);
                const QTableWidgetItem* item = table->item(static_cast<int>(m), static_cast<int>(w));
                QVERIFY(item);
                QCOMPARE(item->data(Qt::UserRole).toString(), grid.key(column));
                QVERIFY(!item->toolTip().isEmpty()); // the formula card
                const auto v = grid.at(*row, column);
                if (!v) {
                    QCOMPARE(item->text(), QStringLiteral("—"));
                    continue;
                }
                const Metric metric = grid.metrics[m];
                if (metric == Metric::Sharpe || metric == Metric::Beta || metric == Metric::InformationRatio)
                    QCOMPARE(item->text(), QString::number(*v, 'f', 2));
                else if (metric == Metric::AnnualizedReturn || metric == Metric::MaxDrawdown ||
                         metric == Metric::AnnualizedVolatility)
                    QCOMPARE(item->text(), QString::number(*v * 100, 'f', 2) + QLatin1Char('%'));
                else
                    continue;
                ++checked;
            }
        QVERIFY(checked >= 20);

        // Fama–French 3 = factorRegression called directly on the cache.
        const widgets::FundDetailData* d = panel.details();
        QVERIFY(d);
        auto opened = store::Database::open(core_->databasePath(), QStringLiteral("test-read"), false,
                                            store::Database::Check::None);
        QVERIFY(opened.ok());
        const QSqlDatabase& db = opened.db;
        {
            const auto nav = funds::loadFundNav(db, fund_);
            QVERIFY(nav);
            const funds::FactorTable factors = funds::loadFactorTable(
                db, funds::famaFrench5Factors(), QStringLiteral("RF"), snapshot_->conventions.periodsPerYear);
            const funds::FactorRegression direct =
                funds::factorRegression(*nav, factors, funds::famaFrench3Factors(), snapshot_->conventions);
            QVERIFY2(direct.fit, qPrintable(direct.error));
            QVERIFY(d->ff3.fit);
            QCOMPARE(d->ff3.observations, direct.observations);
            QCOMPARE(d->ff3.factors, direct.factors);
            for (int k = 0; k <= 3; ++k)
                QVERIFY(std::abs(d->ff3.fit->coefficient(k) - direct.fit->coefficient(k)) < 1e-12);
            auto* factorsTable = panel.findChild<QTableWidget*>(QStringLiteral("factors"));
            QVERIFY(factorsTable->item(1, 1)->text().startsWith(
                QString::number(direct.fit->coefficient(1), 'f', 3)));
        }

        // Style drift = checkStyleDrift on the latest full report's box and the last 120-return RBSA.
        {
            std::vector<QDate> reports;
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT DISTINCT report_date FROM fnd_holding WHERE fund_code = ? AND kind = "
                               "'full' ORDER BY report_date"));
            q.addBindValue(fund_);
            QVERIFY(q.exec());
            while (q.next())
                reports.push_back(QDate::fromString(q.value(0).toString(), Qt::ISODate));
            QVERIFY(reports.size() >= 2);
            auto boxOf = [&](QDate report) {
                std::vector<funds::StockCap> caps;
                QSqlQuery m(db);
                m.prepare(QStringLiteral(
                    "SELECT security_code, MAX(market_cap) FROM fnd_holding WHERE report_date = ? "
                    "AND asset_class = 'stock' AND market_cap > 0 GROUP BY security_code"));
                m.addBindValue(report.toString(Qt::ISODate));
                [&] { QVERIFY(m.exec()); }();
                while (m.next())
                    caps.push_back({m.value(0).toString(), m.value(1).toDouble()});
                const auto universe = funds::SizeUniverse::build(caps);
                std::vector<funds::Holding> holdings;
                QSqlQuery h(db);
                h.prepare(QStringLiteral(
                    "SELECT security_code, industry, weight, market_cap, value_score FROM "
                    "fnd_holding WHERE fund_code = ? AND report_date = ? AND asset_class = 'stock'"));
                h.addBindValue(fund_);
                h.addBindValue(report.toString(Qt::ISODate));
                [&] { QVERIFY(h.exec()); }();
                while (h.next())
                    holdings.push_back({h.value(0).toString(), h.value(1).toString(), h.value(2).toDouble(),
                                        h.value(3).toDouble(), h.value(4).toDouble()});
                return funds::computeStyleBox(holdings, *universe);
            };
            const funds::StyleBoxOutcome box = boxOf(reports.back());
            const funds::StyleBoxOutcome previous = boxOf(reports[reports.size() - 2]);
            QVERIFY(box.ok() && previous.ok());
            QVERIFY(d->styleBox);
            QCOMPARE(d->styleBox->cell, box.box->cell);

            const QStringList codes{"STY_LV", "STY_LB", "STY_LG", "STY_MV", "STY_MB", "STY_MG",
                                    "STY_SV", "STY_SB", "STY_SG", "BOND",   "CASH"};
            QCOMPARE(d->styleCodes, codes);
            const auto nav = funds::loadFundNav(db, fund_);
            std::vector<std::map<QDate, double>> levels;
            for (const QString& c : codes) {
                const auto s = funds::loadIndexSeries(db, c);
                QVERIFY(s);
                std::map<QDate, double> byDate;
                for (std::size_t i = 0; i < s->size(); ++i)
                    byDate[s->dates[i]] = s->navs[i];
                levels.push_back(std::move(byDate));
            }
            std::vector<QDate> dates;
            std::vector<double> fund;
            std::vector<std::vector<double>> style(codes.size());
            for (std::size_t i = 0; i < nav->size(); ++i) {
                if (!std::all_of(levels.begin(), levels.end(),
                                 [&](const auto& l) { return l.contains(nav->dates[i]); }))
                    continue;
                dates.push_back(nav->dates[i]);
                fund.push_back(nav->navs[i]);
                for (std::size_t k = 0; k < levels.size(); ++k)
                    style[k].push_back(levels[k].at(nav->dates[i]));
            }
            const std::size_t n = dates.size();
            QVERIFY(n > 121);
            std::vector<double> fr(120);
            std::vector<std::vector<double>> sr(codes.size(), std::vector<double>(120));
            for (std::size_t t = 0; t < 120; ++t) {
                const std::size_t i = n - 120 + t;
                fr[t] = fund[i] / fund[i - 1] - 1;
                for (std::size_t k = 0; k < style.size(); ++k)
                    sr[k][t] = style[k][i] / style[k][i - 1] - 1;
            }
            std::vector<std::span<const double>> spans(sr.begin(), sr.end());
            const funds::RbsaOutcome rbsa = funds::runRbsa(fr, spans);
            QVERIFY(rbsa.ok());
            std::vector<std::optional<int>> cells;
            for (int c = 0; c < 9; ++c)
                cells.push_back(c);
            cells.push_back(std::nullopt);
            cells.push_back(std::nullopt);
            const funds::StyleDriftOutcome drift =
                funds::checkStyleDrift(*box.box, *rbsa.result, cells, previous.box->cell);
            QVERIFY(drift.ok());
            QVERIFY(d->drift);
            QCOMPARE(d->drift->warning, drift.check->warning);
            QVERIFY(std::abs(d->drift->l1Distance - drift.check->l1Distance) < 1e-9);
            QCOMPARE(d->drift->reason, drift.check->reason);
            const QString banner = panel.findChild<QLabel*>(QStringLiteral("driftBanner"))->text();
            QVERIFY(banner.contains(drift.check->warning ? QStringLiteral("Style drift warning")
                                                         : QStringLiteral("No style drift")));
        }
        opened.db = QSqlDatabase();
        store::Database::close(QStringLiteral("test-read"));

        // Attribution: Brinson periods with the Carino-linked total; BHB and Brinson–Fachler agree on
        // the total active return of each period.
        QVERIFY(!d->periods.empty());
        for (const widgets::AttributionPeriod& p : d->periods)
            QVERIFY(std::abs((p.bhb.allocation + p.bhb.selection + p.bhb.interaction) -
                             (p.brinsonFachler.allocation + p.brinsonFachler.selection +
                              p.brinsonFachler.interaction)) < 1e-12);
        QVERIFY(d->periods.size() < 2 || d->linkedBhb);
        QVERIFY(!d->rankHistory.empty());
        QVERIFY(!d->rollingSharpe.empty());

        // Brinson–Fachler instead of BHB: the table's total row shows that method's effects.
        {
            auto* method = panel.findChild<QComboBox*>(QStringLiteral("brinsonMethod"));
            auto* period = panel.findChild<QComboBox*>(QStringLiteral("brinsonPeriod"));
            auto* brinson = panel.findChild<QTableWidget*>(QStringLiteral("brinson"));
            QVERIFY(method && period && brinson);
            QCOMPARE(period->count(), static_cast<int>(d->periods.size()) + (d->linkedBhb ? 1 : 0));
            period->setCurrentIndex(0);
            method->setCurrentIndex(1);
            const funds::BrinsonResult& bf = d->periods.front().brinsonFachler;
            int totalRow = -1;
            for (int i = 0; i < brinson->rowCount(); ++i)
                if (brinson->item(i, 0) && brinson->item(i, 0)->text() == QStringLiteral("Total"))
                    totalRow = i;
            QVERIFY(totalRow >= 0);
            QCOMPARE(brinson->item(totalRow, 5)->text(),
                     QString::number(bf.allocation * 100, 'f', 2) + QLatin1Char('%'));
            QCOMPARE(brinson->item(totalRow, 6)->text(),
                     QString::number(bf.selection * 100, 'f', 2) + QLatin1Char('%'));
            method->setCurrentIndex(0);
            period->setCurrentIndex(std::max(0, static_cast<int>(d->periods.size()) - 2));
        }

        // Compare: two more funds on the NAV chart and in the table.
        panel.setCompareFunds(others_ + QStringList{fund_, QStringLiteral("NOPE")});
        QCOMPARE(panel.compareFunds(), others_);
        QCOMPARE(panel.findChild<QTableWidget*>(QStringLiteral("compare"))->columnCount(),
                 1 + 3); // metric + funds
        QVERIFY(panel.findChild<QCustomPlot*>(QStringLiteral("navChart"))->graphCount() >= 3);

        // Exports.
        const QString pdf = dir_ + QStringLiteral("/report-en.pdf");
        QString error;
        QVERIFY2(panel.exportReportPdf(pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        const qsizetype pages = bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") +
                                bytes.count("/Type /Page ") + bytes.count("/Type /Page/");
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString csv = dir_ + QStringLiteral("/indicators.csv");
        QVERIFY(panel.exportIndicatorsCsv(csv, &error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines =
            QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), static_cast<int>(grid.metrics.size()) + 1);
        QVERIFY(lines[1].startsWith(fund_ + QLatin1Char(',')));

        // Every tab, in English then Chinese.
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            widgets::appearance::applyLanguage(language);
            QTRY_VERIFY_WITH_TIMEOUT(panel.isPopulated(), 60000);
            for (int t = 0; t < panel.tabs()->count(); ++t) {
                panel.tabs()->setCurrentIndex(t);
                shoot(&panel, dir_ + QStringLiteral("/detail-%1-%2.png").arg(language).arg(t));
            }
        }
        QVERIFY2(panel.exportReportPdf(dir_ + QStringLiteral("/report-zh.pdf"), &error), qPrintable(error));
        widgets::appearance::applyLanguage(QStringLiteral("en"));
    }

    // A bond fund driven through the panel itself: it becomes the link group's fund, and the style tab
    // shows duration and rating from its bond holdings.
    void bondFund()
    {
        QString bond;
        for (std::size_t i = 0; i < snapshot_->universe.funds.size() && bond.isEmpty(); ++i)
            if (snapshot_->universe.funds[i].category == QLatin1String("bond") &&
                snapshot_->universe.navs[i].size() > 500)
                bond = snapshot_->universe.funds[i].code;
        QVERIFY(!bond.isEmpty());
        widgets::FundDetailPanel panel(*core_);
        panel.resize(1400, 900);
        panel.show();
        panel.setFund(bond);
        QCOMPARE(core_->selection().fund(selection::LinkGroup::Red), bond);
        QTRY_VERIFY_WITH_TIMEOUT(panel.isPopulated(), 60000);
        const widgets::FundDetailData* d = panel.details();
        QVERIFY(d->bondRisk);
        QVERIFY(d->bondRisk->averageDuration);
        QVERIFY(!d->bondRisk->averageRating.isEmpty());
        panel.tabs()->setCurrentIndex(3);
        shoot(&panel, dir_ + QStringLiteral("/detail-bond-style.png"));
        panel.tabs()->setCurrentIndex(4);
        shoot(&panel, dir_ + QStringLiteral("/detail-bond-holdings.png"));
    }

    void cleanupTestCase() { core_.reset(); }
};

QTEST_MAIN(TestFundDetailPanel)
#include "tst_funddetailpanel.moc"
