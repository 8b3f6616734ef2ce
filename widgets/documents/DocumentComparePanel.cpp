#include "documents/DocumentComparePanel.h"

#include "audit/AuditTrail.h"
#include "core/AppCore.h"
#include "documents/PageView.h"
#include "documents/PdfSource.h"
#include "documents/Report.h"
#include "documents/ReportPdf.h"
#include "documents/VisualCompare.h"
#include "store/Database.h"
#include "store/DbWriter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <mutex>
#include <thread>

namespace ws::widgets {

using documents::Change;
using documents::ChangeType;
using documents::Decision;
using documents::Document;
using documents::ReviewDecision;

namespace {

constexpr ChangeType kAllTypes[] = {ChangeType::Insert, ChangeType::Delete, ChangeType::Replace,
                                    ChangeType::Move, ChangeType::Punctuation};
constexpr Decision kAllDecisions[] = {Decision::Open, Decision::Accepted, Decision::Question,
                                      Decision::Rejected};
constexpr double kVisualDpi = 150;
constexpr int kElide = 80;

QString elided(const QString& text)
{
    QString flat = text.simplified();
    if (flat.size() > kElide)
        flat = flat.left(kElide - 1) + QChar(0x2026);
    return flat;
}

// A page raster of one side: PDF pages through poppler (one PdfSource per thread, as PdfSource asks),
// images scaled from the file. Called on worker threads only.
class RasterSource
{
public:
    static std::shared_ptr<RasterSource> make(const Document& document, const QString& password)
    {
        if (!document.hasPages())
            return nullptr;
        if (document.format != documents::SourceFormat::Pdf &&
            document.format != documents::SourceFormat::Image)
            return nullptr;
        auto source = std::make_shared<RasterSource>();
        source->path_ = document.file.path;
        source->password_ = password;
        source->pdf_ = document.format == documents::SourceFormat::Pdf;
        source->pages_ = document.pages;
        return source;
    }

    docsrc::Raster raster(int page, double dpi, bool grey)
    {
        if (pdf_) {
            docsrc::PdfSource* pdf = sourceOfThisThread();
            return pdf ? pdf->render(page, dpi, grey) : docsrc::Raster{};
        }
        const QImage image = imagePage(page, dpi);
        if (image.isNull())
            return {};
        const QImage converted =
            image.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_ARGB32);
        docsrc::Raster r;
        r.width = converted.width();
        r.height = converted.height();
        r.channels = grey ? 1 : 4;
        r.stride = static_cast<int>(converted.bytesPerLine());
        r.dpi = dpi;
        const auto* bits = converted.constBits();
        r.pixels.assign(bits, bits + converted.sizeInBytes());
        return r;
    }

    QImage image(int page, double dpi)
    {
        if (!pdf_)
            return imagePage(page, dpi);
        return toImage(raster(page, dpi, false));
    }

    static QImage toImage(const docsrc::Raster& r)
    {
        if (r.empty() || r.width <= 0 || r.height <= 0)
            return {};
        const QImage::Format format = r.channels == 4 ? QImage::Format_ARGB32 : QImage::Format_Grayscale8;
        if (r.channels != 4 && r.channels != 1)
            return {};
        // The raster's bytes outlive this call only as the copy.
        return QImage(r.pixels.data(), r.width, r.height, r.stride, format).copy();
    }

private:
    docsrc::PdfSource* sourceOfThisThread()
    {
        const std::lock_guard lock(mutex_);
        auto& slot = sources_[std::this_thread::get_id()];
        if (!slot) {
            docsrc::SourceError error;
            slot = docsrc::PdfSource::open(path_.toStdString(), password_.toStdString(), &error);
        }
        return slot.get();
    }

    QImage imagePage(int page, double dpi)
    {
        if (page != 1)
            return {};
        {
            const std::lock_guard lock(mutex_);
            if (picture_.isNull())
                picture_ = QImage(path_);
            if (picture_.isNull())
                return {};
        }
        const QImage picture = picture_; // implicitly shared; read-only from here
        const docsrc::Box size{0, 0, pages_.empty() ? 0 : pages_.front().width,
                               pages_.empty() ? 0 : pages_.front().height};
        if (size.width() <= 0)
            return picture;
        const int width = std::max(1, static_cast<int>(std::lround(size.width() * dpi / 72.0)));
        return picture.scaledToWidth(width, Qt::SmoothTransformation);
    }

    QString path_, password_;
    bool pdf_ = false;
    std::vector<documents::PageInfo> pages_;
    std::mutex mutex_;
    std::map<std::thread::id, std::unique_ptr<docsrc::PdfSource>> sources_;
    QImage picture_;
};

PageRenderer rendererOf(const std::shared_ptr<RasterSource>& source)
{
    if (!source)
        return {};
    return [source](int page, double dpi) { return source->image(page, dpi); };
}

// Page of the character at `pos` (1-based), or 0 without pages.
int pageAt(const Document& d, const documents::TextPos& pos)
{
    const documents::Paragraph& p = d.paragraphs[static_cast<std::size_t>(pos.paragraph)];
    if (pos.offset >= 0 && static_cast<std::size_t>(pos.offset) < p.boxes.size())
        return p.boxes[static_cast<std::size_t>(pos.offset)].page;
    return p.page;
}

// Walks the compared characters (excluded paragraphs skipped) of one document.
struct TextCursor
{
    const Document& d;
    documents::TextPos pos;
    bool valid() const { return pos.paragraph < static_cast<int>(d.paragraphs.size()); }
    void settle()
    {
        while (valid()) {
            const documents::Paragraph& p = d.paragraphs[static_cast<std::size_t>(pos.paragraph)];
            if (!p.excluded && pos.offset < p.text.size())
                return;
            ++pos.paragraph;
            pos.offset = 0;
        }
    }
    void advance()
    {
        ++pos.offset;
        settle();
    }
};

// For each page of A (index 0 = page 1) the page of B that received most of its unchanged text:
// the unchanged stretches between consecutive changes are walked in step on both sides, each
// character voting for its (A page, B page) pair. Moves are left out (their two places are not in
// step); a page without votes pairs with the same page number.
std::vector<int> pairPages(const Document& a, const Document& b, const std::vector<Change>& changes)
{
    const int pagesA = a.pageCount();
    const int pagesB = b.pageCount();
    std::vector<std::map<int, qint64>> votes(static_cast<std::size_t>(pagesA) + 1);
    const auto walk = [&](documents::TextPos fromA, documents::TextPos toA, documents::TextPos fromB,
                          documents::TextPos toB) {
        TextCursor ca{a, fromA};
        TextCursor cb{b, fromB};
        ca.settle();
        cb.settle();
        while (ca.valid() && cb.valid() && ca.pos < toA && cb.pos < toB) {
            const int pa = pageAt(a, ca.pos);
            if (pa >= 1 && pa <= pagesA)
                ++votes[static_cast<std::size_t>(pa)][pageAt(b, cb.pos)];
            ca.advance();
            cb.advance();
        }
    };
    documents::TextPos prevA, prevB;
    const documents::TextPos endA{static_cast<int>(a.paragraphs.size()), 0};
    const documents::TextPos endB{static_cast<int>(b.paragraphs.size()), 0};
    for (const Change& c : changes) {
        if (c.type == ChangeType::Move)
            continue;
        walk(prevA, c.a.begin, prevB, c.b.begin);
        prevA = std::max(prevA, c.a.end);
        prevB = std::max(prevB, c.b.end);
    }
    walk(prevA, endA, prevB, endB);
    std::vector<int> pairs(static_cast<std::size_t>(pagesA), 0);
    for (int page = 1; page <= pagesA; ++page) {
        int best = page <= pagesB ? page : 0;
        qint64 bestVotes = 0;
        for (const auto& [bPage, count] : votes[static_cast<std::size_t>(page)])
            if (bPage >= 1 && bPage <= pagesB && count > bestVotes) {
                best = bPage;
                bestVotes = count;
            }
        pairs[static_cast<std::size_t>(page - 1)] = best;
    }
    return pairs;
}

QString pageProgress(const QString& label, double fraction, int pages)
{
    const int percent = static_cast<int>(std::lround(fraction * 100));
    if (pages > 0)
        return DocumentComparePanel::tr("Reading %1… page %2/%3")
            .arg(label)
            .arg(std::clamp(static_cast<int>(std::lround(fraction * pages)), 0, pages))
            .arg(pages);
    return DocumentComparePanel::tr("Reading %1… %2 %").arg(label).arg(percent);
}

} // namespace

// ---- ChangeListModel -----------------------------------------------------------------------------

void ChangeListModel::setChanges(std::vector<Change> changes)
{
    beginResetModel();
    changes_ = std::move(changes);
    decisions_.clear();
    rebuildRows();
    endResetModel();
}

void ChangeListModel::appendChanges(const std::vector<Change>& changes)
{
    if (changes.empty())
        return;
    std::vector<int> added;
    for (const Change& c : changes) {
        changes_.push_back(c);
        const int index = static_cast<int>(changes_.size()) - 1;
        changes_.back().index = index; // the row's identity until the final list replaces it
        if (accepts(index))
            added.push_back(index);
    }
    if (added.empty())
        return;
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    rows_.insert(rows_.end(), added.begin(), added.end());
    endInsertRows();
}

void ChangeListModel::clear()
{
    beginResetModel();
    changes_.clear();
    decisions_.clear();
    rows_.clear();
    endResetModel();
}

void ChangeListModel::setDecisions(std::map<int, ReviewDecision> decisions)
{
    beginResetModel();
    decisions_ = std::move(decisions);
    rebuildRows();
    endResetModel();
}

void ChangeListModel::setDecision(int changeIndex, const ReviewDecision& decision)
{
    decisions_[changeIndex] = decision;
    if (filter_.decision) {
        // The row may leave (or join) the filtered list.
        beginResetModel();
        rebuildRows();
        endResetModel();
        return;
    }
    const int row = rowOf(changeIndex);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, DecisionColumn), index(row, Comment));
}

void ChangeListModel::setFilter(const Filter& filter)
{
    if (filter == filter_)
        return;
    beginResetModel();
    filter_ = filter;
    rebuildRows();
    endResetModel();
}

void ChangeListModel::setVersionNames(const QStringList& names)
{
    beginResetModel();
    versionNames_ = names;
    if (versionFilter_ >= versionNames_.size())
        versionFilter_ = -1;
    rebuildRows();
    endResetModel();
}

QString ChangeListModel::versionLabel(int version) const
{
    if (version < 0)
        return {};
    const QString number = QStringLiteral("v%1").arg(version + 1); // reviewers count versions from 1
    return version < versionNames_.size() ? number + QStringLiteral(" · ") + versionNames_[version] : number;
}

void ChangeListModel::setVersionFilter(int version)
{
    if (version == versionFilter_)
        return;
    beginResetModel();
    versionFilter_ = version;
    rebuildRows();
    endResetModel();
}

const ReviewDecision* ChangeListModel::decision(int changeIndex) const
{
    const auto it = decisions_.find(changeIndex);
    return it == decisions_.end() ? nullptr : &it->second;
}

int ChangeListModel::changeAt(int row) const
{
    return row >= 0 && row < static_cast<int>(rows_.size()) ? rows_[static_cast<std::size_t>(row)] : -1;
}

int ChangeListModel::rowOf(int changeIndex) const
{
    const auto it = std::lower_bound(rows_.begin(), rows_.end(), changeIndex);
    return it != rows_.end() && *it == changeIndex ? static_cast<int>(it - rows_.begin()) : -1;
}

std::vector<bool> ChangeListModel::visibility() const
{
    std::vector<bool> visible(changes_.size());
    for (std::size_t i = 0; i < changes_.size(); ++i)
        visible[i] = accepts(static_cast<int>(i));
    return visible;
}

bool ChangeListModel::accepts(int changeIndex) const
{
    const Change& c = changes_[static_cast<std::size_t>(changeIndex)];
    if (filter_.type && c.type != *filter_.type)
        return false;
    if (filter_.materialOnly && !c.material)
        return false;
    if (versionFilter_ >= 0 && c.introducedIn != versionFilter_)
        return false;
    if (filter_.decision) {
        const ReviewDecision* d = decision(changeIndex);
        if ((d ? d->decision : Decision::Open) != *filter_.decision)
            return false;
    }
    return true;
}

void ChangeListModel::rebuildRows()
{
    rows_.clear();
    for (std::size_t i = 0; i < changes_.size(); ++i)
        if (accepts(static_cast<int>(i)))
            rows_.push_back(static_cast<int>(i));
}

int ChangeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ChangeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeListModel::data(const QModelIndex& index, int role) const
{
    const int changeIndex = changeAt(index.row());
    if (changeIndex < 0)
        return {};
    const Change& c = changes_[static_cast<std::size_t>(changeIndex)];
    const ReviewDecision* d = decision(changeIndex);
    if (role == ChangeIndexRole)
        return changeIndex;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return changeIndex + 1;
        case Type:
            return documents::changeTypeLabel(c.type);
        case Material: {
            if (!c.material)
                return QString();
            QStringList kinds;
            for (const QString& k : c.materialKinds)
                kinds << documents::materialKindLabel(k);
            return kinds.isEmpty() ? tr("material") : kinds.join(QStringLiteral(", "));
        }
        case APage:
            return c.aPage > 0 ? QVariant(c.aPage) : QVariant();
        case BPage:
            return c.bPage > 0 ? QVariant(c.bPage) : QVariant();
        case AText:
            return elided(c.aText);
        case BText:
            return elided(c.bText);
        case Introduced:
            return versionLabel(c.introducedIn);
        case DecisionColumn:
            if (!d)
                return documents::decisionLabel(Decision::Open);
            return d->carriedOver ? documents::decisionLabel(d->decision) + QStringLiteral(" ↺")
                                  : documents::decisionLabel(d->decision);
        case Comment:
            return d ? d->comment : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Type)
            return changeTypeColour(c.type);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Material && c.material)
            return QColor(0xc0, 0x39, 0x2b);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == DecisionColumn && d) {
            switch (d->decision) {
            case Decision::Accepted:
                return QColor(0xdf, 0xf3, 0xe3);
            case Decision::Question:
                return QColor(0xfd, 0xf1, 0xcf);
            case Decision::Rejected:
                return QColor(0xf8, 0xd7, 0xd7);
            case Decision::Open:
                break;
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == APage || index.column() == BPage)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AText:
            return c.aText.isEmpty() ? QVariant() : QVariant(c.aContext.isEmpty() ? c.aText : c.aContext);
        case BText:
            return c.bText.isEmpty() ? QVariant() : QVariant(c.bContext.isEmpty() ? c.bText : c.bContext);
        case Introduced:
            return c.introducedIn >= 0 ? QVariant(tr("The version whose step made this change")) : QVariant();
        case DecisionColumn:
            if (d && d->carriedOver)
                return tr("Carried over from an earlier version");
            if (d && !d->reviewer.isEmpty())
                return tr("%1, %2").arg(d->reviewer,
                                        QLocale().toString(d->decidedAt.toLocalTime(), QLocale::ShortFormat));
            return {};
        case Comment:
            return d && !d->comment.isEmpty() ? QVariant(d->comment) : QVariant();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Type:
        return tr("Type");
    case Material:
        return tr("Material");
    case APage:
        return tr("A page");
    case BPage:
        return tr("B page");
    case AText:
        return tr("A text");
    case BText:
        return tr("B text");
    case Introduced:
        return tr("Introduced in");
    case DecisionColumn:
        return tr("Decision");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

// ---- The comparison job --------------------------------------------------------------------------

// Shared by the panel and its worker threads for one comparison: cancellation, progress, and the
// changes found so far (pulled by the GUI every 100 ms, never pushed one by one).
struct DocumentComparePanel::Job
{
    explicit Job(int slotTotal)
        : loadProgress(static_cast<std::size_t>(slotTotal)), pageCounts(static_cast<std::size_t>(slotTotal)),
          loadDone(static_cast<std::size_t>(slotTotal), false)
    {}
    std::atomic_bool cancel{false};
    std::vector<std::atomic<double>> loadProgress; // per load slot (A, B, versions between)
    std::vector<std::atomic_int> pageCounts;
    std::atomic<double> diffProgress{0};
    std::atomic_bool diffing{false};
    std::vector<bool> loadDone; // GUI thread only
    QElapsedTimer clock;

    std::mutex mutex;
    std::vector<Change> partial;                          // found and not yet pulled
    std::shared_ptr<const Document> comparedA, comparedB; // set before the diff starts

    // While A and B load (pairs only): their snapshots compared on the pool; the newest result not
    // yet pulled waits in `preview` (under `mutex`).
    struct Preview
    {
        std::vector<Change> changes;
        std::shared_ptr<const Document> a, b;
    };
    std::shared_ptr<documents::PreliminaryComparison> preliminary;
    std::optional<Preview> preview;
    void stopPreliminary()
    {
        if (preliminary)
            preliminary->stop();
    }
};

// One visual compare over the pages of a finished comparison, shared with its worker.
struct DocumentComparePanel::VisualRun
{
    std::atomic_bool cancel{false};
    std::atomic_int done{0};
    int total = 0;
    std::mutex mutex;
    std::vector<std::pair<int, std::vector<QRectF>>> boxes; // (A page, boxes) not yet pulled
};

// ---- DocumentComparePanel ------------------------------------------------------------------------

DocumentComparePanel::DocumentComparePanel(core::AppCore& core, QWidget* parent)
    : Panel(core, parent), openAButton_(new QToolButton(this)), openBButton_(new QToolButton(this)),
      swapButton_(new QToolButton(this)), compareButton_(new QPushButton(this)),
      optionsButton_(new QToolButton(this)), modeBox_(new QComboBox(this)), zoomBox_(new QComboBox(this)),
      syncCheck_(new QCheckBox(this)), visualButton_(new QToolButton(this)),
      zonesButton_(new QToolButton(this)), templateBox_(new QComboBox(this)),
      templateButton_(new QToolButton(this)), allPagesCheck_(new QCheckBox(this)),
      exportButton_(new QToolButton(this)), versionsButton_(new QToolButton(this)),
      chainBox_(new QWidget(this)), chainLabel_(new QLabel(chainBox_)),
      chainFromBox_(new QComboBox(chainBox_)), chainToBox_(new QComboBox(chainBox_)),
      fileALabel_(new QLabel(this)), fileBLabel_(new QLabel(this)), progressBox_(new QWidget(this)),
      stageLabel_(new QLabel(progressBox_)), progressBar_(new QProgressBar(progressBox_)),
      cancelButton_(new QPushButton(progressBox_)), errorLabel_(new QLabel(this)),
      summaryLabel_(new QLabel(this)), view_(new ComparisonView(this)), table_(new QTableView(this)),
      model_(new ChangeListModel(this)), typeFilter_(new QComboBox(this)),
      materialFilter_(new QCheckBox(this)), decisionFilter_(new QComboBox(this)),
      versionFilter_(new QComboBox(this)), previousButton_(new QToolButton(this)),
      nextButton_(new QToolButton(this)), decisionTitle_(new QLabel(this)),
      acceptButton_(new QToolButton(this)), questionButton_(new QToolButton(this)),
      rejectButton_(new QToolButton(this)), commentEdit_(new QLineEdit(this)),
      carriedLabel_(new QLabel(this)), pullTimer_(new QTimer(this))
{
    setAcceptDrops(true);
    setObjectName(QStringLiteral("documentComparePanel"));
    const QSettings settings;

    // Options menu.
    auto* options = new QMenu(optionsButton_);
    ignoreWidthAction_ = options->addAction(QString());
    ignoreCaseAction_ = options->addAction(QString());
    ignoreWhitespaceAction_ = options->addAction(QString());
    detectMovesAction_ = options->addAction(QString());
    options->addSeparator();
    ocrAction_ = options->addAction(QString());
    for (QAction* a :
         {ignoreWidthAction_, ignoreCaseAction_, ignoreWhitespaceAction_, detectMovesAction_, ocrAction_})
        a->setCheckable(true);
    ignoreWidthAction_->setChecked(settings.value(QStringLiteral("documents/ignoreWidth"), false).toBool());
    ignoreCaseAction_->setChecked(settings.value(QStringLiteral("documents/ignoreCase"), false).toBool());
    ignoreWhitespaceAction_->setChecked(
        settings.value(QStringLiteral("documents/ignoreWhitespace"), false).toBool());
    detectMovesAction_->setChecked(settings.value(QStringLiteral("documents/detectMoves"), true).toBool());
    ocrAction_->setChecked(settings.value(QStringLiteral("documents/ocr"), true).toBool());
    optionsButton_->setMenu(options);
    optionsButton_->setPopupMode(QToolButton::InstantPopup);
    for (QAction* a : {ignoreWidthAction_, ignoreCaseAction_, ignoreWhitespaceAction_, detectMovesAction_})
        connect(a, &QAction::toggled, this, [this] {
            // A normalisation changes only the diff: the documents already read are compared again.
            if (loaded_[A] && loaded_[B] && !busy_)
                startDiff();
        });

    // Template menu.
    auto* templates = new QMenu(templateButton_);
    saveTemplateAction_ = templates->addAction(QString());
    deleteTemplateAction_ = templates->addAction(QString());
    connect(saveTemplateAction_, &QAction::triggered, this, &DocumentComparePanel::saveTemplate);
    connect(deleteTemplateAction_, &QAction::triggered, this, &DocumentComparePanel::deleteTemplate);
    templateButton_->setMenu(templates);
    templateButton_->setPopupMode(QToolButton::InstantPopup);
    templateBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    templateBox_->setMinimumContentsLength(10);
    connect(templateBox_, &QComboBox::activated, this,
            [this](int i) { useExclusionTemplate(templateBox_->itemData(i).toString()); });

    // Files.
    for (QLabel* l : {fileALabel_, fileBLabel_}) {
        l->setTextFormat(Qt::PlainText);
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        l->setMinimumWidth(120);
    }
    compareButton_->setObjectName(QStringLiteral("compareButton"));
    fileALabel_->setObjectName(QStringLiteral("fileA"));
    fileBLabel_->setObjectName(QStringLiteral("fileB"));
    connect(openAButton_, &QToolButton::clicked, this, [this] { chooseFile(A); });
    connect(openBButton_, &QToolButton::clicked, this, [this] { chooseFile(B); });
    connect(swapButton_, &QToolButton::clicked, this, &DocumentComparePanel::swapSides);
    connect(compareButton_, &QPushButton::clicked, this, &DocumentComparePanel::compare);
    compareButton_->setDefault(true);
    connect(exportButton_, &QToolButton::clicked, this, &DocumentComparePanel::chooseExportFile);
    exportButton_->setEnabled(false);

    // Version chains: the list dialog, and which two versions are A and B.
    versionsButton_->setObjectName(QStringLiteral("versions"));
    connect(versionsButton_, &QToolButton::clicked, this, &DocumentComparePanel::editVersions);
    chainFromBox_->setObjectName(QStringLiteral("chainFrom"));
    chainToBox_->setObjectName(QStringLiteral("chainTo"));
    for (QComboBox* box : {chainFromBox_, chainToBox_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(12);
        connect(box, &QComboBox::activated, this,
                [this] { setChainPair(chainFromBox_->currentIndex(), chainToBox_->currentIndex()); });
    }
    auto* chainLayout = new QHBoxLayout(chainBox_);
    chainLayout->setContentsMargins(0, 0, 0, 0);
    chainLayout->setSpacing(4);
    chainLayout->addWidget(chainLabel_);
    chainLayout->addWidget(chainFromBox_);
    chainLayout->addWidget(new QLabel(QStringLiteral("→"), chainBox_));
    chainLayout->addWidget(chainToBox_);
    chainBox_->hide();

    // View controls.
    modeBox_->addItem(QString(), static_cast<int>(ComparisonView::Mode::Pages));
    modeBox_->addItem(QString(), static_cast<int>(ComparisonView::Mode::Text));
    modeBox_->setObjectName(QStringLiteral("mode"));
    connect(modeBox_, &QComboBox::currentIndexChanged, this, [this](int i) {
        view_->setMode(static_cast<ComparisonView::Mode>(modeBox_->itemData(i).toInt()));
    });
    for (const int percent : {50, 75, 100, 125, 150, 200, 300})
        zoomBox_->addItem(QStringLiteral("%1 %").arg(percent), percent / 100.0);
    zoomBox_->setObjectName(QStringLiteral("zoom"));
    connect(zoomBox_, &QComboBox::activated, this,
            [this](int i) { view_->setZoom(zoomBox_->itemData(i).toDouble()); });
    connect(view_, &ComparisonView::zoomChanged, this, [this](double zoom) {
        const QSignalBlocker block(zoomBox_);
        int best = 0;
        for (int i = 1; i < zoomBox_->count(); ++i)
            if (std::abs(zoomBox_->itemData(i).toDouble() - zoom) <
                std::abs(zoomBox_->itemData(best).toDouble() - zoom))
                best = i;
        zoomBox_->setCurrentIndex(best);
    });
    syncCheck_->setChecked(settings.value(QStringLiteral("documents/syncScroll"), true).toBool());
    connect(syncCheck_, &QCheckBox::toggled, view_, &ComparisonView::setSyncScroll);
    visualButton_->setCheckable(true);
    visualButton_->setObjectName(QStringLiteral("visualCompare"));
    connect(visualButton_, &QToolButton::toggled, this, &DocumentComparePanel::setVisualCompare);
    zonesButton_->setCheckable(true);
    connect(zonesButton_, &QToolButton::toggled, this, &DocumentComparePanel::setZoneEditing);
    connect(view_, &ComparisonView::zoneDrawn, this, &DocumentComparePanel::addZone);
    allPagesCheck_->setChecked(settings.value(QStringLiteral("documents/zoneAllPages"), true).toBool());

    // Progress and messages.
    progressBar_->setRange(0, 1000);
    progressBar_->setTextVisible(false);
    progressBar_->setFixedWidth(220);
    stageLabel_->setObjectName(QStringLiteral("stage"));
    connect(cancelButton_, &QPushButton::clicked, this, &DocumentComparePanel::cancel);
    auto* progressLayout = new QHBoxLayout(progressBox_);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(stageLabel_, 1);
    progressLayout->addWidget(progressBar_);
    progressLayout->addWidget(cancelButton_);
    progressBox_->hide();
    errorLabel_->setObjectName(QStringLiteral("error"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextFormat(Qt::PlainText);
    errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLabel_->setStyleSheet(QStringLiteral(
        "QLabel { color: #8a1f11; background: #fdecea; border: 1px solid #f5c2bc; padding: 4px; }"));
    errorLabel_->hide();
    summaryLabel_->setObjectName(QStringLiteral("summary"));
    summaryLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // Change list.
    table_->setObjectName(QStringLiteral("changes"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    const int em = table_->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto& [column, ems] :
         {std::pair{ChangeListModel::Material, 8}, std::pair{ChangeListModel::AText, 22},
          std::pair{ChangeListModel::BText, 22}})
        table_->setColumnWidth(column, ems * em);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentComparePanel::onCurrentRowChanged);
    connect(view_, &ComparisonView::changeActivated, this, &DocumentComparePanel::selectChange);

    typeFilter_->setObjectName(QStringLiteral("typeFilter"));
    typeFilter_->addItem(QString(), -1);
    for (const ChangeType t : kAllTypes)
        typeFilter_->addItem(QString(), static_cast<int>(t));
    decisionFilter_->setObjectName(QStringLiteral("decisionFilter"));
    decisionFilter_->addItem(QString(), -1);
    for (const Decision d : kAllDecisions)
        decisionFilter_->addItem(QString(), static_cast<int>(d));
    connect(typeFilter_, &QComboBox::currentIndexChanged, this, &DocumentComparePanel::applyFilterControls);
    connect(decisionFilter_, &QComboBox::currentIndexChanged, this,
            &DocumentComparePanel::applyFilterControls);
    connect(materialFilter_, &QCheckBox::toggled, this, &DocumentComparePanel::applyFilterControls);
    versionFilter_->setObjectName(QStringLiteral("versionFilter"));
    versionFilter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    versionFilter_->addItem(QString(), -1);
    versionFilter_->hide();
    connect(versionFilter_, &QComboBox::currentIndexChanged, this,
            &DocumentComparePanel::applyFilterControls);
    previousButton_->setArrowType(Qt::UpArrow);
    nextButton_->setArrowType(Qt::DownArrow);
    previousButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    nextButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(previousButton_, &QToolButton::clicked, this, &DocumentComparePanel::previousChange);
    connect(nextButton_, &QToolButton::clicked, this, &DocumentComparePanel::nextChange);
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F8), [this] { nextChange(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { nextChange(); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), [this] { previousChange(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { previousChange(); });

    // Decision editor.
    decisionTitle_->setObjectName(QStringLiteral("decisionTitle"));
    const std::pair<QToolButton*, Decision> decisionButtons[] = {{acceptButton_, Decision::Accepted},
                                                                 {questionButton_, Decision::Question},
                                                                 {rejectButton_, Decision::Rejected}};
    for (const auto& [button, decision] : decisionButtons) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::clicked, this, [this, d = decision] { decide(d); });
    }
    acceptButton_->setStyleSheet(QStringLiteral("QToolButton:checked { background: #c8ebd0; }"));
    questionButton_->setStyleSheet(QStringLiteral("QToolButton:checked { background: #fbe3a6; }"));
    rejectButton_->setStyleSheet(QStringLiteral("QToolButton:checked { background: #f3bcbc; }"));
    shortcut(QKeySequence(Qt::Key_1), [this] { decide(Decision::Accepted); });
    shortcut(QKeySequence(Qt::Key_2), [this] { decide(Decision::Question); });
    shortcut(QKeySequence(Qt::Key_3), [this] { decide(Decision::Rejected); });
    commentEdit_->setObjectName(QStringLiteral("comment"));
    commentEdit_->setClearButtonEnabled(true);
    connect(commentEdit_, &QLineEdit::editingFinished, this, [this] {
        const int change = currentChange();
        const ReviewDecision* d = change >= 0 ? model_->decision(change) : nullptr;
        if (change >= 0 && commentEdit_->text() != (d ? d->comment : QString()))
            setComment(commentEdit_->text());
    });
    carriedLabel_->setStyleSheet(QStringLiteral("QLabel { color: #8a6d00; }"));
    carriedLabel_->hide();

    pullTimer_->setInterval(100);
    connect(pullTimer_, &QTimer::timeout, this, &DocumentComparePanel::pullProgress);

    // Layout: files and actions, view controls, progress and errors, then the view over the list.
    auto* filesRow = new QHBoxLayout;
    filesRow->setSpacing(4);
    filesRow->addWidget(openAButton_);
    filesRow->addWidget(fileALabel_, 1);
    filesRow->addWidget(swapButton_);
    filesRow->addWidget(openBButton_);
    filesRow->addWidget(fileBLabel_, 1);
    filesRow->addWidget(versionsButton_);
    filesRow->addWidget(chainBox_);
    filesRow->addWidget(optionsButton_);
    filesRow->addWidget(compareButton_);
    filesRow->addWidget(exportButton_);
    auto* viewRow = new QHBoxLayout;
    viewRow->setSpacing(4);
    viewRow->addWidget(modeBox_);
    viewRow->addWidget(zoomBox_);
    viewRow->addWidget(syncCheck_);
    viewRow->addSpacing(12);
    viewRow->addWidget(visualButton_);
    viewRow->addSpacing(12);
    viewRow->addWidget(zonesButton_);
    viewRow->addWidget(templateBox_);
    viewRow->addWidget(templateButton_);
    viewRow->addWidget(allPagesCheck_);
    viewRow->addStretch(1);
    viewRow->addWidget(progressBox_, 2);

    auto* listBox = new QWidget(this);
    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    filterRow->addWidget(previousButton_);
    filterRow->addWidget(nextButton_);
    filterRow->addSpacing(8);
    filterRow->addWidget(typeFilter_);
    filterRow->addWidget(materialFilter_);
    filterRow->addWidget(decisionFilter_);
    filterRow->addWidget(versionFilter_);
    filterRow->addSpacing(8);
    filterRow->addWidget(summaryLabel_, 1);
    auto* decisionRow = new QHBoxLayout;
    decisionRow->setSpacing(4);
    decisionRow->addWidget(decisionTitle_);
    decisionRow->addWidget(acceptButton_);
    decisionRow->addWidget(questionButton_);
    decisionRow->addWidget(rejectButton_);
    decisionRow->addWidget(commentEdit_, 1);
    decisionRow->addWidget(carriedLabel_);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(3);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(table_, 1);
    listLayout->addLayout(decisionRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(view_);
    splitter->addWidget(listBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({720, 260}); // the pages get most of the height; the list scrolls

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(filesRow);
    layout->addLayout(viewRow);
    layout->addWidget(errorLabel_);
    layout->addWidget(splitter, 1);

    const int mode = settings.value(QStringLiteral("documents/mode"), 0).toInt();
    modeBox_->setCurrentIndex(std::clamp(mode, 0, 1));
    const double zoom = settings.value(QStringLiteral("documents/zoom"), 1.0).toDouble();
    zoomBox_->setCurrentIndex(std::max(0, zoomBox_->findData(zoom)));
    view_->setZoom(zoomBox_->currentData().toDouble());
    view_->setSyncScroll(syncCheck_->isChecked());
    view_->setMode(static_cast<ComparisonView::Mode>(modeBox_->currentData().toInt()));

    table_->setColumnHidden(ChangeListModel::Introduced, true);
    reloadTemplates();
    useExclusionTemplate(settings.value(QStringLiteral("documents/template")).toString());
    retranslate();
    updateDecisionEditor();
}

DocumentComparePanel::~DocumentComparePanel()
{
    if (job_) {
        job_->cancel = true;
        stopVisual();
    }
    saveSettings();
}

void DocumentComparePanel::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("documents/ignoreWidth"), ignoreWidthAction_->isChecked());
    settings.setValue(QStringLiteral("documents/ignoreCase"), ignoreCaseAction_->isChecked());
    settings.setValue(QStringLiteral("documents/ignoreWhitespace"), ignoreWhitespaceAction_->isChecked());
    settings.setValue(QStringLiteral("documents/detectMoves"), detectMovesAction_->isChecked());
    settings.setValue(QStringLiteral("documents/ocr"), ocrAction_->isChecked());
    settings.setValue(QStringLiteral("documents/syncScroll"), syncCheck_->isChecked());
    settings.setValue(QStringLiteral("documents/zoneAllPages"), allPagesCheck_->isChecked());
    settings.setValue(QStringLiteral("documents/mode"), modeBox_->currentIndex());
    settings.setValue(QStringLiteral("documents/zoom"), zoomBox_->currentData().toDouble());
    settings.setValue(QStringLiteral("documents/template"), template_.name);
}

void DocumentComparePanel::retranslate()
{
    openAButton_->setText(tr("Open A…"));
    openAButton_->setToolTip(tr("Choose the earlier version (A); you can also drop files on the panel"));
    openBButton_->setText(tr("Open B…"));
    openBButton_->setToolTip(tr("Choose the later version (B); you can also drop files on the panel"));
    swapButton_->setText(QStringLiteral("⇄"));
    swapButton_->setToolTip(tr("Swap A and B"));
    compareButton_->setText(tr("Compare"));
    compareButton_->setToolTip(tr("Read both files and compare them"));
    optionsButton_->setText(tr("Options"));
    optionsButton_->setToolTip(tr("What the comparison ignores, and how files are read"));
    ignoreWidthAction_->setText(tr("Ignore full-width / half-width differences"));
    ignoreCaseAction_->setText(tr("Ignore case"));
    ignoreWhitespaceAction_->setText(tr("Ignore whitespace"));
    detectMovesAction_->setText(tr("Detect moved paragraphs"));
    ocrAction_->setText(tr("OCR scanned pages (pages without a text layer)"));
    exportButton_->setText(tr("Export report…"));
    exportButton_->setToolTip(
        tr("Write the redline report as PDF or HTML (by the file extension); the export is recorded in the "
           "audit trail"));
    modeBox_->setItemText(0, tr("Pages"));
    modeBox_->setItemText(1, tr("Text"));
    modeBox_->setToolTip(tr("Show the documents as rendered pages or as reflowed text"));
    zoomBox_->setToolTip(tr("Zoom (Ctrl+wheel on the pages)"));
    syncCheck_->setText(tr("Sync scroll"));
    syncCheck_->setToolTip(tr("Scroll both sides together, keeping unchanged text side by side"));
    visualButton_->setText(tr("Visual compare"));
    visualButton_->setToolTip(tr("Compare the rendered pages as pictures as well (seals, signatures, images, "
                                 "tables drawn as graphics); needs two PDFs or images"));
    zonesButton_->setText(tr("Exclusion zones"));
    zonesButton_->setToolTip(
        tr("Draw rectangles on a page to leave that area out of the comparison; zones are kept in the chosen "
           "template"));
    templateBox_->setToolTip(tr("Exclusion template (per document type)"));
    templateButton_->setText(tr("Templates"));
    saveTemplateAction_->setText(tr("Save zones as a new template…"));
    deleteTemplateAction_->setText(tr("Delete this template"));
    allPagesCheck_->setText(tr("Every page"));
    allPagesCheck_->setToolTip(
        tr("A drawn zone applies to every page (off: only to the page it was drawn on)"));
    cancelButton_->setText(tr("Cancel"));
    versionsButton_->setText(tr("Versions…"));
    versionsButton_->setToolTip(
        tr("Compare a chain of versions (v0 → v1 → v2 …): add the versions between A and B, choose any two, "
           "and see which version introduced each change"));
    chainLabel_->setText(tr("Compare:"));
    chainFromBox_->setToolTip(tr("The version compared as A"));
    chainToBox_->setToolTip(tr("The version compared as B"));
    versionFilter_->setItemText(0, tr("All versions"));
    versionFilter_->setToolTip(tr("Only the changes introduced by one version of the chain"));
    typeFilter_->setItemText(0, tr("All types"));
    for (int i = 0; i < static_cast<int>(std::size(kAllTypes)); ++i)
        typeFilter_->setItemText(i + 1, documents::changeTypeLabel(kAllTypes[i]));
    decisionFilter_->setItemText(0, tr("All decisions"));
    for (int i = 0; i < static_cast<int>(std::size(kAllDecisions)); ++i)
        decisionFilter_->setItemText(i + 1, documents::decisionLabel(kAllDecisions[i]));
    materialFilter_->setText(tr("Material only"));
    materialFilter_->setToolTip(
        tr("Only changes touching numbers, amounts, percentages, dates or party names"));
    previousButton_->setText(tr("Previous"));
    previousButton_->setToolTip(tr("Previous change (Shift+F8, Ctrl+Up)"));
    nextButton_->setText(tr("Next"));
    nextButton_->setToolTip(tr("Next change (F8, Ctrl+Down)"));
    acceptButton_->setText(tr("Accept"));
    acceptButton_->setToolTip(tr("Accept the change (1)"));
    questionButton_->setText(tr("Question"));
    questionButton_->setToolTip(tr("Mark the change as a question (2)"));
    rejectButton_->setText(tr("Reject"));
    rejectButton_->setToolTip(tr("Reject the change (3)"));
    commentEdit_->setPlaceholderText(tr("Comment on this change (saved when you leave the field)"));
    carriedLabel_->setText(tr("Carried over from an earlier version"));
    reloadTemplates();
    updateFileLabels();
    updateSummary();
    updateDecisionEditor();
    fitNarrowColumns();
    if (model_->columnCount() > 0)
        Q_EMIT model_->headerDataChanged(Qt::Horizontal, 0, model_->columnCount() - 1);
    if (model_->rowCount() > 0)
        Q_EMIT model_->dataChanged(model_->index(0, 0),
                                   model_->index(model_->rowCount() - 1, model_->columnCount() - 1));
}

// ---- Files ---------------------------------------------------------------------------------------

void DocumentComparePanel::setFile(Side side, const QString& path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute != paths_[side]) {
        passwords_[side].clear();
        loaded_[side].reset();
    }
    paths_[side] = absolute;
    if (hasVersionChain()) {
        // The chain's version compared on that side is replaced; an emptied side ends the chain.
        if (absolute.isEmpty())
            clearVersionChain();
        else
            chain_[side == A ? chainFrom_ : chainTo_] = absolute;
    }
    updateFileLabels();
    updateChainControls();
}

void DocumentComparePanel::fitNarrowColumns()
{
    // The short columns fit their header and their longest possible text in the current language.
    const QFontMetrics body = table_->fontMetrics();
    const QFontMetrics head = table_->horizontalHeader()->fontMetrics();
    const auto headerWidth = [&](int column) {
        return head.horizontalAdvance(
                   model_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
               16;
    };
    int typeWidth = headerWidth(ChangeListModel::Type);
    for (const ChangeType t : kAllTypes)
        typeWidth = std::max(typeWidth, body.horizontalAdvance(documents::changeTypeLabel(t)) + 36);
    int decisionWidth = headerWidth(ChangeListModel::DecisionColumn);
    for (const Decision d : kAllDecisions)
        decisionWidth = std::max(decisionWidth, body.horizontalAdvance(documents::decisionLabel(d)) + 30);
    const int digits = body.horizontalAdvance(QStringLiteral("0000")) + 12;
    table_->setColumnWidth(ChangeListModel::Number, std::max(headerWidth(ChangeListModel::Number), digits));
    table_->setColumnWidth(ChangeListModel::Type, typeWidth);
    table_->setColumnWidth(ChangeListModel::APage, std::max(headerWidth(ChangeListModel::APage), digits));
    table_->setColumnWidth(ChangeListModel::BPage, std::max(headerWidth(ChangeListModel::BPage), digits));
    table_->setColumnWidth(ChangeListModel::DecisionColumn, decisionWidth);
}

void DocumentComparePanel::updateFileLabels()
{
    const auto label = [this](Side side) {
        if (paths_[side].isEmpty())
            return side == A ? tr("A: no file chosen") : tr("B: no file chosen");
        const QFileInfo info(paths_[side]);
        QString text = side == A ? QStringLiteral("A") : QStringLiteral("B");
        if (hasVersionChain())
            text += QStringLiteral(" = v%1").arg((side == A ? chainFrom_ : chainTo_) + 1);
        text += QStringLiteral(": ") + info.fileName();
        if (const auto& doc = shown_[side]; doc && doc->file.path == paths_[side]) {
            text += QStringLiteral(" · ") + documents::formatName(doc->format);
            if (doc->hasPages())
                text += QStringLiteral(" · ") + tr("%n page(s)", nullptr, doc->pageCount());
        }
        return text;
    };
    fileALabel_->setText(label(A));
    fileBLabel_->setText(label(B));
    fileALabel_->setToolTip(paths_[A]);
    fileBLabel_->setToolTip(paths_[B]);
}

void DocumentComparePanel::chooseFile(Side side)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("documents/lastFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, side == A ? tr("Open version A") : tr("Open version B"), folder,
        tr("Documents (*.pdf *.docx *.txt *.md *.markdown *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("documents/lastFolder"), QFileInfo(path).absolutePath());
    setFile(side, path);
    if (!paths_[A].isEmpty() && !paths_[B].isEmpty())
        compare();
}

void DocumentComparePanel::swapSides()
{
    std::swap(chainFrom_, chainTo_);
    std::swap(paths_[A], paths_[B]);
    std::swap(passwords_[A], passwords_[B]);
    std::swap(loaded_[A], loaded_[B]);
    updateFileLabels();
    updateChainControls();
    if (loaded_[A] && loaded_[B] && !busy_)
        startDiff();
    else if (!paths_[A].isEmpty() && !paths_[B].isEmpty())
        compare();
}

void DocumentComparePanel::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl& u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void DocumentComparePanel::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    if (files.size() >= 3) {
        // A chain, in the order dropped: the first compared with the last.
        setVersionChain(files, 0, static_cast<int>(files.size()) - 1);
    } else if (files.size() == 2) {
        clearVersionChain();
        setFile(A, files[0]);
        setFile(B, files[1]);
    } else {
        // One file: the side it was dropped on (left half A, right half B).
        setFile(event->position().x() < width() / 2.0 ? A : B, files[0]);
    }
    QSettings().setValue(QStringLiteral("documents/lastFolder"), QFileInfo(files.back()).absolutePath());
    if (!paths_[A].isEmpty() && !paths_[B].isEmpty())
        compare();
}

// ---- Version chains ------------------------------------------------------------------------------

namespace {

// The chain's list in the Versions dialog: reorders by dragging its rows and takes files dropped
// from outside (appended, or inserted where they are dropped).
class VersionList : public QListWidget
{
public:
    explicit VersionList(QWidget* parent) : QListWidget(parent)
    {
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setAcceptDrops(true);
    }

    void addPath(const QString& path, int row = -1)
    {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        auto* item = new QListWidgetItem(QFileInfo(absolute).fileName());
        item->setData(Qt::UserRole, absolute);
        item->setToolTip(absolute);
        if (row < 0 || row > count())
            row = count();
        insertItem(row, item);
        setCurrentItem(item);
    }

    QStringList paths() const
    {
        QStringList list;
        for (int i = 0; i < count(); ++i)
            list << item(i)->data(Qt::UserRole).toString();
        return list;
    }

protected:
    static bool hasFiles(const QMimeData* mime)
    {
        const QList<QUrl> urls = mime->urls();
        return std::any_of(urls.begin(), urls.end(), [](const QUrl& u) { return u.isLocalFile(); });
    }
    void dragEnterEvent(QDragEnterEvent* event) override
    {
        if (event->source() != this && hasFiles(event->mimeData()))
            event->acceptProposedAction();
        else
            QListWidget::dragEnterEvent(event);
    }
    void dragMoveEvent(QDragMoveEvent* event) override
    {
        if (event->source() != this && hasFiles(event->mimeData()))
            event->acceptProposedAction();
        else
            QListWidget::dragMoveEvent(event);
    }
    void dropEvent(QDropEvent* event) override
    {
        if (event->source() == this || !hasFiles(event->mimeData())) {
            QListWidget::dropEvent(event);
            return;
        }
        const QModelIndex at = indexAt(event->position().toPoint());
        int row = at.isValid() ? at.row() : count();
        for (const QUrl& url : event->mimeData()->urls())
            if (url.isLocalFile())
                addPath(url.toLocalFile(), row++);
        event->acceptProposedAction();
    }
};

} // namespace

void DocumentComparePanel::setVersionChain(const QStringList& paths, int from, int to)
{
    if (busy_)
        cancel();
    chain_.clear();
    middleIndices_.clear();
    middle_.clear();
    const int count = static_cast<int>(paths.size());
    if (count < 2 || from < 0 || to < 0 || from >= count || to >= count || from == to) {
        from = 0;
        to = count - 1;
    }
    setFile(A, paths.value(from));
    setFile(B, paths.value(to));
    if (count >= 3) {
        for (const QString& path : paths)
            chain_ << QFileInfo(path).absoluteFilePath();
        chainFrom_ = from;
        chainTo_ = to;
    }
    updateFileLabels();
    updateChainControls();
}

void DocumentComparePanel::compareChain(const QStringList& paths, int from, int to)
{
    setVersionChain(paths, from, to);
    compare();
}

void DocumentComparePanel::clearVersionChain()
{
    if (chain_.isEmpty())
        return;
    chain_.clear();
    middleIndices_.clear();
    middle_.clear();
    middleErrors_.clear();
    updateFileLabels();
    updateChainControls();
}

void DocumentComparePanel::setChainPair(int from, int to)
{
    const int count = static_cast<int>(chain_.size());
    if (!hasVersionChain() || from < 0 || to < 0 || from >= count || to >= count || from == to) {
        updateChainControls(); // back to the pair in force
        return;
    }
    if (from == chainFrom_ && to == chainTo_)
        return;
    setVersionChain(QStringList(chain_), from, to);
    compare();
}

void DocumentComparePanel::setVersionFilter(int version)
{
    const int index = versionFilter_->findData(version);
    versionFilter_->setCurrentIndex(std::max(0, index));
    applyFilterControls();
}

void DocumentComparePanel::updateMiddleIndices()
{
    middleIndices_.clear();
    if (!hasVersionChain())
        return;
    for (int v = std::min(chainFrom_, chainTo_) + 1; v < std::max(chainFrom_, chainTo_); ++v)
        middleIndices_.push_back(v);
}

void DocumentComparePanel::updateChainControls()
{
    const bool chain = hasVersionChain();
    chainBox_->setVisible(chain);
    versionFilter_->setVisible(chain);
    const auto label = [this](int v) {
        return QStringLiteral("v%1 · %2").arg(v + 1).arg(QFileInfo(chain_[v]).fileName());
    };
    {
        const QSignalBlocker b1(chainFromBox_), b2(chainToBox_), b3(versionFilter_);
        chainFromBox_->clear();
        chainToBox_->clear();
        for (int v = 0; v < static_cast<int>(chain_.size()); ++v) {
            chainFromBox_->addItem(label(v), v);
            chainToBox_->addItem(label(v), v);
        }
        if (chain) {
            chainFromBox_->setCurrentIndex(chainFrom_);
            chainToBox_->setCurrentIndex(chainTo_);
        }
        // The versions that can introduce a change: each step's later version, from A towards B.
        const int kept = versionFilter_->currentData().toInt();
        while (versionFilter_->count() > 1)
            versionFilter_->removeItem(1);
        if (chain) {
            const int step = chainFrom_ <= chainTo_ ? 1 : -1;
            for (int v = chainFrom_ + step;; v += step) {
                versionFilter_->addItem(label(v), v);
                if (v == chainTo_)
                    break;
            }
        }
        versionFilter_->setCurrentIndex(std::max(0, versionFilter_->findData(kept)));
    }
    model_->setVersionFilter(chain ? versionFilter_->currentData().toInt() : -1);
}

bool DocumentComparePanel::editVersions()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Version chain"));
    dialog.setObjectName(QStringLiteral("versionsDialog"));
    auto* intro = new QLabel(
        tr("The versions in order, earliest first (drag to reorder, or drop files here). Any two of them "
           "are compared; the versions between show which one introduced each change."),
        &dialog);
    intro->setWordWrap(true);
    auto* list = new VersionList(&dialog);
    list->setObjectName(QStringLiteral("versionList"));
    const QStringList initial = hasVersionChain() ? chain_ : QStringList{paths_[A], paths_[B]};
    for (const QString& path : initial)
        if (!path.isEmpty())
            list->addPath(path);
    auto* add = new QPushButton(tr("Add files…"), &dialog);
    auto* remove = new QPushButton(tr("Remove"), &dialog);
    auto* up = new QPushButton(tr("Up"), &dialog);
    auto* down = new QPushButton(tr("Down"), &dialog);
    connect(add, &QPushButton::clicked, &dialog, [&] {
        QSettings settings;
        const QStringList files = QFileDialog::getOpenFileNames(
            &dialog, tr("Add versions"), settings.value(QStringLiteral("documents/lastFolder")).toString(),
            tr("Documents (*.pdf *.docx *.txt *.md *.markdown *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;"
               "All files (*)"));
        if (files.isEmpty())
            return;
        settings.setValue(QStringLiteral("documents/lastFolder"), QFileInfo(files.back()).absolutePath());
        // After the selected version, or at the end.
        int row = list->currentRow() >= 0 ? list->currentRow() + 1 : list->count();
        for (const QString& file : files)
            list->addPath(file, row++);
    });
    connect(remove, &QPushButton::clicked, &dialog, [list] { delete list->takeItem(list->currentRow()); });
    const auto shift = [list](int by) {
        const int row = list->currentRow();
        const int target = row + by;
        if (row < 0 || target < 0 || target >= list->count())
            return;
        QListWidgetItem* item = list->takeItem(row);
        list->insertItem(target, item);
        list->setCurrentRow(target);
    };
    connect(up, &QPushButton::clicked, &dialog, [shift] { shift(-1); });
    connect(down, &QPushButton::clicked, &dialog, [shift] { shift(1); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* side = new QVBoxLayout;
    for (QPushButton* b : {add, remove, up, down})
        side->addWidget(b);
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(list, 1);
    middle->addLayout(side);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    dialog.resize(560, 360);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QStringList paths = list->paths();
    // The pair keeps its two files when they are still in the chain; otherwise first and last.
    int from = static_cast<int>(paths.indexOf(paths_[A]));
    int to = static_cast<int>(paths.indexOf(paths_[B]));
    if (from < 0 || to < 0 || from == to) {
        from = 0;
        to = static_cast<int>(paths.size()) - 1;
    }
    setVersionChain(paths, from, to);
    if (!paths_[A].isEmpty() && !paths_[B].isEmpty())
        compare();
    return true;
}

// ---- Comparing -----------------------------------------------------------------------------------

documents::DiffOptions DocumentComparePanel::diffOptions() const
{
    documents::DiffOptions o;
    o.ignoreWidth = ignoreWidthAction_->isChecked();
    o.ignoreCase = ignoreCaseAction_->isChecked();
    o.ignoreWhitespace = ignoreWhitespaceAction_->isChecked();
    o.detectMoves = detectMovesAction_->isChecked();
    return o;
}

void DocumentComparePanel::setDiffOptions(const documents::DiffOptions& options)
{
    const QSignalBlocker b1(ignoreWidthAction_), b2(ignoreCaseAction_), b3(ignoreWhitespaceAction_),
        b4(detectMovesAction_);
    ignoreWidthAction_->setChecked(options.ignoreWidth);
    ignoreCaseAction_->setChecked(options.ignoreCase);
    ignoreWhitespaceAction_->setChecked(options.ignoreWhitespace);
    detectMovesAction_->setChecked(options.detectMoves);
}

void DocumentComparePanel::compareFiles(const QString& a, const QString& b)
{
    clearVersionChain();
    setFile(A, a);
    setFile(B, b);
    compare();
}

void DocumentComparePanel::compare()
{
    if (paths_[A].isEmpty() || paths_[B].isEmpty()) {
        showError(tr("Choose two files to compare (Open A… and Open B…, or drop them on the panel)."));
        return;
    }
    if (job_) {
        job_->cancel = true;
        job_->stopPreliminary();
        stopVisual();
    }
    dropPreview(); // its snapshots belong to the comparison just replaced
    clearError();
    ++generation_;
    updateMiddleIndices();
    job_ = std::make_shared<Job>(slotCount());
    job_->clock.start();
    if (!hasVersionChain()) {
        // First results before both files are read: the pages read so far, compared as they come.
        const std::weak_ptr<Job> weakJob = job_;
        job_->preliminary = documents::PreliminaryComparison::create(
            diffOptions(), [weakJob](const documents::PreliminaryResult& found,
                                     std::shared_ptr<const Document> a, std::shared_ptr<const Document> b) {
                const std::shared_ptr<Job> job = weakJob.lock();
                if (!job || job->cancel)
                    return;
                const std::lock_guard lock(job->mutex);
                job->preview = Job::Preview{found.changes, std::move(a), std::move(b)};
            });
    }
    busy_ = true;
    visualRunning_ = false;
    loaded_ = {};
    loadErrors_ = {};
    middle_.assign(middleIndices_.size(), nullptr);
    middleErrors_.assign(middleIndices_.size(), QString());
    compareButton_->setEnabled(false);
    progressBox_->show();
    progressBar_->setValue(0);
    stageLabel_->setText(tr("Reading…"));
    // The previous comparison stays on screen until the new one has something to show. Every
    // version is read in parallel on the pool.
    for (int slot = 0; slot < slotCount(); ++slot)
        startLoad(slot);
    pullTimer_->start();
}

QString DocumentComparePanel::slotPath(int slot) const
{
    if (slot == A || slot == B)
        return paths_[slot];
    return chain_[middleIndices_[static_cast<std::size_t>(slot - 2)]];
}

QString DocumentComparePanel::slotLabel(int slot) const
{
    if (!hasVersionChain())
        return slot == A ? QStringLiteral("A") : QStringLiteral("B");
    const int version = slot == A   ? chainFrom_
                        : slot == B ? chainTo_
                                    : middleIndices_[static_cast<std::size_t>(slot - 2)];
    return QStringLiteral("v%1").arg(version + 1);
}

QString& DocumentComparePanel::slotPassword(int slot)
{
    if (slot == A || slot == B)
        return passwords_[slot];
    return middlePasswords_[slotPath(slot)];
}

bool DocumentComparePanel::allLoaded() const
{
    return loaded_[A] && loaded_[B] && middle_.size() == middleIndices_.size() &&
           std::all_of(middle_.begin(), middle_.end(), [](const auto& d) { return d != nullptr; });
}

void DocumentComparePanel::startLoad(int slot)
{
    documents::LoadOptions options;
    options.password = slotPassword(slot);
    options.ocrPagesWithoutText = ocrAction_->isChecked();
    const std::shared_ptr<Job> job = job_;
    const QString path = slotPath(slot);
    const quint64 generation = generation_;
    QPointer<DocumentComparePanel> self(this);
    const auto index = static_cast<std::size_t>(slot);
    job->loadDone[index] = false;
    if (job->preliminary && (slot == A || slot == B)) {
        options.partial = [job, slot, exclusions = template_](std::shared_ptr<const Document> snapshot) {
            if (!exclusions.isEmpty()) {
                auto copy = std::make_shared<Document>(*snapshot);
                documents::applyExclusions(*copy, exclusions);
                snapshot = std::move(copy);
            }
            job->preliminary->offer(slot, std::move(snapshot));
        };
    }
    QThreadPool::globalInstance()->start([self, job, slot, index, path, generation, options]() mutable {
        options.cancel = &job->cancel;
        options.progress = [job, index](double p) { job->loadProgress[index] = p; };
        if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            // The page count, for "page 12/300" while reading.
            docsrc::SourceError error;
            if (auto pdf =
                    docsrc::PdfSource::open(path.toStdString(), options.password.toStdString(), &error))
                job->pageCounts[index] = pdf->pageCount();
        }
        documents::LoadError error;
        std::optional<Document> document = documents::loadDocument(path, options, &error);
        std::shared_ptr<const Document> shared;
        if (document)
            shared = std::make_shared<const Document>(std::move(*document));
        QMetaObject::invokeMethod(
            self,
            [self, generation, slot, shared, error] {
                if (self)
                    self->onLoaded(generation, slot, shared, error);
            },
            Qt::QueuedConnection);
    });
}

void DocumentComparePanel::onLoaded(quint64 generation, int slot, std::shared_ptr<const Document> document,
                                    const documents::LoadError& error)
{
    if (generation != generation_ || !job_ || job_->cancel)
        return;
    using Kind = documents::LoadError::Kind;
    QString& loadError = slot == A || slot == B ? loadErrors_[static_cast<std::size_t>(slot)]
                                                : middleErrors_[static_cast<std::size_t>(slot - 2)];
    if (!document) {
        if (error.kind == Kind::NeedsPassword || error.kind == Kind::WrongPassword) {
            const QString name = QFileInfo(slotPath(slot)).fileName();
            bool ok = false;
            const QString password =
                QInputDialog::getText(this, tr("Password"),
                                      error.kind == Kind::WrongPassword
                                          ? tr("The password for %1 is not correct. Password:").arg(name)
                                          : tr("%1 is encrypted. Password:").arg(name),
                                      QLineEdit::Password, QString(), &ok);
            if (generation != generation_ || !job_ || job_->cancel)
                return;
            if (ok && !password.isEmpty()) {
                slotPassword(slot) = password;
                startLoad(slot);
                return;
            }
        }
        const QString name = QFileInfo(slotPath(slot)).fileName();
        loadError = error.message.isEmpty() ? tr("%1 could not be read.").arg(name) : error.message;
        if (!loadError.contains(name))
            loadError = QStringLiteral("%1: %2").arg(name, loadError);
        if (error.kind == Kind::NoTextLayer && !ocrAction_->isChecked())
            loadError += QLatin1Char(' ') + tr("Switch on OCR in Options to read scanned pages.");
    }
    if (slot == A || slot == B)
        loaded_[static_cast<std::size_t>(slot)] = document;
    else
        middle_[static_cast<std::size_t>(slot - 2)] = document;
    job_->loadDone[static_cast<std::size_t>(slot)] = true;
    if (std::find(job_->loadDone.begin(), job_->loadDone.end(), false) != job_->loadDone.end())
        return;
    job_->stopPreliminary();
    if (!allLoaded()) {
        dropPreview();
        QStringList messages;
        for (const QString& m : loadErrors_)
            if (!m.isEmpty())
                messages << m;
        for (const QString& m : middleErrors_)
            if (!m.isEmpty())
                messages << m;
        showError(messages.join(QLatin1Char('\n')));
        finishBusy();
        statusText_ = tr("Nothing was compared; the previous comparison (if any) is still shown.");
        updateSummary();
        Q_EMIT comparisonFinished(false);
        return;
    }
    showPreview(); // one that arrived since the last pull is still shown before the final result
    startDiff();
}

void DocumentComparePanel::startDiff()
{
    if (!allLoaded())
        return;
    if (!job_ || job_->diffing || job_->cancel) {
        // Options or zones changed after a comparison: a new job over the documents already read.
        if (job_) {
            job_->cancel = true;
            job_->stopPreliminary();
            stopVisual();
        }
        dropPreview();
        ++generation_;
        job_ = std::make_shared<Job>(slotCount());
        job_->clock.start();
        std::fill(job_->loadDone.begin(), job_->loadDone.end(), true);
    }
    busy_ = true;
    visualRunning_ = false;
    compareButton_->setEnabled(false);
    progressBox_->show();
    job_->diffing = true;
    result_.reset();
    if (!previewShown_) // else the preliminary changes stay until the final ones arrive
        model_->clear();
    viewHasDocuments_ = false;
    visualPages_ = 0;
    exportButton_->setEnabled(false);
    statusText_.clear();
    QStringList versionNames; // chains: every version's file name, for the Introduced column
    if (hasVersionChain())
        for (const QString& path : chain_)
            versionNames << QFileInfo(path).fileName();
    model_->setVersionNames(versionNames);
    table_->setColumnHidden(ChangeListModel::Introduced, versionNames.isEmpty());
    if (!versionNames.isEmpty()) {
        // Wide enough for the longest "v2 · contract-v2.pdf", within reason.
        const QFontMetrics metrics = table_->fontMetrics();
        int width = table_->horizontalHeader()->fontMetrics().horizontalAdvance(
            model_->headerData(ChangeListModel::Introduced, Qt::Horizontal, Qt::DisplayRole).toString());
        for (int v = 0; v < static_cast<int>(versionNames.size()); ++v)
            width = std::max(width, metrics.horizontalAdvance(model_->versionLabel(v)));
        table_->setColumnWidth(ChangeListModel::Introduced,
                               std::min(width + 16, 30 * metrics.horizontalAdvance(QLatin1Char('M'))));
    }
    updateDecisionEditor();

    const std::shared_ptr<Job> job = job_;
    const quint64 generation = generation_;
    const std::shared_ptr<const Document> loadedA = loaded_[A];
    const std::shared_ptr<const Document> loadedB = loaded_[B];
    // Chains: the versions from A to B in chain order (A first), and A's chain index, so the
    // versions introducing changes map back onto the whole chain.
    std::vector<std::shared_ptr<const Document>> between;
    int chainOffset = -1;
    if (hasVersionChain()) {
        const bool forward = chainFrom_ <= chainTo_;
        between = middle_;
        if (!forward)
            std::reverse(between.begin(), between.end());
        chainOffset = chainFrom_;
    }
    const int step = chainFrom_ <= chainTo_ ? 1 : -1;
    const documents::ExclusionTemplate exclusions = template_;
    const documents::DiffOptions options = diffOptions();
    const documents::PairKey pair{loadedA->file.sha256, loadedB->file.sha256};
    const QString dbPath = core().databasePath();
    QPointer<DocumentComparePanel> self(this);
    QThreadPool::globalInstance()->start([self, job, generation, loadedA, loadedB, between, chainOffset, step,
                                          exclusions, options, pair, dbPath]() mutable {
        std::shared_ptr<const Document> a = loadedA;
        std::shared_ptr<const Document> b = loadedB;
        if (!exclusions.isEmpty()) {
            const auto excluded = [&exclusions](const std::shared_ptr<const Document>& document) {
                auto copy = std::make_shared<Document>(*document);
                documents::applyExclusions(*copy, exclusions);
                return std::shared_ptr<const Document>(std::move(copy));
            };
            a = excluded(loadedA);
            b = excluded(loadedB);
            for (std::shared_ptr<const Document>& version : between)
                version = excluded(version);
        }
        {
            const std::lock_guard lock(job->mutex);
            job->comparedA = a;
            job->comparedB = b;
        }
        documents::DiffControl control;
        control.progress = [job](double p) { job->diffProgress = p; };
        control.partial = [job](const std::vector<Change>& found) {
            const std::lock_guard lock(job->mutex);
            job->partial.insert(job->partial.end(), found.begin(), found.end());
        };
        control.cancel = &job->cancel;
        std::shared_ptr<documents::DiffResult> result;
        if (chainOffset < 0) {
            result =
                std::make_shared<documents::DiffResult>(documents::diffDocuments(*a, *b, options, control));
        } else {
            std::vector<const Document*> versions{a.get()};
            for (const std::shared_ptr<const Document>& version : between)
                versions.push_back(version.get());
            versions.push_back(b.get());
            // The engine numbers the versions it was given; the list wants chain indices.
            const auto toChain = [chainOffset, step](std::vector<Change>& changes) {
                for (Change& c : changes)
                    if (c.introducedIn >= 0)
                        c.introducedIn = chainOffset + step * c.introducedIn;
            };
            documents::DiffControl chainControl = control;
            chainControl.partial = [job, toChain](const std::vector<Change>& found) {
                std::vector<Change> mapped = found;
                toChain(mapped);
                const std::lock_guard lock(job->mutex);
                job->partial.insert(job->partial.end(), mapped.begin(), mapped.end());
            };
            result = std::make_shared<documents::DiffResult>(documents::diffInChain(
                versions, 0, static_cast<int>(versions.size()) - 1, options, chainControl));
            toChain(result->changes);
        }
        std::map<int, ReviewDecision> decisions;
        QString dbError;
        if (!result->cancelled) {
            const QString connection = store::Database::uniqueConnectionName(QStringLiteral("docs-review"));
            {
                store::OpenResult opened =
                    store::Database::open(dbPath, connection, false, store::Database::Check::None);
                if (opened.ok())
                    decisions = documents::loadDecisions(opened.db, pair, result->changes);
                else
                    dbError = opened.error->message();
            }
            store::Database::close(connection);
        }
        QMetaObject::invokeMethod(
            self,
            [self, generation, result, decisions = std::move(decisions), dbError]() mutable {
                if (self)
                    self->onDiffFinished(generation, result, std::move(decisions), dbError);
            },
            Qt::QueuedConnection);
    });
}

void DocumentComparePanel::pullProgress()
{
    if (!job_)
        return;
    Job& job = *job_;
    std::vector<Change> found;
    std::shared_ptr<const Document> a, b;
    {
        const std::lock_guard lock(job.mutex);
        found.swap(job.partial);
        a = job.comparedA;
        b = job.comparedB;
    }
    if (visual_) {
        // Visual boxes found since the last pull.
        std::vector<std::pair<int, std::vector<QRectF>>> boxes;
        {
            const std::lock_guard lock(visual_->mutex);
            boxes.swap(visual_->boxes);
        }
        for (auto& [page, rects] : boxes) {
            if (!rects.empty())
                ++visualPages_;
            view_->setVisualBoxes(ComparisonView::A, page, rects);
        }
        if (visualRunning_) {
            const int total = std::max(1, visual_->total);
            progressBar_->setValue(visual_->done * 1000 / total);
            stageLabel_->setText(tr("Visual compare… page %1/%2").arg(visual_->done.load()).arg(total));
        }
        if (!boxes.empty())
            updateSummary();
    }
    if (!busy_)
        return;
    if (!job.diffing)
        showPreview();
    if (!viewHasDocuments_ && a && b) {
        shown_ = {a, b};
        view_->setDocuments(a, b, rendererOf(RasterSource::make(*a, passwords_[A])),
                            rendererOf(RasterSource::make(*b, passwords_[B])));
        viewHasDocuments_ = true;
        if (previewShown_) {
            // The snapshots' paragraphs are the first ones of the documents: the same positions.
            view_->setChanges(model_->changes());
            view_->setVisibleChanges(model_->visibility());
        }
        showZones();
        updateFileLabels();
    }
    if (job.diffing) {
        const double p = job.diffProgress;
        progressBar_->setValue(static_cast<int>(std::lround(p * 1000)));
        stageLabel_->setText(tr("Comparing… %1 %").arg(static_cast<int>(std::lround(p * 100))));
    } else {
        // One stage per file still being read (A, B and, for chains, the versions between).
        QStringList stages;
        double sum = 0;
        const int slotTotal = static_cast<int>(job.loadDone.size());
        for (int slot = 0; slot < slotTotal; ++slot) {
            const auto i = static_cast<std::size_t>(slot);
            const double p = job.loadDone[i] ? 1.0 : job.loadProgress[i].load();
            sum += p;
            if (!job.loadDone[i])
                stages << pageProgress(slotLabel(slot), p, job.pageCounts[i]);
        }
        progressBar_->setValue(static_cast<int>(std::lround(sum / std::max(1, slotTotal) * 1000)));
        stageLabel_->setText(stages.join(QStringLiteral(" · ")));
    }
    if (!found.empty() && viewHasDocuments_) {
        const bool first = model_->rowCount() == 0 || previewShown_;
        if (previewShown_) {
            // The final comparison's first changes replace the preliminary ones.
            previewShown_ = false;
            model_->setChanges(std::move(found));
        } else {
            model_->appendChanges(found);
        }
        view_->setChanges(model_->changes());
        view_->setVisibleChanges(model_->visibility());
        updateSummary();
        if (first && model_->rowCount() > 0 && currentChange() < 0)
            selectChange(model_->changeAt(0));
    } else if (!found.empty()) {
        // Documents not installed yet: keep the changes for the next pull.
        const std::lock_guard lock(job.mutex);
        job.partial.insert(job.partial.begin(), found.begin(), found.end());
    }
}

void DocumentComparePanel::onDiffFinished(quint64 generation, std::shared_ptr<documents::DiffResult> result,
                                          std::map<int, ReviewDecision> decisions, QString loadError)
{
    if (generation != generation_)
        return;
    {
        // Documents for the view, in case the diff finished before the first pull.
        const std::lock_guard lock(job_->mutex);
        job_->partial.clear();
    }
    pullProgress();
    if (result->cancelled) {
        finishBusy();
        statusText_ = tr("Comparison cancelled.");
        updateSummary();
        Q_EMIT comparisonFinished(false);
        return;
    }
    const int previous = previewShown_ ? -1 : currentChange();
    previewShown_ = false;
    result_ = std::move(result);
    model_->setChanges(result_->changes);
    model_->setDecisions(std::move(decisions));
    view_->setChanges(result_->changes);
    view_->setVisibleChanges(model_->visibility());
    if (!loadError.isEmpty())
        showError(tr("Earlier decisions could not be read: %1").arg(loadError));
    statusText_ = tr("Compared in %1 s").arg(QLocale().toString(job_->clock.elapsed() / 1000.0, 'f', 2));
    finishBusy();
    exportButton_->setEnabled(true);
    updateFileLabels();
    updateSummary();
    const int keep = previous >= 0 && model_->rowOf(previous) >= 0 ? previous : model_->changeAt(0);
    if (keep >= 0)
        selectChange(keep);
    updateDecisionEditor();
    Q_EMIT comparisonFinished(true);
    if (visualButton_->isChecked())
        startVisualCompare();
}

void DocumentComparePanel::cancel()
{
    if (job_) {
        job_->cancel = true;
        job_->stopPreliminary();
        stopVisual();
    }
    dropPreview();
    if (busy_) {
        ++generation_; // late results of the cancelled run are dropped
        finishBusy();
        statusText_ = tr("Comparison cancelled.");
        Q_EMIT comparisonFinished(false);
    }
    progressBox_->hide();
    pullTimer_->stop();
    updateSummary();
}

void DocumentComparePanel::finishBusy()
{
    busy_ = false;
    pullTimer_->stop();
    progressBox_->hide();
    compareButton_->setEnabled(true);
}

void DocumentComparePanel::showPreview()
{
    std::optional<Job::Preview> preview;
    {
        const std::lock_guard lock(job_->mutex);
        preview.swap(job_->preview);
    }
    if (!preview || job_->cancel)
        return;
    const bool first = !previewShown_;
    previewShown_ = true;
    previewPages_ = {preview->a->pageCount(), preview->b->pageCount()};
    result_.reset(); // the previous comparison is no longer what the list shows
    exportButton_->setEnabled(false);
    shown_ = {preview->a, preview->b};
    view_->setDocuments(preview->a, preview->b, rendererOf(RasterSource::make(*preview->a, passwords_[A])),
                        rendererOf(RasterSource::make(*preview->b, passwords_[B])));
    const int count = static_cast<int>(preview->changes.size());
    model_->setChanges(std::move(preview->changes));
    view_->setChanges(model_->changes());
    view_->setVisibleChanges(model_->visibility());
    updateSummary();
    if (first && model_->rowCount() > 0)
        selectChange(model_->changeAt(0));
    updateDecisionEditor();
    Q_EMIT preliminaryResults(count, previewPages_[A], previewPages_[B]);
}

void DocumentComparePanel::dropPreview()
{
    if (!previewShown_)
        return;
    previewShown_ = false;
    model_->clear();
    view_->setChanges({});
}

void DocumentComparePanel::showError(const QString& message)
{
    errorText_ = message;
    errorLabel_->setText(message);
    errorLabel_->setVisible(!message.isEmpty());
}

void DocumentComparePanel::clearError()
{
    showError(QString());
}

QString DocumentComparePanel::errorText() const
{
    return errorText_;
}

QString DocumentComparePanel::summaryText() const
{
    return summaryLabel_->text();
}

void DocumentComparePanel::updateSummary()
{
    const std::vector<Change>& changes = model_->changes();
    if (changes.empty() && !result_) {
        summaryLabel_->setText(statusText_.isEmpty() ? (busy_ ? QString() : tr("No comparison yet."))
                                                     : statusText_);
        return;
    }
    std::map<ChangeType, int> counts;
    int material = 0;
    for (const Change& c : changes) {
        ++counts[c.type];
        material += c.material ? 1 : 0;
    }
    QStringList parts;
    if (changes.empty())
        parts << tr("No differences");
    else
        parts << tr("%n change(s)", nullptr, static_cast<int>(changes.size()));
    QStringList types;
    for (const ChangeType t : kAllTypes)
        if (counts[t] > 0)
            types << QStringLiteral("%1 %2").arg(documents::changeTypeLabel(t)).arg(counts[t]);
    if (!types.isEmpty())
        parts << types.join(QStringLiteral(", "));
    if (material > 0)
        parts << tr("%n material", nullptr, material);
    if (result_) {
        int decided = 0;
        for (const auto& [index, d] : model_->decisions())
            decided += d.decision != Decision::Open ? 1 : 0;
        parts << tr("%1 of %2 decided").arg(decided).arg(changes.size());
    }
    if (visualButton_->isChecked() && (visualPages_ > 0 || (!visualRunning_ && result_)))
        parts << tr("%n page(s) with visual differences", nullptr, visualPages_);
    if (busy_ && previewShown_)
        parts << tr("Preliminary: pages 1–%1 of A and 1–%2 of B compared…")
                     .arg(previewPages_[A])
                     .arg(previewPages_[B]);
    else if (busy_)
        parts << tr("so far");
    else if (!statusText_.isEmpty())
        parts << statusText_;
    summaryLabel_->setText(parts.join(QStringLiteral(" · ")));
}

// ---- The change list -----------------------------------------------------------------------------

int DocumentComparePanel::currentChange() const
{
    const QModelIndex index = table_->currentIndex();
    return index.isValid() ? model_->changeAt(index.row()) : -1;
}

void DocumentComparePanel::selectChange(int changeIndex)
{
    int row = model_->rowOf(changeIndex);
    if (row < 0 && changeIndex >= 0 && changeIndex < static_cast<int>(model_->changes().size())) {
        // Clicked in the view but filtered out of the list: show every change again.
        setFilter({});
        row = model_->rowOf(changeIndex);
    }
    if (row < 0)
        return;
    const QModelIndex index = model_->index(row, 0);
    table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    table_->scrollTo(index);
}

void DocumentComparePanel::nextChange()
{
    if (model_->rowCount() == 0)
        return;
    const QModelIndex current = table_->currentIndex();
    const int row = current.isValid() ? std::min(current.row() + 1, model_->rowCount() - 1) : 0;
    selectChange(model_->changeAt(row));
}

void DocumentComparePanel::previousChange()
{
    if (model_->rowCount() == 0)
        return;
    const QModelIndex current = table_->currentIndex();
    const int row = current.isValid() ? std::max(current.row() - 1, 0) : 0;
    selectChange(model_->changeAt(row));
}

void DocumentComparePanel::setFilter(const ChangeListModel::Filter& filter)
{
    {
        const QSignalBlocker b1(typeFilter_), b2(materialFilter_), b3(decisionFilter_);
        typeFilter_->setCurrentIndex(
            filter.type ? std::max(0, typeFilter_->findData(static_cast<int>(*filter.type))) : 0);
        materialFilter_->setChecked(filter.materialOnly);
        decisionFilter_->setCurrentIndex(
            filter.decision ? std::max(0, decisionFilter_->findData(static_cast<int>(*filter.decision))) : 0);
    }
    applyFilterControls();
}

void DocumentComparePanel::applyFilterControls()
{
    const int keep = currentChange();
    ChangeListModel::Filter filter;
    if (const int t = typeFilter_->currentData().toInt(); t >= 0)
        filter.type = static_cast<ChangeType>(t);
    filter.materialOnly = materialFilter_->isChecked();
    if (const int d = decisionFilter_->currentData().toInt(); d >= 0)
        filter.decision = static_cast<Decision>(d);
    model_->setFilter(filter);
    model_->setVersionFilter(hasVersionChain() ? versionFilter_->currentData().toInt() : -1);
    view_->setVisibleChanges(model_->visibility());
    if (keep >= 0 && model_->rowOf(keep) >= 0)
        selectChange(keep);
    else if (model_->rowCount() > 0)
        selectChange(model_->changeAt(0));
    updateDecisionEditor();
}

void DocumentComparePanel::onCurrentRowChanged()
{
    const int change = currentChange();
    if (change >= 0)
        view_->showChange(change);
    updateDecisionEditor();
}

void DocumentComparePanel::updateDecisionEditor()
{
    const int change = currentChange();
    const bool editable = change >= 0 && result_ && !busy_;
    for (QWidget* w :
         std::initializer_list<QWidget*>{acceptButton_, questionButton_, rejectButton_, commentEdit_})
        w->setEnabled(editable);
    const ReviewDecision* d = change >= 0 ? model_->decision(change) : nullptr;
    const Decision decision = d ? d->decision : Decision::Open;
    acceptButton_->setChecked(decision == Decision::Accepted);
    questionButton_->setChecked(decision == Decision::Question);
    rejectButton_->setChecked(decision == Decision::Rejected);
    if (!commentEdit_->hasFocus() || !editable)
        commentEdit_->setText(d ? d->comment : QString());
    carriedLabel_->setVisible(d && d->carriedOver);
    decisionTitle_->setText(change >= 0 ? tr("Change %1:").arg(change + 1) : tr("No change selected"));
}

documents::PairKey DocumentComparePanel::pairKey() const
{
    if (!shown_[A] || !shown_[B])
        return {};
    return {shown_[A]->file.sha256, shown_[B]->file.sha256};
}

void DocumentComparePanel::decide(Decision decision)
{
    saveCurrentDecision(decision, std::nullopt);
}

void DocumentComparePanel::setComment(const QString& comment)
{
    saveCurrentDecision(std::nullopt, comment);
}

void DocumentComparePanel::saveCurrentDecision(std::optional<Decision> decision,
                                               std::optional<QString> comment)
{
    const int change = currentChange();
    if (change < 0 || !result_ || busy_ || !shown_[A] || !shown_[B])
        return;
    const Change& c = model_->changes()[static_cast<std::size_t>(change)];
    const ReviewDecision* existing = model_->decision(change);
    ReviewDecision d = documents::decisionFor(
        c, decision ? *decision : (existing ? existing->decision : Decision::Open),
        // Never a null string: the store keeps "no comment" as an empty text.
        comment ? *comment : (existing ? existing->comment : QString()), reviewerName());
    if (d.comment.isNull())
        d.comment = QLatin1String("");
    d.carriedOver = false; // confirmed by this reviewer on this pair
    model_->setDecision(change, d);
    documents::saveDecision(core().writer(), pairKey(), shown_[A]->file, shown_[B]->file, d);
    if (model_->rowOf(change) >= 0)
        selectChange(change);
    updateDecisionEditor();
    updateSummary();
}

QString DocumentComparePanel::reviewerName() const
{
    const QString configured = QSettings().value(QStringLiteral("documents/reviewer")).toString().trimmed();
    return configured.isEmpty() ? audit::currentUser() : configured;
}

// ---- Exclusion zones -----------------------------------------------------------------------------

void DocumentComparePanel::reloadTemplates()
{
    if (templates_.empty())
        templates_ = documents::loadExclusionTemplates(core().readDatabase());
    const QSignalBlocker block(templateBox_);
    templateBox_->clear();
    templateBox_->addItem(tr("No template"), QString());
    for (const documents::ExclusionTemplate& t : templates_)
        templateBox_->addItem(t.name, t.name);
    if (!template_.name.isEmpty() && templateBox_->findData(template_.name) < 0)
        templateBox_->addItem(template_.name, template_.name);
    templateBox_->setCurrentIndex(std::max(0, templateBox_->findData(template_.name)));
    deleteTemplateAction_->setEnabled(!template_.name.isEmpty());
}

void DocumentComparePanel::useExclusionTemplate(const QString& name)
{
    if (name == template_.name)
        return;
    template_ = {};
    for (const documents::ExclusionTemplate& t : templates_)
        if (t.name == name)
            template_ = t;
    reloadTemplates();
    showZones();
    if (loaded_[A] && loaded_[B] && !busy_)
        startDiff();
}

void DocumentComparePanel::setZoneEditing(bool on)
{
    if (zonesButton_->isChecked() != on) {
        const QSignalBlocker block(zonesButton_);
        zonesButton_->setChecked(on);
    }
    view_->setZoneEditing(on);
}

void DocumentComparePanel::setZoneOnEveryPage(bool on)
{
    allPagesCheck_->setChecked(on);
}

void DocumentComparePanel::showZones()
{
    std::vector<std::pair<int, QRectF>> zones;
    for (const documents::ExclusionZone& z : template_.zones)
        zones.emplace_back(z.page, z.rect);
    view_->setZones(ComparisonView::A, zones);
    view_->setZones(ComparisonView::B, zones);
}

void DocumentComparePanel::addZone(int side, int page, const QRectF& relativeRect)
{
    Q_UNUSED(side) // a template applies to both versions of a document type
    if (template_.name.isEmpty())
        template_.name = tr("Zones %1").arg(QDate::currentDate().toString(Qt::ISODate));
    documents::ExclusionZone zone;
    zone.name = tr("Zone %1").arg(template_.zones.size() + 1);
    zone.page = allPagesCheck_->isChecked() ? 0 : page;
    zone.rect = relativeRect.normalized().intersected(QRectF(0, 0, 1, 1));
    if (zone.rect.isEmpty())
        return;
    template_.zones.push_back(zone);
    documents::saveExclusionTemplate(core().writer(), template_);
    auto it =
        std::find_if(templates_.begin(), templates_.end(),
                     [this](const documents::ExclusionTemplate& t) { return t.name == template_.name; });
    if (it == templates_.end())
        templates_.push_back(template_);
    else
        *it = template_;
    reloadTemplates();
    showZones();
    if (loaded_[A] && loaded_[B])
        startDiff();
}

void DocumentComparePanel::saveTemplate()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save exclusion template"), tr("Document type (template name):"),
                              QLineEdit::Normal, template_.name, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    documents::ExclusionTemplate copy = template_;
    copy.name = name;
    documents::saveExclusionTemplate(core().writer(), copy);
    std::erase_if(templates_, [&](const documents::ExclusionTemplate& t) { return t.name == name; });
    templates_.push_back(copy);
    template_ = copy;
    reloadTemplates();
}

void DocumentComparePanel::deleteTemplate()
{
    if (template_.name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete exclusion template"),
                              tr("Delete the exclusion template “%1”?").arg(template_.name)) !=
        QMessageBox::Yes)
        return;
    documents::deleteExclusionTemplate(core().writer(), template_.name);
    std::erase_if(templates_,
                  [this](const documents::ExclusionTemplate& t) { return t.name == template_.name; });
    useExclusionTemplate(QString());
}

// ---- Visual compare ------------------------------------------------------------------------------

void DocumentComparePanel::setVisualCompare(bool on)
{
    if (visualButton_->isChecked() != on) {
        const QSignalBlocker block(visualButton_);
        visualButton_->setChecked(on);
    }
    if (!on) {
        stopVisual();
        if (!busy_)
            progressBox_->hide();
        updateSummary();
        return;
    }
    if (result_ && !busy_)
        startVisualCompare();
}

void DocumentComparePanel::stopVisual()
{
    if (visual_)
        visual_->cancel = true;
    visual_.reset();
    visualRunning_ = false;
}

void DocumentComparePanel::startVisualCompare()
{
    if (!result_ || !shown_[A] || !shown_[B])
        return;
    stopVisual();
    auto sourceA = RasterSource::make(*shown_[A], passwords_[A]);
    auto sourceB = RasterSource::make(*shown_[B], passwords_[B]);
    if (!sourceA || !sourceB) {
        statusText_ = tr("Visual compare needs two PDFs or images.");
        updateSummary();
        Q_EMIT visualCompareFinished(0);
        return;
    }
    visual_ = std::make_shared<VisualRun>();
    visual_->total = shown_[A]->pageCount();
    visualPages_ = 0;
    visualRunning_ = true;
    progressBox_->show();
    pullTimer_->start();
    const std::shared_ptr<VisualRun> run = visual_;
    const std::shared_ptr<const Document> a = shown_[A];
    const std::shared_ptr<const Document> b = shown_[B];
    const std::shared_ptr<const documents::DiffResult> result = result_;
    QPointer<DocumentComparePanel> self(this);
    QThreadPool::globalInstance()->start([self, run, a, b, result, sourceA, sourceB] {
        const std::vector<int> pairs = pairPages(*a, *b, result->changes);
        int withDifferences = 0;
        for (int page = 1; page <= static_cast<int>(pairs.size()) && !run->cancel; ++page) {
            const int bPage = pairs[static_cast<std::size_t>(page - 1)];
            std::vector<QRectF> rects;
            if (bPage > 0) {
                const docsrc::Raster ra = sourceA->raster(page, kVisualDpi, true);
                const docsrc::Raster rb = sourceB->raster(bPage, kVisualDpi, true);
                if (!ra.empty() && !rb.empty()) {
                    const docsrc::VisualDiff diff = docsrc::compareRasters(ra, rb);
                    for (const docsrc::Box& box : diff.boxesA)
                        rects.emplace_back(QPointF(box.x0, box.y0), QPointF(box.x1, box.y1));
                }
            }
            withDifferences += rects.empty() ? 0 : 1;
            {
                const std::lock_guard lock(run->mutex);
                run->boxes.emplace_back(page, std::move(rects));
            }
            ++run->done;
        }
        QMetaObject::invokeMethod(
            self,
            [self, run, withDifferences] {
                if (!self || self->visual_ != run || run->cancel)
                    return;
                self->pullProgress();
                self->visualRunning_ = false;
                if (!self->busy_) {
                    self->pullTimer_->stop();
                    self->progressBox_->hide();
                }
                self->updateSummary();
                Q_EMIT self->visualCompareFinished(withDifferences);
            },
            Qt::QueuedConnection);
    });
}

// ---- Report --------------------------------------------------------------------------------------

void DocumentComparePanel::chooseExportFile()
{
    if (!result_)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("documents/lastFolder")).toString();
    const QString base =
        shown_[B] ? QFileInfo(shown_[B]->file.fileName).completeBaseName() : QStringLiteral("report");
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export comparison report"), QDir(folder).filePath(base + QStringLiteral("-redline.pdf")),
        tr("PDF report (*.pdf);;HTML report (*.html)"), &selected);
    if (path.isEmpty())
        return;
    exportReport(path);
}

void DocumentComparePanel::exportReport(const QString& path)
{
    if (!result_ || !shown_[A] || !shown_[B]) {
        Q_EMIT reportExported(false, tr("Compare two files before exporting a report."));
        return;
    }
    documents::ReportInput input;
    input.a = shown_[A]->file;
    input.b = shown_[B]->file;
    input.decisions = model_->decisions();
    input.versionNames = model_->versionNames();
    input.reviewer = reviewerName();
    input.generatedAt = QDateTime::currentDateTimeUtc();
    const std::shared_ptr<const documents::DiffResult> result = result_;
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    QPointer<DocumentComparePanel> self(this);
    QThreadPool::globalInstance()->start([self, input, result, path, pdf]() mutable {
        input.result = result.get();
        QString error;
        bool ok = false;
        if (pdf) {
            ok = writeReportPdf(input, path, &error);
        } else {
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(documents::reportHtml(input).toUtf8());
                ok = file.commit();
            }
            if (!ok)
                error = file.errorString();
        }
        const QString detail =
            QStringLiteral("A %1 sha256=%2; B %3 sha256=%4; %5 changes, %6 decided")
                .arg(input.a.fileName, input.a.sha256Hex(), input.b.fileName, input.b.sha256Hex())
                .arg(result->changes.size())
                .arg(input.decisions.size());
        QMetaObject::invokeMethod(
            self,
            [self, ok, error, path, detail] {
                if (!self)
                    return;
                self->core().audit().record(QStringLiteral("docs.report"), QFileInfo(path).absoluteFilePath(),
                                            ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                                            ok ? detail : detail + QStringLiteral("; ") + error);
                if (ok)
                    self->statusText_ = tr("Report written to %1").arg(QFileInfo(path).fileName());
                else
                    self->showError(tr("The report could not be written to %1: %2").arg(path, error));
                self->updateSummary();
                Q_EMIT self->reportExported(ok, ok ? path : error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace ws::widgets
