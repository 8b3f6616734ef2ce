// The manager and company panel on the demo cache: a manager's index equals buildManagerIndex on
// the same data, a company's index covers its funds, picking a fund drives the link group, and the
// panel renders in English and Chinese.

#include "PanelTestUtil.h"

#include "core/AppCore.h"
#include "funds/FundManagerPanel.h"
#include "funds/FundUniverse.h"
#include "selection/SelectionHub.h"
#include "shell/Appearance.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace ws;

class TestFundManagerPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<core::AppCore> core_;
    widgets::FundManagerPanel* panel_ = nullptr;

    static void shoot(QWidget* w, const QString& name) { QVERIFY2(shootWidget(w, name), qPrintable(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(openPanelTestCore(QStringLiteral("fundmanager"), core_));
        QSignalSpy evaluated(&core_->fundUniverse(), &funds::FundUniverse::ready);
        panel_ = new widgets::FundManagerPanel(*core_);
        panel_->resize(1400, 860);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_));
        QVERIFY(core_->fundUniverse().snapshot() || evaluated.wait(60000));
    }

    void cleanupTestCase()
    {
        delete panel_;
        core_.reset();
    }

    void managerIndexMatchesModel()
    {
        // The manager who ran the most funds over time.
        QSqlQuery q(core_->readDatabase());
        QVERIFY(q.exec(QStringLiteral("SELECT manager_id FROM fnd_manager_tenure GROUP BY manager_id "
                                      "ORDER BY COUNT(*) DESC, manager_id LIMIT 1")));
        QVERIFY(q.next());
        const QString id = q.value(0).toString();
        QSignalSpy shown(panel_, &widgets::FundManagerPanel::indexReady);
        panel_->showManager(id);
        QVERIFY(shown.wait(30000));

        const auto snapshot = core_->fundUniverse().snapshot();
        const auto spells = funds::managerSpells(core_->readDatabase(), id);
        QStringList codes;
        for (const auto& s : spells)
            codes << s.fund;
        const funds::ManagerIndex expected = funds::buildManagerIndex(
            snapshot->universe, spells, funds::loadAumHistory(core_->readDatabase(), codes));
        QVERIFY(expected.ok());
        const auto& got = panel_->shown();
        QVERIFY(got.title.contains(id));
        QCOMPARE(got.funds, expected.funds);
        QCOMPARE(got.indexPoints, static_cast<int>(expected.index.size()));
        funds::Workspace ws;
        const auto r = funds::computeWindow(funds::FundData::prepare(expected.index),
                                            funds::Window{funds::WindowKind::SinceInception, {}, {}},
                                            funds::Conventions{}, ws);
        QCOMPARE(got.sharpe, r.values[funds::Metric::Sharpe]);
        QCOMPARE(got.maxDrawdown, r.values[funds::Metric::MaxDrawdown]);

        // Picking a fund of the manager makes it the link group's current fund.
        auto* funds = panel_->findChild<QTableWidget*>();
        QVERIFY(funds);
        QCOMPARE(funds->rowCount(), static_cast<int>(expected.funds.size()));
        funds->setCurrentCell(0, 0);
        QCOMPARE(core_->selection().fund(panel_->linkGroup()), expected.funds.front());
        shoot(panel_, QStringLiteral("en-fund-manager"));
    }

    void companyIndexCoversItsFunds()
    {
        panel_->setMode(widgets::FundManagerPanel::Mode::Companies);
        auto* list = panel_->findChild<QTableView*>(QStringLiteral("managerList"));
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 14); // the demo's fund companies
        const QString company = list->model()->index(0, 0).data().toString();
        QSignalSpy shown(panel_, &widgets::FundManagerPanel::indexReady);
        panel_->showCompany(company);
        QVERIFY(shown.wait(60000));
        const auto snapshot = core_->fundUniverse().snapshot();
        int expected = 0;
        for (std::size_t i = 0; i < snapshot->universe.funds.size(); ++i)
            expected +=
                snapshot->universe.funds[i].company == company && snapshot->universe.navs[i].size() >= 2;
        QVERIFY(expected > 10);
        QCOMPARE(panel_->shown().funds.size(), expected);
        QVERIFY(panel_->shown().correlationPairs > 0);
        QVERIFY(panel_->shown().averageCorrelation > -1 && panel_->shown().averageCorrelation < 1);

        widgets::appearance::applyLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        shoot(panel_, QStringLiteral("zh_CN-fund-company"));
        widgets::appearance::applyLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestFundManagerPanel)
#include "tst_fundmanagerpanel.moc"
