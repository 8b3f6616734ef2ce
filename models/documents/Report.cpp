#include "documents/Report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <cstdlib>

namespace ws::documents {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::documents", text); // lupdate files free-function tr() here
}

// The two renditions share the content and differ in markup: a browser gets classes and CSS, the
// QTextDocument that lays out the PDF gets the tags and attributes it understands.
enum class Flavour { Browser, TextDocument };

const QString kDeletedColour = QStringLiteral("#b00020");
const QString kInsertedColour = QStringLiteral("#1b7f3b");
const QString kMutedColour = QStringLiteral("#666666");

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

QString displayTime(const QDateTime& when)
{
    if (!when.isValid())
        return QStringLiteral("—");
    const QDateTime local = when.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString zone = offset == 0 ? QStringLiteral("UTC")
                                     : QStringLiteral("UTC%1%2:%3")
                                           .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                           .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                           .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + zone;
}

QString sizeText(qint64 bytes)
{
    const QString exact = tr("%1 bytes").arg(QLocale::c().toString(bytes));
    if (bytes < 1024 * 1024)
        return exact;
    return QStringLiteral("%1 MB (%2)")
        .arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1)
        .arg(exact);
}

QString pageText(int page)
{
    return page > 0 ? QString::number(page) : QStringLiteral("—");
}

class Builder
{
public:
    Builder(const ReportInput& input, Flavour flavour) : in_(input), flavour_(flavour) {}

    QString body() const
    {
        QString html;
        html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(tr("Document comparison report")));
        html += filesSection();
        html += summarySection();
        html += changesSection();
        return html;
    }

private:
    bool browser() const { return flavour_ == Flavour::Browser; }

    QString tableOpen(const QString& cssClass) const
    {
        return browser() ? QStringLiteral("<table class=\"%1\">").arg(cssClass)
                         : QStringLiteral(
                               "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    }

    QString deleted(const QString& text) const
    {
        if (text.isEmpty())
            return {};
        return browser()
                   ? QStringLiteral("<del>%1</del>").arg(escaped(text))
                   : QStringLiteral("<font color=\"%1\"><s>%2</s></font>").arg(kDeletedColour, escaped(text));
    }

    QString inserted(const QString& text) const
    {
        if (text.isEmpty())
            return {};
        return browser() ? QStringLiteral("<ins>%1</ins>").arg(escaped(text))
                         : QStringLiteral("<font color=\"%1\"><u>%2</u></font>")
                               .arg(kInsertedColour, escaped(text));
    }

    QString muted(const QString& text) const
    {
        return browser() ? QStringLiteral("<span class=\"muted\">%1</span>").arg(escaped(text))
                         : QStringLiteral("<font color=\"%1\">%2</font>").arg(kMutedColour, escaped(text));
    }

    // Where an insertion (on A) or a deletion (on B) happened: a caret between the context halves.
    QString gapMark() const
    {
        return browser() ? QStringLiteral("<span class=\"gap\">‸</span>")
                         : QStringLiteral("<font color=\"%1\">‸</font>").arg(kMutedColour);
    }

    QString side(const QString& context, const QString& text, int offset, bool isA) const
    {
        const ContextSides parts = contextSides(context, text, offset);
        const QString marked = text.isEmpty() ? gapMark() : (isA ? deleted(text) : inserted(text));
        if (parts.textInside)
            return escaped(parts.before) + marked + escaped(parts.after);
        // A context that does not hold the text (a long moved block): the context, then the text.
        return escaped(parts.before) + QStringLiteral("<br>") + marked;
    }

    QString filesSection() const
    {
        QString html = QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Compared files")));
        html += tableOpen(QStringLiteral("files"));
        html += QStringLiteral("<tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                    .arg(escaped(tr("File")), escaped(tr("Size")), escaped(tr("SHA-256")));
        const auto row = [&](const QString& label, const FileInfo& file) {
            return QStringLiteral(
                       "<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td><code>%4</code></td></tr>\n")
                .arg(escaped(label), escaped(file.fileName.isEmpty() ? file.path : file.fileName),
                     escaped(sizeText(file.size)), file.sha256Hex());
        };
        html += row(tr("A (earlier)"), in_.a);
        html += row(tr("B (later)"), in_.b);
        html += QStringLiteral("</table>\n");
        if (in_.versionNames.size() > 2) {
            QStringList chain;
            for (int v = 0; v < in_.versionNames.size(); ++v)
                chain << QStringLiteral("v%1 %2").arg(v + 1).arg(in_.versionNames[v]);
            html += QStringLiteral("<p><b>%1</b> %2</p>\n")
                        .arg(escaped(tr("Version chain:")), escaped(chain.join(QStringLiteral(" → "))));
        }

        const QStringList normalisations =
            in_.result ? in_.result->options.enabledNames() : DiffOptions().enabledNames();
        html += QStringLiteral("<p>");
        html += QStringLiteral("<b>%1</b> %2<br>\n")
                    .arg(escaped(tr("Generated:")), escaped(displayTime(in_.generatedAt)));
        html += QStringLiteral("<b>%1</b> %2<br>\n").arg(escaped(tr("Reviewer:")), escaped(in_.reviewer));
        html += QStringLiteral("<b>%1</b> %2\n")
                    .arg(escaped(tr("Normalisations on:")),
                         escaped(normalisations.isEmpty() ? tr("none")
                                                          : normalisations.join(QStringLiteral(", "))));
        html += QStringLiteral("</p>\n");
        return html;
    }

    QString summarySection() const
    {
        QString html = QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Summary")));
        const DiffSummary s = in_.result ? in_.result->summary : DiffSummary{};
        int decided = 0;
        for (const auto& [index, decision] : in_.decisions)
            if (decision.decision != Decision::Open)
                ++decided;
        html += tableOpen(QStringLiteral("summary"));
        const auto row = [&](const QString& label, int count) {
            return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>\n")
                .arg(escaped(label))
                .arg(count);
        };
        html += row(changeTypeLabel(ChangeType::Insert), s.inserts);
        html += row(changeTypeLabel(ChangeType::Delete), s.deletes);
        html += row(changeTypeLabel(ChangeType::Replace), s.replaces);
        html += row(changeTypeLabel(ChangeType::Move), s.moves);
        html += row(changeTypeLabel(ChangeType::Punctuation), s.punctuation);
        html += row(tr("All changes"), s.total());
        html += row(tr("Material changes"), s.material);
        html += row(tr("Changes with a decision"), decided);
        html += QStringLiteral("</table>\n");
        if (in_.result && in_.result->cancelled)
            html += QStringLiteral("<p><b>%1</b></p>\n")
                        .arg(escaped(tr("The comparison was cancelled: the list below is incomplete.")));
        return html;
    }

    QString decisionText(int index) const
    {
        const auto it = in_.decisions.find(index);
        if (it == in_.decisions.end())
            return escaped(decisionLabel(Decision::Open));
        const ReviewDecision& d = it->second;
        QString html = QStringLiteral("<b>%1</b>").arg(escaped(decisionLabel(d.decision)));
        if (!d.comment.isEmpty())
            html += QStringLiteral(" — ") + escaped(d.comment);
        QStringList who;
        if (!d.reviewer.isEmpty())
            who << d.reviewer;
        if (d.decidedAt.isValid())
            who << displayTime(d.decidedAt);
        if (!who.isEmpty())
            html += QStringLiteral(" ") +
                    muted(QStringLiteral("(") + who.join(QStringLiteral(", ")) + QStringLiteral(")"));
        if (d.carriedOver)
            html +=
                QStringLiteral(" ") + muted(tr("carried over from the comparison with an earlier version"));
        return html;
    }

    QString innerEditsText(const Change& change) const
    {
        QStringList items;
        for (const InnerEdit& edit : change.innerEdits) {
            QString item = escaped(changeTypeLabel(edit.type)) + QStringLiteral(": ");
            if (!edit.aText.isEmpty())
                item += deleted(edit.aText);
            if (!edit.aText.isEmpty() && !edit.bText.isEmpty())
                item += QStringLiteral(" → ");
            if (!edit.bText.isEmpty())
                item += inserted(edit.bText);
            if (edit.material)
                item += QStringLiteral(" ") + muted(tr("(material)"));
            items << item;
        }
        return items.join(QStringLiteral("<br>"));
    }

    QString changeBlock(const Change& change, int number) const
    {
        QString heading = QStringLiteral("%1 %2 · %3")
                              .arg(escaped(tr("Change")))
                              .arg(number)
                              .arg(escaped(changeTypeLabel(change.type)));
        if (change.material) {
            QStringList kinds;
            for (const QString& kind : change.materialKinds)
                kinds << materialKindLabel(kind);
            const QString label =
                kinds.isEmpty() ? tr("material") : tr("material: %1").arg(kinds.join(QStringLiteral(", ")));
            heading += QStringLiteral(" · ") +
                       (browser() ? QStringLiteral("<span class=\"material\">%1</span>").arg(escaped(label))
                                  : QStringLiteral("<font color=\"%1\"><b>%2</b></font>")
                                        .arg(kDeletedColour, escaped(label)));
        }
        QString html = QStringLiteral("<h3>%1</h3>\n").arg(heading);
        const QString aLabel = tr("A, page %1").arg(pageText(change.aPage));
        const QString bLabel = tr("B, page %1").arg(pageText(change.bPage));
        const QString aSide = side(change.aContext, change.aText, change.a.begin.offset, true);
        const QString bSide = side(change.bContext, change.bText, change.b.begin.offset, false);
        if (browser()) {
            html += tableOpen(QStringLiteral("change"));
            html += QStringLiteral("<tr><th width=\"50%\">%1</th><th width=\"50%\">%2</th></tr>\n")
                        .arg(escaped(aLabel), escaped(bLabel));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n</table>\n").arg(aSide, bSide);
        } else {
            // Paragraphs, not a table: QTextDocument moves a table row that does not fit to the next
            // page but leaves its empty frame behind; lines of a paragraph paginate cleanly.
            html += QStringLiteral("<p><b>%1:</b> %2</p>\n<p><b>%3:</b> %4</p>\n")
                        .arg(escaped(aLabel), aSide, escaped(bLabel), bSide);
        }
        QStringList notes;
        if (change.type == ChangeType::Move && !change.innerEdits.empty())
            notes << QStringLiteral("<b>%1</b><br>%2")
                         .arg(escaped(tr("Edits inside the moved block:")), innerEditsText(change));
        if (change.introducedIn >= 0 && change.introducedIn < in_.versionNames.size())
            notes << escaped(tr("Introduced in version v%1 (%2)")
                                 .arg(change.introducedIn + 1)
                                 .arg(in_.versionNames[change.introducedIn]));
        else if (change.introducedIn >= 0)
            notes << escaped(tr("Introduced in version v%1").arg(change.introducedIn + 1));
        notes << QStringLiteral("%1 %2").arg(escaped(tr("Decision:")), decisionText(change.index));
        html += QStringLiteral("<p>%1</p>\n").arg(notes.join(QStringLiteral("<br>")));
        return html;
    }

    QString changesSection() const
    {
        QString html = QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Changes")));
        if (!in_.result || in_.result->changes.empty()) {
            html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("The documents compare as identical.")));
            return html;
        }
        int number = 0;
        for (const Change& change : in_.result->changes)
            html += browser() ? QStringLiteral("<section class=\"change\">%1</section>\n")
                                    .arg(changeBlock(change, ++number))
                              : changeBlock(change, ++number);
        return html;
    }

    const ReportInput& in_;
    Flavour flavour_;
};

const char* const kStyle = R"(
body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.5em; } h3 { font-size: 1em; margin: 1.2em 0 0.3em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; text-align: left; }
table.summary { width: auto; } table.summary td + td { text-align: right; }
code { font-size: 0.9em; word-break: break-all; }
del { color: #b00020; text-decoration: line-through; background: #fde7ea; }
ins { color: #1b7f3b; text-decoration: underline; background: #e4f5e9; }
.muted, .gap { color: #666; } .material { color: #b00020; font-weight: bold; }
section.change { break-inside: avoid; }
.watermark { position: fixed; top: -50%; left: -50%; width: 200%; height: 200%; display: flex; flex-wrap: wrap;
  align-content: flex-start; gap: 90px 140px; transform: rotate(-30deg); opacity: 0.13; color: #333;
  font-size: 22px; white-space: nowrap; pointer-events: none; user-select: none; z-index: 1000; overflow: hidden; }
@media print { body { margin: 0; } }
)";

// Enough copies to cover a large screen (or a printed page, where a fixed element repeats on each).
constexpr int kWatermarkCopies = 240;

} // namespace

QString changeTypeLabel(ChangeType type)
{
    switch (type) {
    case ChangeType::Insert:
        return tr("Inserted");
    case ChangeType::Delete:
        return tr("Deleted");
    case ChangeType::Replace:
        return tr("Replaced");
    case ChangeType::Move:
        return tr("Moved");
    case ChangeType::Punctuation:
        return tr("Punctuation");
    }
    return {};
}

QString materialKindLabel(const QString& kind)
{
    if (kind == QLatin1String("number"))
        return tr("number");
    if (kind == QLatin1String("amount"))
        return tr("amount");
    if (kind == QLatin1String("percent"))
        return tr("percentage");
    if (kind == QLatin1String("date"))
        return tr("date");
    if (kind == QLatin1String("party"))
        return tr("party name");
    return kind;
}

QString decisionLabel(Decision decision)
{
    switch (decision) {
    case Decision::Open:
        return tr("Open");
    case Decision::Accepted:
        return tr("Accepted");
    case Decision::Question:
        return tr("Question");
    case Decision::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString ReportInput::watermark() const
{
    return QStringLiteral("%1 · %2").arg(reviewer, displayTime(generatedAt));
}

QString reportHtml(const ReportInput& input)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
    html += QStringLiteral("<title>%1 — %2 / %3</title>\n")
                .arg(escaped(tr("Document comparison report")), escaped(input.a.fileName),
                     escaped(input.b.fileName));
    html += QStringLiteral("<style>%1</style>\n</head>\n<body>\n").arg(QString::fromUtf8(kStyle));
    const QString mark = QStringLiteral("<span>%1</span>").arg(escaped(input.watermark()));
    html += QStringLiteral("<div class=\"watermark\" aria-hidden=\"true\">%1</div>\n")
                .arg(mark.repeated(kWatermarkCopies));
    html += Builder(input, Flavour::Browser).body();
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

QString reportBodyHtml(const ReportInput& input)
{
    return QStringLiteral("<html><body>\n") + Builder(input, Flavour::TextDocument).body() +
           QStringLiteral("</body></html>\n");
}

} // namespace ws::documents
