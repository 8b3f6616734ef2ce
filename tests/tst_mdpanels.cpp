// The Level-2 panels on a real simulated morning: the simulator's SZSE Binary messages are
// encoded, parsed back into views and converted into the engine's events (as the MDGW path
// does), the hub publishes, and every panel is checked against the engine's snapshot and the
// simulator's own book, then rendered to PNG in English and Chinese.
#include "PanelTestUtil.h"

#include "core/AppCore.h"
#include "md/ChartPanel.h"
#include "md/DepthPanel.h"
#include "md/FeedAdapters.h"
#include "md/FeedHealthPanel.h"
#include "md/HeatmapPanel.h"
#include "md/LargeOrderPanel.h"
#include "md/MarketDataHub.h"
#include "md/MdFormat.h"
#include "md/RowsModel.h"
#include "md/SzseEvents.h"
#include "md/TicksPanel.h"
#include "md/WatchlistPanel.h"
#include "md/szse/SzseBinary.h"
#include "shell/Appearance.h"
#include "shell/MainWindow.h"
#include "simulators/DayGenerator.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

#include <chrono>
#include <cmath>
#include <set>

using namespace ws;
namespace sim = ws::md::sim;
using widgets::ChartPanel;

class TestMdPanels : public QObject
{
    Q_OBJECT

    std::unique_ptr<core::AppCore> core_;
    std::unique_ptr<sim::DayGenerator> gen_;
    std::vector<std::byte> frame_;
    QString code_; // the focused security
    std::uint16_t channel_ = 0;

    widgets::WatchlistPanel* watchlist_ = nullptr;
    widgets::DepthPanel* depth_ = nullptr;
    widgets::TicksPanel* ticks_ = nullptr;
    ChartPanel* chart_ = nullptr;
    widgets::HeatmapPanel* heatmap_ = nullptr;
    widgets::LargeOrderPanel* large_ = nullptr;
    widgets::FeedHealthPanel* feed_ = nullptr;
    std::vector<QWidget*> panels_;

    md::MarketDataHub& hub() { return core_->marketData(); }

    // One simulator message through the SZSE Binary encoder, its view and the model's converters.
    void push(const sim::Message& m)
    {
        frame_.clear();
        std::visit([&](const auto& v) { md::szse::encode(v, frame_); }, m);
        const md::szse::Bytes bytes(frame_);
        const md::szse::Bytes body = bytes.subspan(
            md::szse::kHeaderSize, bytes.size() - md::szse::kHeaderSize - md::szse::kTrailerSize);
        const auto now = static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                                        std::chrono::system_clock::now().time_since_epoch())
                                                        .count());
        const md::EventStamp stamp{0, now, md::FeedPath::Mdgw};
        md::Level2Engine& engine = hub().engine();
        if (std::holds_alternative<md::szse::Order>(m))
            engine.push(md::StampedEvent{md::toEvent(*md::szse::OrderView::parse(body)), stamp});
        else if (std::holds_alternative<md::szse::Trade>(m))
            engine.push(md::StampedEvent{md::toEvent(*md::szse::TradeView::parse(body)), stamp});
        else if (std::holds_alternative<md::szse::Snapshot>(m))
            engine.push(md::toExchangeSnapshot(*md::szse::SnapshotView::parse(body)));
        else
            engine.push(md::StampedEvent{md::toIndexTick(*md::szse::IndexSnapshotView::parse(body)), stamp});
    }

    // Feeds the day up to (and including the first message at or after) a time of day.
    void feedUntil(int timeMs)
    {
        sim::Message m;
        while (gen_->timeOfDayMs() < timeMs && gen_->next(m))
            push(m);
    }

    // Waits for the book thread, then lets the hub publish to the panels.
    md::MarketSnapshotPtr publish()
    {
        hub().engine().sync();
        hub().refresh();
        QCoreApplication::processEvents();
        return hub().snapshot();
    }

    // The detail of the security the red group follows (code_ in most of the tests).
    const md::FocusView& focus()
    {
        const md::MarketSnapshotPtr s = hub().snapshot();
        const md::FocusView* f = s ? s->focusOf(md::securityKey(hub().focus().toStdString())) : nullptr;
        [&] { QVERIFY(f); }();
        return *f;
    }

    static void shoot(QWidget* w, const QString& name) { QVERIFY2(shootWidget(w, name), qPrintable(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(openPanelTestCore(QStringLiteral("mdpanels"), core_));

        // The demo day's securities and index (the hub's real-time index is defined on them), at a
        // tenth of its order rate so that a morning takes seconds.
        sim::DayConfig config;
        config.securities = 30;
        config.tickChannels = 4;
        config.seed = 20261130;
        config.ordersPerSecond = 60;
        gen_ = std::make_unique<sim::DayGenerator>(config);
        // Follow the most active security.
        const auto& secs = gen_->securities();
        const auto busiest = std::max_element(
            secs.begin(), secs.end(), [](const auto& a, const auto& b) { return a.activity < b.activity; });
        code_ = QString::fromStdString(busiest->code);
        channel_ = busiest->tickChannel;

        watchlist_ = new widgets::WatchlistPanel(*core_);
        depth_ = new widgets::DepthPanel(*core_);
        ticks_ = new widgets::TicksPanel(*core_);
        chart_ = new ChartPanel(*core_);
        heatmap_ = new widgets::HeatmapPanel(*core_);
        large_ = new widgets::LargeOrderPanel(*core_);
        feed_ = new widgets::FeedHealthPanel(*core_);
        panels_ = {watchlist_, depth_, ticks_, chart_, heatmap_, large_, feed_};
        const std::vector<QSize> sizes{{900, 560}, {460, 760}, {760, 560}, {900, 560},
                                       {760, 480}, {620, 520}, {980, 480}};
        for (std::size_t i = 0; i < panels_.size(); ++i) {
            panels_[i]->resize(sizes[i]);
            panels_[i]->show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(feed_));
    }

    void cleanupTestCase()
    {
        for (QWidget* w : panels_)
            delete w;
        core_.reset();
        widgets::appearance::applyLanguage(QStringLiteral("en"));
    }

    void nothingConnectedOffersTheDemo()
    {
        publish();
        QVERIFY(hub().feedStatus().connectors.empty());
        QVERIFY(feed_->demoButton()->isVisible());
        QCOMPARE(watchlist_->model()->rowCount(), 0);
        QVERIFY(watchlist_->findChild<QLabel*>(QStringLiteral("noDataHint"))->isVisible());
        shoot(watchlist_, QStringLiteral("md-watchlist-empty-en"));
    }

    void selectionMakesTheFocus()
    {
        core_->selection().setSecurity(selection::LinkGroup::Red, {code_, QStringLiteral("SZSE")});
        QCOMPARE(hub().focus(), code_);
        for (widgets::MdPanel* p :
             std::initializer_list<widgets::MdPanel*>{depth_, ticks_, chart_, heatmap_, large_})
            QCOMPARE(p->code(), code_);
        QVERIFY(feed_->code().isEmpty()); // feed health follows no security
    }

    void openingAuctionShowsTheIndicativeMatch()
    {
        feedUntil(md::hmsMs(9, 22));
        publish();
        const md::FocusView& f = focus();
        QCOMPARE(QString::fromStdString(md::securityCode(f.security)), code_);
        QVERIFY(f.auction.active);
        QVERIFY(depth_->auctionLabel()->isVisible());
        QVERIFY(depth_->auctionLabel()->text().contains(widgets::mdfmt::price(f.auction.price)));
        shoot(depth_, QStringLiteral("md-depth-auction-en"));
    }

    void clickingARowSelectsIt()
    {
        using M = widgets::WatchlistModel;
        QTableView* view = watchlist_->view();
        int proxyRow = 0;
        while (view->model()->index(proxyRow, 0).data(M::CodeRole).toString() == code_)
            ++proxyRow;
        const QString other = view->model()->index(proxyRow, 0).data(M::CodeRole).toString();
        const QRect rect = view->visualRect(view->model()->index(proxyRow, M::Last));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(core_->selection().security(selection::LinkGroup::Red).code, other);
        QCOMPARE(hub().focus(), other);
        QCOMPARE(depth_->code(), other);
        // Back to the busiest security with the keyboard: Enter on its row.
        const QModelIndex back = watchlist_->filter()->mapFromSource(
            watchlist_->model()->index(watchlist_->model()->rowOf(code_), 0));
        view->setCurrentIndex(back);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(core_->selection().security(selection::LinkGroup::Red).code, code_);
        QCOMPARE(hub().focus(), code_);
        publish();
        QCOMPARE(QString::fromStdString(md::securityCode(focus().security)), code_);
        view->sortByColumn(M::Code, Qt::AscendingOrder);
    }

    void morningUpdatesIncrementally()
    {
        QSignalSpy resets(ticks_->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(ticks_->model(), &QAbstractItemModel::rowsInserted);
        int rows = ticks_->model()->rowCount();
        const int rows0 = rows;
        const std::uint64_t seen0 = ticks_->model()->seen();
        std::uint64_t seen = seen0;
        int grew = 0;
        int heatColumns = 0;
        // Publish every 30 s of exchange time, as a live hub would (many times faster).
        for (int t = md::hmsMs(9, 22, 30); t <= md::hmsMs(11, 29); t += 30'000) {
            feedUntil(t);
            publish();
            // Rows only grow (up to the cap, where the oldest make room).
            const int now = ticks_->model()->rowCount();
            QVERIFY(now >= rows);
            rows = now;
            grew += ticks_->model()->seen() > seen ? 1 : 0;
            seen = ticks_->model()->seen();
            heatColumns = std::max(heatColumns, heatmap_->columnCount());
        }
        // One column per publication, the last hour of them kept.
        QVERIFY(heatColumns > 100);
        QVERIFY(heatmap_->columnCount() > 100);
        heatmap_->setWindowMinutes(30);
        QCPColorMapData* d = heatmap_->colorMap()->data();
        int filled = 0;
        for (int x = 0; x < d->keySize(); ++x)
            for (int y = 0; y < d->valueSize(); ++y)
                filled += std::isnan(d->cell(x, y)) ? 0 : 1;
        QVERIFY(filled > d->keySize()); // more than one resting level per column on average
        heatmap_->setWindowMinutes(15);
        // Appended, never rebuilt: the model saw every tick of the security exactly once. The
        // view takes them in batches, a few times a second (so at most one insertion per
        // publication), the last batch shortly after the last publication.
        QVERIFY(grew > 100);
        const md::FocusView& f = focus();
        // Every tick is shown or counted as missed: only a burst larger than a snapshot carries
        // (kMaxFocusTicks, e.g. the opening uncross's trades all at 09:25) can be missed.
        QVERIFY(f.tickCount - seen0 > 1000);
        QVERIFY(ticks_->model()->missed() < f.tickCount - seen0);
        QCOMPARE(ticks_->model()->seen(), f.tickCount);
        QTRY_COMPARE(ticks_->model()->pendingCount(), 0);
        QCOMPARE(static_cast<std::uint64_t>(ticks_->model()->rowCount()),
                 std::min<std::uint64_t>(static_cast<std::uint64_t>(rows0) + (f.tickCount - seen0) -
                                             ticks_->model()->missed(),
                                         widgets::TickModel::kDefaultMaxRows));
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserts.count() > 1 && inserts.count() <= grew);
        // The newest tick is the last row, and the view followed it.
        QCOMPARE(ticks_->model()
                     ->index(ticks_->model()->rowCount() - 1, 0)
                     .data(widgets::TickModel::SeqRole)
                     .toLongLong(),
                 f.ticks.back().seq);
        QVERIFY(ticks_->following());
    }

    void watchlistListsEverySecurity()
    {
        const md::MarketSnapshotPtr s = hub().snapshot();
        QCOMPARE(static_cast<std::size_t>(watchlist_->model()->rowCount()), gen_->securities().size());
        QCOMPARE(s->quotes.size(), gen_->securities().size());
        // Row of the focus: last price and volume as the snapshot has them.
        const int row = watchlist_->model()->rowOf(code_);
        QVERIFY(row >= 0);
        const md::Quote& q = focus().quote;
        using M = widgets::WatchlistModel;
        QCOMPARE(watchlist_->model()->index(row, M::Last).data().toString(), widgets::mdfmt::price(q.last));
        QCOMPARE(watchlist_->model()->index(row, M::Volume).data().toString(),
                 widgets::mdfmt::lotsText(q.volume));
        QCOMPARE(watchlist_->model()->index(row, M::Last).data(Qt::ForegroundRole).value<QColor>(),
                 q.last > q.prevClose   ? widgets::mdfmt::upColor()
                 : q.last < q.prevClose ? widgets::mdfmt::downColor()
                                        : QPalette().color(QPalette::Text));

        // Nothing new: no row is reported changed.
        QSignalSpy changed(watchlist_->model(), &QAbstractItemModel::dataChanged);
        hub().refresh();
        watchlist_->refreshNow();
        for (const QList<QVariant>& args : changed)
            QVERIFY(args.at(2).value<QList<int>>() == QList<int>{Qt::BackgroundRole}); // flash fading only
        // Half a minute more: only the rows that changed are reported, and price moves flash,
        // fading out within half a second.
        const quint64 before = watchlist_->model()->rowsReported();
        feedUntil(md::hmsMs(11, 29, 30));
        publish();
        const quint64 reported = watchlist_->model()->rowsReported() - before;
        QVERIFY(reported > 0);
        QVERIFY(reported <= gen_->securities().size());
        QVERIFY(watchlist_->model()->flashingRows() > 0);
        shoot(watchlist_, QStringLiteral("md-watchlist-flash-en"));
        QTRY_COMPARE_WITH_TIMEOUT(watchlist_->model()->flashingRows(), 0, 1000);
        // Sorted by change %: the proxy orders by the raw ratio.
        watchlist_->view()->sortByColumn(M::ChangePct, Qt::DescendingOrder);
        double previous = 1e9;
        for (int r = 0; r < watchlist_->filter()->rowCount(); ++r) {
            const double v = watchlist_->filter()->index(r, M::ChangePct).data(M::SortRole).toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
    }

    void ladderShowsTheEngineBook()
    {
        const md::FocusView& f = focus();
        QVERIFY(!f.bids.empty() && !f.asks.empty());
        using D = widgets::DepthModel;
        const D* m = depth_->model();
        // Row 9 is 卖一 (best ask), row 10 买一 (best bid).
        QCOMPARE(m->levelAt(9).price, f.asks[0].price);
        QCOMPARE(m->levelAt(10).price, f.bids[0].price);
        QCOMPARE(m->index(10, D::Price).data().toString(), widgets::mdfmt::price(f.bids[0].price));
        QCOMPARE(m->index(9, D::Volume).data().toString(), widgets::mdfmt::lotsText(f.asks[0].qty));
        for (int i = 0; i < 10 && i < static_cast<int>(f.bids.size()); ++i)
            QCOMPARE(m->levelAt(10 + i).qty, f.bids[static_cast<std::size_t>(i)].qty);
        for (int i = 0; i < 10 && i < static_cast<int>(f.asks.size()); ++i)
            QCOMPARE(m->levelAt(9 - i).orders, f.asks[static_cast<std::size_t>(i)].orders);
        // The engine's rebuilt book is the simulator's own.
        const auto simBid = gen_->levels(code_.toStdString(), '1', 1);
        const auto simAsk = gen_->levels(code_.toStdString(), '2', 1);
        QCOMPARE(m->levelAt(10).price, simBid.at(0).price);
        QCOMPARE(m->levelAt(9).price, simAsk.at(0).price);
        QCOMPARE(depth_->bidQueue()->size(), static_cast<int>(std::min<std::size_t>(50, f.bidQueue.size())));
        QCOMPARE(depth_->bidQueue()->index(0, 0).data(widgets::DepthModel::RawQtyRole).toLongLong(),
                 gen_->bestQueue(code_.toStdString(), '1').at(0));
        QVERIFY(!depth_->banner()->isVisible());
        QVERIFY(!depth_->auctionLabel()->isVisible());
    }

    // A red and a blue group following different securities: each panel shows its own, at the
    // same time, from the same snapshots.
    void linkGroupsFollowDifferentSecurities()
    {
        const auto& secs = gen_->securities();
        QString other;
        for (const auto& sec : secs)
            if (QString::fromStdString(sec.code) != code_ && !gen_->levels(sec.code, '1', 1).empty() &&
                !gen_->levels(sec.code, '2', 1).empty())
                other = QString::fromStdString(sec.code);
        QVERIFY(!other.isEmpty());
        auto* blueDepth = new widgets::DepthPanel(*core_);
        auto* blueTicks = new widgets::TicksPanel(*core_);
        for (widgets::MdPanel* p : std::initializer_list<widgets::MdPanel*>{blueDepth, blueTicks}) {
            p->setLinkGroup(selection::LinkGroup::Blue);
            p->resize(460, 760);
            p->show();
        }
        core_->selection().setSecurity(selection::LinkGroup::Blue, {other, QStringLiteral("SZSE")});
        QCOMPARE(blueDepth->code(), other);
        QCOMPARE(depth_->code(), code_); // the red group keeps its own
        QVERIFY(hub().focused().contains(code_) && hub().focused().contains(other));
        publish();
        const md::MarketSnapshotPtr s = hub().snapshot();
        const md::FocusView* red = s->focusOf(md::securityKey(code_.toStdString()));
        const md::FocusView* blue = s->focusOf(md::securityKey(other.toStdString()));
        QVERIFY(red && blue);
        QVERIFY(!blue->bids.empty() && !blue->asks.empty() && !blue->ticks.empty());
        // Each ladder and tick list shows its own security's book and ticks: the simulator's.
        QCOMPARE(depth_->model()->levelAt(10).price, gen_->levels(code_.toStdString(), '1', 1).at(0).price);
        QCOMPARE(blueDepth->model()->levelAt(10).price,
                 gen_->levels(other.toStdString(), '1', 1).at(0).price);
        QCOMPARE(blueDepth->model()->levelAt(9).price, gen_->levels(other.toStdString(), '2', 1).at(0).price);
        QCOMPARE(blueTicks->model()->seen(), blue->tickCount);
        QCOMPARE(ticks_->model()->seen(), red->tickCount);
        QVERIFY(red->tickCount != blue->tickCount || red->ticks.back().seq != blue->ticks.back().seq);
        shoot(blueDepth, QStringLiteral("md-depth-blue-group-en"));
        // Closing the blue panels lets go of their security; the red one stays detailed.
        delete blueDepth;
        delete blueTicks;
        QVERIFY(!hub().focused().contains(other));
        publish();
        QVERIFY(!hub().snapshot()->focusOf(md::securityKey(other.toStdString())));
        QVERIFY(hub().snapshot()->focusOf(md::securityKey(code_.toStdString())));
    }

    void tickFiltersSelect()
    {
        widgets::TickFilter* filter = ticks_->filter();
        const widgets::TickModel* model = ticks_->model();
        auto countWhere = [&](auto pred) {
            int n = 0;
            for (int r = 0; r < model->rowCount(); ++r)
                n += pred(model->index(r, 0)) ? 1 : 0;
            return n;
        };
        ticks_->tabs()->setCurrentIndex(0); // trades
        const int trades = countWhere(
            [](const QModelIndex& i) { return i.data(widgets::TickModel::KindRole).toChar() == u'T'; });
        QVERIFY(trades > 0);
        QCOMPARE(filter->rowCount(), trades);
        ticks_->tabs()->setCurrentIndex(2); // cancels
        QCOMPARE(filter->rowCount(), countWhere([](const QModelIndex& i) {
                     return i.data(widgets::TickModel::KindRole).toChar() == u'C';
                 }));
        ticks_->tabs()->setCurrentIndex(3); // all, at least 50 lots
        widgets::TickFilter::Criteria c = filter->criteria();
        c.minQty = 50 * 10'000;
        filter->setCriteria(c);
        QCOMPARE(filter->rowCount(), countWhere([](const QModelIndex& i) {
                     return i.data(widgets::TickModel::QtyRole).toLongLong() >= 50 * 10'000;
                 }));
        c.minQty = 0;
        filter->setCriteria(c);
        QCOMPARE(filter->rowCount(), model->rowCount());
        // Scrolling up stops following; the view stays where the user put it.
        ticks_->view()->verticalScrollBar()->setValue(0);
        QVERIFY(!ticks_->following());
        feedUntil(md::hmsMs(11, 30) + 1);
        publish();
        QCOMPARE(ticks_->view()->verticalScrollBar()->value(), 0);
        ticks_->view()->scrollToBottom();
        QVERIFY(ticks_->following());
        ticks_->tabs()->setCurrentIndex(0);
    }

    void chartsAggregateTheMinuteBars()
    {
        const md::FocusView& f = focus();
        std::set<int> minutes;
        for (const md::Bar& b : f.bars)
            minutes.insert(widgets::mdfmt::tradingMinute(b.minute));
        QVERIFY(!minutes.empty());
        const int span = *minutes.rbegin() + 1;           // trading minutes from 09:30 to the last bar
        QCOMPARE(static_cast<int>(minutes.size()), span); // a busy security trades every minute
        chart_->setMode(ChartPanel::Mode::Intraday);
        QCOMPARE(chart_->barCount(), static_cast<int>(minutes.size()));
        for (auto [mode, m] : {std::pair{ChartPanel::Mode::K1, 1}, std::pair{ChartPanel::Mode::K5, 5},
                               std::pair{ChartPanel::Mode::K15, 15}, std::pair{ChartPanel::Mode::K60, 60}}) {
            chart_->setMode(mode);
            QCOMPARE(chart_->barCount(), (span + m - 1) / m);
        }
        chart_->setMode(ChartPanel::Mode::Day);
        QCOMPARE(chart_->barCount(), 1);
        // The 5-minute candles: first open, last close, highs and lows of their minutes.
        chart_->setMode(ChartPanel::Mode::K5);
        auto* candles = qobject_cast<QCPFinancial*>(chart_->plot()->plottable(2));
        QVERIFY(candles);
        QCOMPARE(candles->data()->size(), 24);
        const md::Bar& last = f.bars.back();
        QCOMPARE((candles->data()->constEnd() - 1)->close, widgets::mdfmt::yuan(last.close));
        QVERIFY(chart_->readoutAt(23).contains(widgets::mdfmt::price(last.close)));
        // Wheel zoom and drag pan move the range; "Reset zoom" brings back the latest candles.
        QCPAxis* x = chart_->plot()->axisRect(0)->axis(QCPAxis::atBottom);
        const QCPRange before = x->range();
        const QPoint centre = chart_->plot()->axisRect(0)->rect().center();
        QWheelEvent wheel(centre, chart_->plot()->mapToGlobal(centre), {}, {0, 240}, Qt::NoButton, {},
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart_->plot(), &wheel);
        QVERIFY(x->range().size() < before.size());
        QTest::mouseMove(chart_->plot(), centre);
        QVERIFY(!chart_->findChild<widgets::LiveLabel*>(QStringLiteral("readout"))->text().isEmpty());
        chart_->setMode(ChartPanel::Mode::Intraday);
    }

    void largeOrdersAndFeedHealth()
    {
        const md::FocusView& f = focus();
        const auto& rows = large_->model()->rows();
        QCOMPARE(rows.size(), std::size_t{5});
        std::int64_t buy = 0;
        for (const md::ClassFlow& c : f.large.classes)
            buy += c.buyAmount;
        QVERIFY(buy > 0);
        QCOMPARE(rows[4][1].text, widgets::mdfmt::amountText(buy));
        QCOMPARE(rows[0][1].text,
                 widgets::mdfmt::amountText(
                     f.large.classes[static_cast<std::size_t>(md::OrderClass::SuperLarge)].buyAmount));
        QVERIFY(large_->mainForce()->text().contains(widgets::mdfmt::amountText(f.large.mainNetInflow())));

        const md::MarketSnapshotPtr s = hub().snapshot();
        QCOMPARE(feed_->bookChannelsModel()->rowCount(), static_cast<int>(s->channels.size()));
        QCOMPARE(feed_->bookChannelsModel()->rowCount(), 4);
        QCOMPARE(feed_->indicesModel()->rowCount(), static_cast<int>(s->indices.size()));
        QCOMPARE(feed_->latencyModel()->rowCount(), static_cast<int>(s->latency.size()));
        QVERIFY(feed_->engineLabel()->text().contains(
            QLocale().toString(static_cast<qulonglong>(s->stats.events))));
        QVERIFY(feed_->crossCheckLabel()->text().contains(
            QLocale().toString(static_cast<qulonglong>(s->crossCheck.compared))));
    }

    void rendersInBothLanguages()
    {
        const QStringList names{QStringLiteral("watchlist"), QStringLiteral("depth"),
                                QStringLiteral("ticks"),     QStringLiteral("chart"),
                                QStringLiteral("heatmap"),   QStringLiteral("large"),
                                QStringLiteral("feed")};
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            widgets::appearance::applyLanguage(lang);
            QCoreApplication::processEvents();
            publish();
            for (std::size_t i = 0; i < panels_.size(); ++i)
                shoot(panels_[i], QStringLiteral("md-%1-%2").arg(names[static_cast<int>(i)], lang));
            chart_->setMode(ChartPanel::Mode::K5);
            shoot(chart_, QStringLiteral("md-kline5-") + lang);
            chart_->setMode(ChartPanel::Mode::Day);
            shoot(chart_, QStringLiteral("md-kday-") + lang);
            chart_->setMode(ChartPanel::Mode::Intraday);
            for (int t = 1; t < feed_->tabs()->count(); ++t) {
                feed_->tabs()->setCurrentIndex(t);
                QCoreApplication::processEvents();
                shoot(feed_, QStringLiteral("md-feed-tab%1-%2").arg(t).arg(lang));
            }
            feed_->tabs()->setCurrentIndex(0);
        }
        QCOMPARE(depth_->model()->index(9, widgets::DepthModel::Level).data().toString(),
                 QStringLiteral("卖一"));
        QCOMPARE(watchlist_->model()->headerData(widgets::WatchlistModel::Last, Qt::Horizontal).toString(),
                 QStringLiteral("最新"));
        widgets::appearance::applyLanguage(QStringLiteral("en"));
        QCOMPARE(depth_->model()->index(9, widgets::DepthModel::Level).data().toString(),
                 QStringLiteral("Ask 1"));
        // The dark theme: charts follow the palette.
        widgets::appearance::applyTheme(QStringLiteral("dark"));
        QCoreApplication::processEvents();
        publish();
        QCOMPARE(chart_->plot()->axisRect(0)->backgroundBrush().color(),
                 QApplication::palette().color(QPalette::Base));
        chart_->setMode(ChartPanel::Mode::K5);
        shoot(chart_, QStringLiteral("md-kline5-dark-en"));
        chart_->setMode(ChartPanel::Mode::Intraday);
        shoot(chart_, QStringLiteral("md-chart-dark-en"));
        shoot(depth_, QStringLiteral("md-depth-dark-en"));
        shoot(heatmap_, QStringLiteral("md-heatmap-dark-en"));
        shoot(watchlist_, QStringLiteral("md-watchlist-dark-en"));
        widgets::appearance::applyTheme(QStringLiteral("light"));
        QCoreApplication::processEvents();
    }

    void traderWindowWithData()
    {
        widgets::PanelRegistry registry;
        widgets::registerBuiltinPanels(registry);
        widgets::MainWindow window(*core_, registry);
        window.resize(1600, 960);
        window.applyPreset(widgets::Role::Trader);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        for (const char* id : {"panel.md.watchlist", "panel.md.depth", "panel.md.chart"})
            QVERIFY2(window.dock(QLatin1String(id))->isVisible(), id);
        // The securities master may publish its first row when it loads; the busiest security again.
        core_->selection().setSecurity(selection::LinkGroup::Red, {code_, QStringLiteral("SZSE")});
        publish();
        QTest::qWait(50);
        shoot(&window, QStringLiteral("md-trader-window-en"));

        // Panels in dock tabs behind the current one stay "visible" to Qt, moved off the window:
        // they skip the snapshots (or, keeping a history, only take it in) and catch up when
        // their tab is chosen.
        auto* ticks =
            qobject_cast<widgets::TicksPanel*>(window.dock(QStringLiteral("panel.md.ticks"))->widget());
        auto* large =
            qobject_cast<widgets::LargeOrderPanel*>(window.dock(QStringLiteral("panel.md.large"))->widget());
        QVERIFY(ticks && large);
        QVERIFY(ticks->isVisible() && !ticks->isShown());
        QVERIFY(!large->isShown());
        QVERIFY(window.findChild<widgets::DepthPanel*>()->isShown());
        const int rowsBefore = ticks->model()->rowCount();
        const std::uint64_t seenBefore = ticks->model()->seen();
        const QString totalBefore = large->model()->rows()[4][1].text;
        feedUntil(md::hmsMs(13, 0, 3));
        const md::MarketSnapshotPtr s = publish();
        QTest::qWait(150);
        const md::FocusView& f = *s->focusOf(md::securityKey(code_.toStdString()));
        QVERIFY(f.tickCount > seenBefore);                // ticks arrived after the break,
        QCOMPARE(ticks->model()->seen(), f.tickCount);    // taken in ...
        QCOMPARE(ticks->model()->rowCount(), rowsBefore); // ... but not shown
        QVERIFY(ticks->model()->pendingCount() > 0);
        QCOMPARE(large->model()->rows()[4][1].text, totalBefore);
        std::int64_t buy = 0;
        for (const md::ClassFlow& c : f.large.classes)
            buy += c.buyAmount;
        window.dock(QStringLiteral("panel.md.ticks"))->raise();
        QTRY_VERIFY(ticks->isShown() && ticks->model()->pendingCount() == 0);
        QCOMPARE(ticks->model()->rowCount(), rowsBefore + static_cast<int>(f.tickCount - seenBefore));
        QCOMPARE(ticks->model()
                     ->index(ticks->model()->rowCount() - 1, 0)
                     .data(widgets::TickModel::SeqRole)
                     .toLongLong(),
                 f.ticks.back().seq);
        window.dock(QStringLiteral("panel.md.large"))->raise();
        QTRY_COMPARE(large->model()->rows()[4][1].text, widgets::mdfmt::amountText(buy));
        window.dock(QStringLiteral("panel.md.depth"))->raise();

        window.applyPreset(widgets::Role::OfflineAnalyst);
        QTest::qWait(100);
        core_->selection().setSecurity(selection::LinkGroup::Red, {code_, QStringLiteral("SZSE")});
        publish();
        QTest::qWait(50);
        shoot(&window, QStringLiteral("md-analyst-window-en"));
    }

    void lostDataInvalidatesTheBook()
    {
        hub().engine().push(md::StampedEvent{md::ChannelLost{channel_, 1, 2}, {}});
        feedUntil(md::hmsMs(13, 0, 5));
        publish();
        QVERIFY(!focus().quote.valid);
        QVERIFY(depth_->banner()->isVisible());
        QVERIFY(depth_->banner()->text().contains(QString::number(channel_)));
        const int row = watchlist_->model()->rowOf(code_);
        QVERIFY(!watchlist_->model()->index(row, 0).data(widgets::WatchlistModel::ValidRole).toBool());
        QCOMPARE(watchlist_->model()->index(row, widgets::WatchlistModel::Status).data().toString(),
                 QStringLiteral("Book invalid"));
        shoot(depth_, QStringLiteral("md-depth-invalid-en"));
        shoot(watchlist_, QStringLiteral("md-watchlist-invalid-en"));
    }

    // A simulator that cannot start is refused at once; one that ends before it says where it
    // publishes is reported (demoFailed, and in the panel), and the button offers another try.
    void demoSimulatorFailureIsReported()
    {
        hub().engine().reset();
        QSignalSpy failed(&hub(), &md::MarketDataHub::demoFailed);
        hub().setSimulatorProgram(QStringLiteral(WS_BUILD_DIR "/CMakeCache.txt"));
        QString error;
        QVERIFY(!hub().startDemo(1.0, &error));
        QVERIFY2(error.contains(QStringLiteral("not an executable")), qPrintable(error));

        const QString exitsAtOnce = QStandardPaths::findExecutable(QStringLiteral("false"));
        QVERIFY(!exitsAtOnce.isEmpty());
        hub().setSimulatorProgram(exitsAtOnce);
        QTest::mouseClick(feed_->demoButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        const QString reason = failed.at(0).at(0).toString();
        QVERIFY2(reason.contains(QStringLiteral("exit code 1")), qPrintable(reason));
        QVERIFY(!hub().demoRunning());
        QVERIFY(!hub().demoStarting());
        auto* status = feed_->findChild<QLabel*>(QStringLiteral("demoStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().startsWith(QStringLiteral("Could not start the demo feed")),
                 qPrintable(status->text()));
        QVERIFY(feed_->demoButton()->isVisible());
        hub().refresh();
        QVERIFY(hub().feedStatus().connectors.empty());
        shoot(feed_, QStringLiteral("md-feed-demo-failed-en"));
        hub().setSimulatorProgram({});
    }

    // Last: the live path replaces the pushed morning. The button starts the simulator process and
    // the appliance receiver; the connector appears in the table and the button goes away.
    void demoButtonStartsTheSimulator()
    {
        hub().engine().reset();
        QVERIFY(feed_->demoButton()->isVisible());
        QTest::mouseClick(feed_->demoButton(), Qt::LeftButton);
        QLabel* status = feed_->findChild<QLabel*>(QStringLiteral("demoStatus"));
        QVERIFY(status);
        if (!hub().demoRunning())
            QSKIP(qPrintable(QStringLiteral("the demo could not start here: ") + status->text()));
        // The click returned before the simulator said where it publishes: the GUI thread never
        // waits for the process. Meanwhile the panel says it is starting.
        QVERIFY(hub().demoStarting());
        QVERIFY(!feed_->demoButton()->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("Starting")));
        QCOMPARE(hub().feedStatus().connectors.at(0).name, QStringLiteral("Demo simulator"));
        QCOMPARE(hub().feedStatus().connectors.at(0).state, md::ConnectorState::Connecting);
        // Then the appliance receiver takes over and records arrive.
        QTRY_VERIFY_WITH_TIMEOUT(!hub().demoStarting(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!hub().feedStatus().connectors.empty() &&
                                     hub().feedStatus().connectors.at(0).messages > 0,
                                 10000);
        QCOMPARE(hub().feedStatus().connectors.at(0).name, QStringLiteral("Appliance feed"));
        QVERIFY(!feed_->demoButton()->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("simulated")));
        QTest::qWait(1500);
        shoot(feed_, QStringLiteral("md-feed-demo-en"));
        hub().disconnectAll();
    }

    // The receive mode switches the engine: in low latency the demo feed is received and booked
    // on the hub's own busy-polling thread, and the feed-health panel says so; back in the
    // default mode the book has its own thread again. Records flow in both.
    void lowLatencyModeRebuildsTheEngine()
    {
        if (!hub().demoRunning())
            QSKIP("the demo simulator is not running here");
        auto* stats = feed_->findChild<widgets::LiveLabel*>(QStringLiteral("engineStats"));
        QVERIFY(stats);
        md::MarketDataSettings s;
        s.source = md::MarketDataSource::Demo;
        s.lowLatency = true;
        QString error;
        QVERIFY2(hub().apply(s, &error), qPrintable(error));
        QVERIFY(hub().lowLatency());
        QTRY_VERIFY_WITH_TIMEOUT(hub().snapshot()->stats.events > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(stats->text().startsWith(QStringLiteral("Low latency")), 5000);
        QVERIFY(hub().feedStatus().lowLatency);
        shoot(feed_, QStringLiteral("md-feed-low-latency-en"));

        s.lowLatency = false;
        QVERIFY2(hub().apply(s, &error), qPrintable(error));
        QVERIFY(!hub().lowLatency());
        QCOMPARE(hub().snapshot()->stats.events, std::uint64_t{0});
        QTRY_VERIFY_WITH_TIMEOUT(hub().snapshot()->stats.events > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(stats->text().startsWith(QStringLiteral("Book thread")), 5000);

        // The mode alone (a source from the command line): the sources stop, the engine is new.
        hub().setLowLatency(true);
        QVERIFY(hub().lowLatency());
        hub().refresh();
        QVERIFY(hub().feedStatus().connectors.empty());
        QVERIFY(hub().engine().sync()->stats.events == 0); // the busy-polling thread pumps it
        hub().setLowLatency(false);
        QVERIFY(!hub().lowLatency());
        hub().disconnectAll();
    }
};

QTEST_MAIN(TestMdPanels)
#include "tst_mdpanels.moc"
