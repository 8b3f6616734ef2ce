// The fund screener and the FOF builder on the demo universe: a filter typed like a user selects
// exactly the funds the condition picks on the indicator grid, completion inserts at the cursor,
// syntax and factor errors are shown where they are, sorting puts undefined last, rows drive the
// link group, CSV export writes what is shown; the FOF builder's back-test equals runBacktest on the
// same pool and spec, weights sum to 1, and a fund younger than the start is named in the error.
// Every state is rendered to PNG in English and Chinese.
#include "PanelTestUtil.h"

#include "core/AppCore.h"
#include "funds/FofBuilderPanel.h"
#include "funds/FundScreenerPanel.h"
#include "shell/Appearance.h"

#include <qcustomplot.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace ws;
using widgets::FofBuilderPanel;
using widgets::FundScreenerPanel;

namespace {} // namespace

class TestFundScreenerPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<core::AppCore> core_;
    FundScreenerPanel* screener_ = nullptr;
    FofBuilderPanel* fof_ = nullptr;
    std::shared_ptr<const funds::UniverseSnapshot> snapshot_;
    QString shots_;

    static void shoot(QWidget* w, const QString& dir, const QString& name)
    {
        QCoreApplication::processEvents();
        const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY(w->grab().save(path));
        QVERIFY(QFileInfo(path).size() > 5000);
    }

    // Fund indices the table shows, sorted.
    std::vector<int> shownFunds() const
    {
        std::vector<int> rows = screener_->model()->rows();
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    void typeFilter(const QString& text)
    {
        // Select all and type over it, as a user does (clearing the field would show every fund).
        screener_->filterEdit()->setFocus();
        screener_->filterEdit()->selectAll();
        if (text.isEmpty())
            QTest::keyClick(screener_->filterEdit(), Qt::Key_Backspace);
        else
            QTest::keyClicks(screener_->filterEdit(), text);
        screener_->completer()->popup()->hide();
        QTest::keyClick(screener_->filterEdit(), Qt::Key_Return);
    }

    int columnOf(const QString& key) const
    {
        return static_cast<int>(screener_->model()->columns().indexOf(key));
    }

    // Five funds with long histories from different categories, and one young fund.
    QStringList oldFunds(int count) const
    {
        std::vector<std::size_t> order(snapshot_->universe.funds.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        const auto& navs = snapshot_->universe.navs;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const QDate fa = navs[a].dates.empty() ? QDate(9999, 1, 1) : navs[a].dates.front();
            const QDate fb = navs[b].dates.empty() ? QDate(9999, 1, 1) : navs[b].dates.front();
            return fa < fb;
        });
        QStringList codes;
        QSet<QString> categories;
        for (std::size_t i : order) {
            const funds::FundInfo& f = snapshot_->universe.funds[i];
            if (f.category == QLatin1String("money") || categories.contains(f.category) ||
                navs[i].size() < 800)
                continue;
            categories.insert(f.category);
            codes << f.code;
            if (codes.size() == count)
                break;
        }
        for (std::size_t i : order) { // fill up with any long history
            if (codes.size() >= count)
                break;
            if (!codes.contains(snapshot_->universe.funds[i].code) && navs[i].size() >= 800)
                codes << snapshot_->universe.funds[i].code;
        }
        return codes;
    }

    std::vector<funds::NavSeries> navsOf(const QStringList& codes) const
    {
        std::vector<funds::NavSeries> navs;
        for (const QString& code : codes)
            navs.push_back(snapshot_->universe.navs[*snapshot_->indexOf(code)]);
        return navs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString dir;
        QVERIFY(openPanelTestCore(QStringLiteral("fundscreener"), core_, &dir));
        shots_ = dir;

        screener_ = new FundScreenerPanel(*core_);
        QSignalSpy shown(screener_, &FundScreenerPanel::universeShown);
        fof_ = new FofBuilderPanel(*core_);
        screener_->resize(1400, 900);
        fof_->resize(1400, 900);
        screener_->show();
        fof_->show();
        connect(screener_, &FundScreenerPanel::poolChosen, fof_, &FofBuilderPanel::setPool);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 120000);
        snapshot_ = core_->fundUniverse().snapshot();
        QVERIFY(snapshot_);
        QVERIFY(screener_->hasUniverse());
    }

    void cleanupTestCase()
    {
        delete screener_;
        delete fof_;
        core_.reset();
        widgets::appearance::applyLanguage(QStringLiteral("en"));
    }

    void showsTheUniverseWithDefaultColumns()
    {
        const int total = static_cast<int>(snapshot_->universe.funds.size());
        QCOMPARE(total, 2000);
        QCOMPARE(screener_->model()->rowCount(), total);
        QCOMPARE(screener_->visibleColumns(), FundScreenerPanel::defaultColumns());
        // Header tooltips carry the formula card; stars and percentages are formatted.
        const QString tip =
            screener_->model()
                ->headerData(columnOf(QStringLiteral("sharpe_3y")), Qt::Horizontal, Qt::ToolTipRole)
                .toString();
        QVERIFY2(tip.contains(QStringLiteral("Formula")), qPrintable(tip));
        bool sawStars = false, sawPercent = false;
        for (int r = 0; r < 50; ++r) {
            sawStars |= screener_->model()
                            ->index(r, columnOf(QStringLiteral("stars")))
                            .data()
                            .toString()
                            .contains(QChar(0x2605));
            sawPercent |= screener_->model()
                              ->index(r, columnOf(QStringLiteral("annualized_return_1y")))
                              .data()
                              .toString()
                              .endsWith(QLatin1Char('%'));
        }
        QVERIFY(sawStars);
        QVERIFY(sawPercent);
    }

    void filterSelectsWhatTheGridSays()
    {
        const QString expression =
            QStringLiteral("sharpe_3y > 0.8 and max_drawdown_3y < 0.45 and category = \"equity\"");
        typeFilter(expression);
        QVERIFY2(screener_->filterError().isEmpty(), qPrintable(screener_->filterError()));

        // The same condition evaluated by hand on the grid.
        const funds::IndicatorGrid& grid = snapshot_->grid;
        const std::size_t sharpe = *grid.columnOf(QStringLiteral("sharpe_3y"));
        const std::size_t drawdown = *grid.columnOf(QStringLiteral("max_drawdown_3y"));
        std::vector<int> expected;
        for (std::size_t i = 0; i < grid.rows; ++i) {
            const auto s = grid.at(i, sharpe);
            const auto d = grid.at(i, drawdown);
            if (s && d && *s > 0.8 && *d < 0.45 &&
                snapshot_->universe.funds[i].category == QLatin1String("equity"))
                expected.push_back(static_cast<int>(i));
        }
        QVERIFY2(expected.size() > 5, qPrintable(QString::number(expected.size())));
        QVERIFY(expected.size() < 1000);
        QCOMPARE(shownFunds(), expected);

        // Sort by the 3-year Sharpe, descending, by clicking its header twice at most.
        const int column = columnOf(QStringLiteral("sharpe_3y"));
        screener_->view()->sortByColumn(column, Qt::DescendingOrder);
        const std::vector<int>& rows = screener_->model()->rows();
        for (std::size_t r = 1; r < rows.size(); ++r)
            QVERIFY(*grid.at(static_cast<std::size_t>(rows[r - 1]), sharpe) >=
                    *grid.at(static_cast<std::size_t>(rows[r]), sharpe));
        shoot(screener_, shots_, QStringLiteral("screener-filter-en"));
    }

    void sortingPutsUndefinedLast()
    {
        typeFilter(QString());
        QCOMPARE(screener_->model()->rowCount(), 2000);
        const funds::IndicatorGrid& grid = snapshot_->grid;
        const std::size_t col = *grid.columnOf(QStringLiteral("annualized_return_3y"));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            screener_->view()->sortByColumn(columnOf(QStringLiteral("annualized_return_3y")), order);
            const std::vector<int>& rows = screener_->model()->rows();
            bool undefinedSeen = false;
            int undefinedCount = 0;
            for (std::size_t r = 0; r < rows.size(); ++r) {
                const auto v = grid.at(static_cast<std::size_t>(rows[r]), col);
                if (!v) {
                    undefinedSeen = true;
                    ++undefinedCount;
                    continue;
                }
                QVERIFY2(!undefinedSeen, "a defined value after an undefined one");
                if (r > 0 && grid.at(static_cast<std::size_t>(rows[r - 1]), col)) {
                    const double before = *grid.at(static_cast<std::size_t>(rows[r - 1]), col);
                    QVERIFY(order == Qt::AscendingOrder ? before <= *v : before >= *v);
                }
            }
            QVERIFY(undefinedCount > 0); // young demo funds have no 3-year window
            QCOMPARE(screener_->model()
                         ->index(1999, columnOf(QStringLiteral("annualized_return_3y")))
                         .data()
                         .toString(),
                     QStringLiteral("—"));
        }
    }

    void completionInsertsAtTheCursor()
    {
        QLineEdit* edit = screener_->filterEdit();
        edit->setFocus();
        edit->setText(QStringLiteral("sharpe_3y > 1 and max_dr"));
        edit->setCursorPosition(static_cast<int>(edit->text().size()));
        screener_->updateCompletions();
        QAbstractItemView* popup = screener_->completer()->popup();
        QVERIFY(popup->isVisible());
        QAbstractItemModel* list = popup->model();
        int target = -1;
        for (int r = 0; r < list->rowCount(); ++r)
            if (list->index(r, 0).data().toString().startsWith(QLatin1String("max_drawdown_3y ")))
                target = r;
        QVERIFY(target >= 0);
        {
            // The popup is its own window: paint it onto the panel's picture where it stands.
            QPixmap picture = screener_->grab();
            QPainter painter(&picture);
            painter.drawPixmap(screener_->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
            painter.end();
            QVERIFY(picture.save(shots_ + QStringLiteral("/screener-completion-en.png")));
        }
        popup->setCurrentIndex(list->index(target, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(edit->text(), QStringLiteral("sharpe_3y > 1 and max_drawdown_3y"));
        QCOMPARE(edit->cursorPosition(), edit->text().size());

        // Functions show their signature; inserting one opens its parenthesis.
        edit->setText(QStringLiteral("ran"));
        edit->setCursorPosition(3);
        screener_->updateCompletions();
        QVERIFY(popup->isVisible());
        QVERIFY(list->index(0, 0).data().toString().startsWith(QLatin1String("rank(x)")));
        popup->setCurrentIndex(list->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(edit->text(), QStringLiteral("rank("));
        popup->hide();
    }

    void syntaxErrorsAreShownWhereTheyAre()
    {
        typeFilter(QStringLiteral("category = \"bond\""));
        QVERIFY(screener_->filterError().isEmpty());
        const std::vector<int> bonds = shownFunds();
        QVERIFY(!bonds.empty());

        typeFilter(QStringLiteral("sharp_3y > 1 and category = \"bond\""));
        QVERIFY(!screener_->filterError().isEmpty());
        QVERIFY2(screener_->filterError().contains(QLatin1String("sharpe_3y")),
                 qPrintable(screener_->filterError()));
        auto* label = screener_->findChild<QLabel*>(QStringLiteral("filterError"));
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(QLatin1String("sharp_3y")));
        QCOMPARE(shownFunds(), bonds); // the last good filter still applies
        shoot(screener_, shots_, QStringLiteral("screener-error-en"));

        typeFilter(QStringLiteral("sharpe_3y > > 1"));
        QVERIFY(!screener_->filterError().isEmpty());
        QVERIFY(label->text().contains(QLatin1String("Character 13")));
        typeFilter(QStringLiteral("category = \"bond\""));
        QVERIFY(!label->isVisible());
    }

    void factorsBecomeColumns()
    {
        QPlainTextEdit* editor = screener_->factorsEdit();
        editor->setPlainText(QStringLiteral("quality = 0.5 * rank(sharpe_3y) + 0.5 * rank(-max_drawdown_3y)\n"
                                            "broken = sharp_3y + 1\n"
                                            "no equals sign here\n"));
        QVERIFY(!screener_->applyFactors());
        QCOMPARE(screener_->factorErrors().size(), 1);
        QVERIFY2(screener_->factorErrors().front().startsWith(QLatin1String("Line 3")),
                 qPrintable(screener_->factorErrors().join(u'|')));
        editor->setPlainText(QStringLiteral("quality = 0.5 * rank(sharpe_3y) + 0.5 * rank(-max_drawdown_3y)\n"
                                            "broken = sharp_3y + 1\n"));
        QVERIFY(!screener_->applyFactors());
        QVERIFY2(screener_->factorErrors().front().startsWith(QLatin1String("Line 2 (broken)")),
                 qPrintable(screener_->factorErrors().join(u'|')));
        shoot(screener_, shots_, QStringLiteral("screener-factor-error-en"));

        editor->setPlainText(
            QStringLiteral("quality = 0.5 * rank(sharpe_3y) + 0.5 * rank(-max_drawdown_3y)\n"
                           "# comments are skipped\n"
                           "value_per_risk = annualized_return_3y / annualized_volatility_3y\n"));
        QVERIFY(screener_->applyFactors());
        QVERIFY(screener_->visibleColumns().contains(QStringLiteral("quality")));
        QVERIFY(screener_->visibleColumns().contains(QStringLiteral("value_per_risk")));
        typeFilter(QStringLiteral("quality >= 0.8 and category = \"bond\""));
        QVERIFY(screener_->filterError().isEmpty());
        const int quality = columnOf(QStringLiteral("quality"));
        screener_->view()->sortByColumn(quality, Qt::DescendingOrder);
        QVERIFY(screener_->model()->rowCount() > 0);
        double previous = 2;
        for (int r = 0; r < screener_->model()->rowCount(); ++r) {
            const double v = screener_->model()
                                 ->index(r, quality)
                                 .data(widgets::ScreenerTableModel::SortValueRole)
                                 .toDouble();
            QVERIFY(v >= 0.8 && v <= 1.0 && v <= previous);
            previous = v;
        }
        // The factor's header explains it.
        QVERIFY(screener_->model()
                    ->headerData(quality, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("rank(sharpe_3y)")));
        shoot(screener_, shots_, QStringLiteral("screener-factors-en"));
    }

    void columnChooserGroupsByMetric()
    {
        bool seen = false;
        QTimer::singleShot(200, this, [this, &seen] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(), QStringLiteral("sortino"));
            auto* tree = dialog->findChild<QTreeWidget*>();
            int visibleGroups = 0;
            for (int g = 0; g < tree->topLevelItemCount(); ++g)
                visibleGroups += tree->topLevelItem(g)->isHidden() ? 0 : 1;
            QCOMPARE(visibleGroups, 1); // the Sortino ratio, its nine windows
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                if ((*it)->data(0, Qt::UserRole).toString() == QLatin1String("sortino_3y"))
                    (*it)->setCheckState(0, Qt::Checked);
            dialog->grab().save(shots_ + QStringLiteral("/screener-columns-en.png"));
            seen = true;
            dialog->accept();
        });
        screener_->findChild<QToolButton*>(QStringLiteral("columns"))->click();
        QVERIFY(seen);
        QVERIFY(screener_->visibleColumns().contains(QStringLiteral("sortino_3y")));
        QVERIFY(screener_->visibleColumns().contains(QStringLiteral("quality"))); // the rest stay
    }

    void categoryAndSearchNarrowTheRows()
    {
        typeFilter(QString());
        QComboBox* category = screener_->categoryBox();
        category->setCurrentIndex(category->findData(QStringLiteral("index")));
        QVERIFY(screener_->model()->rowCount() > 0 && screener_->model()->rowCount() < 2000);
        for (int fund : screener_->model()->rows())
            QCOMPARE(snapshot_->universe.funds[static_cast<std::size_t>(fund)].category,
                     QStringLiteral("index"));
        category->setCurrentIndex(0);
        const funds::FundInfo& some = snapshot_->universe.funds[123];
        QTest::keyClicks(screener_->searchEdit(), some.code);
        QVERIFY(screener_->model()->rowOfFund(123) >= 0);
        for (int fund : screener_->model()->rows())
            QVERIFY(snapshot_->universe.funds[static_cast<std::size_t>(fund)].code.startsWith(some.code));
        screener_->searchEdit()->clear();
        QCOMPARE(screener_->model()->rowCount(), 2000);
    }

    void rowsDriveTheLinkGroup()
    {
        QTableView* view = screener_->view();
        view->setCurrentIndex(screener_->model()->index(7, 0));
        const int fund = screener_->model()->rows()[7];
        QCOMPARE(core_->selection().fund(screener_->linkGroup()),
                 snapshot_->universe.funds[static_cast<std::size_t>(fund)].code);
        // And follow it: another panel picks fund 42.
        core_->selection().setFund(screener_->linkGroup(), snapshot_->universe.funds[42].code);
        QCOMPARE(screener_->model()->rows()[static_cast<std::size_t>(view->currentIndex().row())], 42);
    }

    void exportsTheVisibleRowsAndColumns()
    {
        typeFilter(QStringLiteral("category = \"qdii\""));
        const int rows = screener_->model()->rowCount();
        QVERIFY(rows > 0);
        const QString path = shots_ + QStringLiteral("/screen.csv");
        QSignalSpy done(screener_, &FundScreenerPanel::exportFinished);
        screener_->exportCsv(path);
        QVERIFY(done.wait(10000));
        QVERIFY2(done.front().at(0).toBool(), qPrintable(done.front().at(2).toString()));
        QCOMPARE(done.front().at(1).toLongLong(), rows);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), rows + 2); // header, rows, the empty tail after the last CRLF
        QVERIFY(lines[0].startsWith("\xEF\xBB\xBF"
                                    "Code,Name,Category,Rating"));
        QCOMPARE(lines[0].count(',') + 1, screener_->visibleColumns().size());
        const QString firstCode =
            snapshot_->universe.funds[static_cast<std::size_t>(screener_->model()->rows()[0])].code;
        QVERIFY(lines[1].startsWith(firstCode.toUtf8() + ','));
    }

    void sendsAPoolToTheFofBuilder()
    {
        typeFilter(QStringLiteral("category = \"equity\" and is_defined(sharpe_3y)"));
        QSignalSpy chosen(screener_, &FundScreenerPanel::poolChosen);
        const QStringList all = screener_->sendToFofBuilder();
        QCOMPARE(all.size(), FundScreenerPanel::kMaxPool);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(fof_->pool(), all);
        // A selection of rows sends just those.
        QTableView* view = screener_->view();
        view->clearSelection();
        view->selectionModel()->select(screener_->model()->index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(screener_->model()->index(5, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList two = screener_->sendToFofBuilder();
        QCOMPARE(two.size(), 2);
        QCOMPARE(fof_->pool(), two);
        shoot(screener_, shots_, QStringLiteral("screener-factors-sort-en"));
    }

    void tenThousandRowsStayFast()
    {
        // The demo table tiled five times: 10,000 funds × every column, through the same model.
        const funds::FundTable& base = snapshot_->table;
        const std::size_t n = base.rowCount() * 5;
        funds::FundTable big(n);
        for (int c = 0; c < base.columnCount(); ++c) {
            const funds::FundColumn& column = base.column(c);
            if (column.type == funds::ValueType::Text) {
                std::vector<QString> texts;
                for (int k = 0; k < 5; ++k)
                    texts.insert(texts.end(), column.texts.begin(), column.texts.end());
                QVERIFY(!big.addTextColumn(column.name, std::move(texts)));
            } else {
                std::vector<double> numbers;
                std::vector<std::uint8_t> defined;
                for (int k = 0; k < 5; ++k) {
                    numbers.insert(numbers.end(), column.numbers.begin(), column.numbers.end());
                    defined.insert(defined.end(), column.defined.begin(), column.defined.end());
                }
                QVERIFY(!big.addNumberColumn(column.name, numbers, defined));
            }
        }
        auto screener = std::make_shared<funds::Screener>(std::move(big));
        widgets::ScreenerTableModel model;
        QTableView view;
        view.setModel(&model);
        view.resize(1400, 800);
        view.show();
        model.setSource(screener, nullptr);
        model.setColumns(FundScreenerPanel::defaultColumns());
        QElapsedTimer timer;
        timer.start();
        auto rows = screener->filter(u"annualized_volatility_3y > 0.05 or category = \"bond\"");
        QVERIFY(rows.ok());
        model.setRows(std::move(*rows.value));
        const qint64 filterMs = timer.restart();
        model.sort(static_cast<int>(model.columns().indexOf(QStringLiteral("sharpe_3y"))),
                   Qt::DescendingOrder);
        model.sort(1, Qt::AscendingOrder); // the names, as text
        const qint64 sortMs = timer.restart();
        view.scrollToBottom();
        QVERIFY(!view.grab().isNull());
        const qint64 paintMs = timer.elapsed();
        qInfo("10,000 funds: filter %lld ms, two sorts %lld ms, paint %lld ms", filterMs, sortMs, paintMs);
        QVERIFY(model.rowCount() > 5000);
        QVERIFY(filterMs < 500 && sortMs < 500 && paintMs < 500);
    }

    void fofEqualWeightMatchesRunBacktest()
    {
        const QStringList pool = oldFunds(5);
        QCOMPARE(pool.size(), 5);
        fof_->setPool(pool);
        fof_->setModel(funds::PortfolioModel::EqualWeight);
        fof_->setRebalance(funds::RebalanceFrequency::Quarterly);
        QCOMPARE(fof_->poolTable()->rowCount(), 5);
        QSignalSpy finished(fof_, &FofBuilderPanel::finished);
        fof_->run();
        QVERIFY(fof_->running());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.front().at(0).toBool(), qPrintable(fof_->errorText()));
        QVERIFY(fof_->result());

        const funds::BacktestSpec spec = fof_->backtestSpec();
        QCOMPARE(spec.rebalance, funds::RebalanceFrequency::Quarterly);
        const std::vector<funds::NavSeries> navs = navsOf(pool);
        const funds::BacktestOutcome direct = funds::runBacktest(navs, spec);
        QVERIFY2(direct.ok(), qPrintable(direct.error));
        const funds::BacktestResult& shown = *fof_->result();
        QCOMPARE(shown.nav.dates, direct.result->nav.dates);
        QCOMPARE(shown.nav.navs, direct.result->nav.navs);
        QVERIFY(shown.rebalances.size() > 4);
        for (const funds::Rebalance& r : shown.rebalances) {
            QVERIFY(std::abs(r.weights.sum() - 1.0) < 1e-12);
            QVERIFY(std::abs(r.weights(0) - 0.2) < 1e-12);
        }
        QVERIFY(std::abs(shown.finalWeights.sum() - 1.0) < 1e-12);
        QCOMPARE(fof_->rebalanceTable()->rowCount(), static_cast<int>(shown.rebalances.size()));
        QCOMPARE(fof_->metricsTable()->rowCount(), funds::kMetricCount);
        QCOMPARE(fof_->metricsTable()->columnCount(), 1 + 1 + 5); // metric, FOF, the funds
        QVERIFY(fof_->metricsTable()->item(1, 1)->text().endsWith(QLatin1Char('%')));
        QVERIFY(fof_->metricsTable()->item(1, 0)->toolTip().contains(QLatin1String("Formula")));
        QCOMPARE(fof_->navPlot()->graphCount(), 6);
        {
            const QString path = shots_ + QStringLiteral("/fof.csv");
            QSignalSpy exported(fof_, &FofBuilderPanel::exportFinished);
            fof_->exportCsv(path);
            QVERIFY(exported.wait(10000));
            QVERIFY2(exported.front().at(0).toBool(), qPrintable(exported.front().at(2).toString()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = file.readAll().split('\n');
            QCOMPARE(lines.size(), static_cast<qsizetype>(shown.nav.size()) + 2);
            QVERIFY(lines[0].contains("FOF NAV"));
            QCOMPARE(lines[1].trimmed(), QByteArray(shown.nav.dates[0].toString(Qt::ISODate).toUtf8() +
                                                    ",1,20.0000,20.0000,20.0000,20.0000,20.0000"));
        }
        shoot(fof_, shots_, QStringLiteral("fof-nav-en"));
        fof_->tabs()->setCurrentIndex(1);
        shoot(fof_, shots_, QStringLiteral("fof-weights-en"));
        fof_->tabs()->setCurrentIndex(2);
        shoot(fof_, shots_, QStringLiteral("fof-metrics-en"));
        fof_->tabs()->setCurrentIndex(0);
    }

    void fofBlackLittermanWithAView()
    {
        fof_->setModel(funds::PortfolioModel::BlackLitterman);
        QVERIFY(fof_->viewsTable()->isVisible());
        const auto buttons = fof_->findChildren<QPushButton*>();
        for (QPushButton* b : buttons)
            if (b->text() == QLatin1String("Add view"))
                b->click();
        QCOMPARE(fof_->viewsTable()->rowCount(), 1);
        const funds::BacktestSpec spec = fof_->backtestSpec();
        QCOMPARE(spec.model.blackLitterman.views.size(), std::size_t{1});
        QCOMPARE(spec.model.blackLitterman.views[0].pick.sum(), 0.0); // fund A − fund B
        QSignalSpy finished(fof_, &FofBuilderPanel::finished);
        fof_->run();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.front().at(0).toBool(), qPrintable(fof_->errorText()));
        for (const funds::Rebalance& r : fof_->result()->rebalances) {
            QVERIFY(std::abs(r.weights.sum() - 1.0) < 1e-8);
            QVERIFY(r.weights.minCoeff() >= -1e-9 && r.weights.maxCoeff() <= 1 + 1e-9);
        }
        QCOMPARE(fof_->navPlot()->graphCount(), 7); // five funds, the equal-weight reference, the FOF
        shoot(fof_, shots_, QStringLiteral("fof-bl-en"));
        fof_->setModel(funds::PortfolioModel::EqualWeight);
    }

    void fofNamesAFundYoungerThanTheStart()
    {
        QStringList pool = oldFunds(4);
        // The youngest fund with a usable history.
        std::size_t young = 0;
        for (std::size_t i = 0; i < snapshot_->universe.navs.size(); ++i)
            if (snapshot_->universe.navs[i].size() >= 30 &&
                (snapshot_->universe.navs[young].size() < 30 ||
                 snapshot_->universe.navs[i].dates.front() > snapshot_->universe.navs[young].dates.front()))
                young = i;
        const QString youngCode = snapshot_->universe.funds[young].code;
        pool << youngCode;
        fof_->setPool(pool);
        const QDate youngFirst = snapshot_->universe.navs[young].dates.front();
        fof_->setDates(youngFirst.addMonths(-6), snapshot_->universe.navs[young].dates.back());
        QSignalSpy finished(fof_, &FofBuilderPanel::finished);
        fof_->run();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.front().at(0).toBool());
        QVERIFY(!fof_->result());
        QVERIFY2(fof_->errorText().contains(youngCode), qPrintable(fof_->errorText()));
        QVERIFY(fof_->findChild<QLabel*>(QStringLiteral("error"))->isVisible());
        shoot(fof_, shots_, QStringLiteral("fof-error-en"));
    }

    void longWorkCanBeCancelled()
    {
        // The FOF back-test: cancelled, its result never arrives.
        fof_->setPool(oldFunds(5));
        fof_->setModel(funds::PortfolioModel::MinimumVariance);
        QSignalSpy finished(fof_, &FofBuilderPanel::finished);
        fof_->run();
        QVERIFY(fof_->running());
        fof_->cancel();
        QVERIFY(!fof_->running());
        QTest::qWait(1500);
        QCOMPARE(finished.count(), 0);
        fof_->setModel(funds::PortfolioModel::EqualWeight);

        // The universe evaluation: cancelled, the table keeps the last snapshot; Recompute brings a new one.
        auto* recompute = screener_->findChild<QToolButton*>(QStringLiteral("recompute"));
        QVERIFY(recompute);
        recompute->click();
        QVERIFY(core_->fundUniverse().busy());
        QPushButton* cancel = nullptr;
        for (QPushButton* b : screener_->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Cancel"))
                cancel = b;
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(!core_->fundUniverse().busy());
        QVERIFY(screener_->findChild<QLabel*>(QStringLiteral("status"))
                    ->text()
                    .contains(QLatin1String("cancelled")));
        QVERIFY(screener_->model()->rowCount() > 0);
        QSignalSpy shown(screener_, &FundScreenerPanel::universeShown);
        recompute->click();
        QVERIFY(shown.wait(120000));
        QVERIFY(core_->fundUniverse().snapshot() != snapshot_);
        snapshot_ = core_->fundUniverse().snapshot();
        typeFilter(QString());
        QCOMPARE(screener_->model()->rowCount(), 2000);
    }

    void rendersInChinese()
    {
        widgets::appearance::applyLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        typeFilter(QStringLiteral("sharpe_3y > 0.5 and category = \"equity\""));
        screener_->view()->sortByColumn(columnOf(QStringLiteral("sharpe_3y")), Qt::DescendingOrder);
        shoot(screener_, shots_, QStringLiteral("screener-zh"));
        typeFilter(QStringLiteral("sharp_3y > 1"));
        shoot(screener_, shots_, QStringLiteral("screener-error-zh"));
        QVERIFY(
            !screener_->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString().contains(u'C'));

        fof_->setPool(oldFunds(5));
        fof_->setModel(funds::PortfolioModel::RiskParity);
        fof_->setRebalance(funds::RebalanceFrequency::SemiAnnual);
        QSignalSpy finished(fof_, &FofBuilderPanel::finished);
        fof_->run();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.front().at(0).toBool(), qPrintable(fof_->errorText()));
        shoot(fof_, shots_, QStringLiteral("fof-nav-zh"));
        fof_->tabs()->setCurrentIndex(1);
        shoot(fof_, shots_, QStringLiteral("fof-weights-zh"));
        fof_->tabs()->setCurrentIndex(2);
        shoot(fof_, shots_, QStringLiteral("fof-metrics-zh"));
        widgets::appearance::applyLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestFundScreenerPanel)
#include "tst_fundscreenerpanel.moc"
