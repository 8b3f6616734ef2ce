#include "search/QuickSearch.h"

#include "reference/Pinyin.h"
#include "store/Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace ws::search {

namespace {
// Initials of a command title in either language: first letter of each Latin word, pinyin
// initials of Chinese, so "Open securities master" -> "OSM" and "打开证券主表" -> "DKZQZB".
QString titleInitials(const QString& title)
{
    QString out;
    for (const QString& word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.front().unicode() < 0x80)
            out += word.front().toUpper();
        else
            out += reference::pinyinInitials(word);
    }
    return out;
}
} // namespace

int QuickSearch::score(const QString& text, const QString& code, const QString& initials, const QString& name)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    const QString upper = t.toUpper();
    if (code.compare(t, Qt::CaseInsensitive) == 0)
        return 100;
    if (code.startsWith(t, Qt::CaseInsensitive))
        return 90;
    if (!initials.isEmpty() && initials == upper)
        return 85;
    if (!initials.isEmpty() && initials.startsWith(upper))
        return 80;
    if (name.startsWith(t, Qt::CaseInsensitive))
        return 70;
    if (name.contains(t, Qt::CaseInsensitive))
        return 60;
    if (!initials.isEmpty() && initials.contains(upper))
        return 40;
    return 0;
}

void QuickSearch::addCommand(Command c)
{
    std::erase_if(commands_, [&](const Command& old) { return old.id == c.id && old.owner == c.owner; });
    commands_.push_back(std::move(c));
}

void QuickSearch::removeCommandsOf(const void* owner)
{
    std::erase_if(commands_, [&](const Command& c) { return c.owner == owner; });
}

QList<Hit> QuickSearch::find(const QString& text, int limit) const
{
    QList<Hit> hits;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return hits;

    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    if (db.isOpen()) {
        const QString like = store::escapeLike(t);
        struct Source
        {
            Hit::Kind kind;
            const char* sql; // code, name, pinyin, subtitle, key
        };
        static const Source sources[] = {
            {Hit::Kind::Security,
             "SELECT code, name, pinyin, code || '.' || CASE exchange WHEN 'SZSE' THEN 'SZ' ELSE 'SH' END, "
             "code || '.' || exchange FROM stk_security"},
            {Hit::Kind::Fund, "SELECT code, name, pinyin, code || ' ' || category, code FROM fnd_fund"},
            {Hit::Kind::Client,
             "SELECT client_id, name, pinyin, client_id || ' ' || branch, client_id FROM cli_client"},
        };
        for (const Source& s : sources) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // Indexed prefix matches first; the substring match on the name catches the rest.
            q.prepare(QLatin1String(s.sql) +
                      QStringLiteral(" WHERE code_key LIKE ? ESCAPE '\\' OR pinyin LIKE ? ESCAPE '\\' "
                                     "OR name LIKE ? ESCAPE '\\' LIMIT ?")
                          .replace(QLatin1String("code_key"),
                                   QLatin1String(s.kind == Hit::Kind::Client ? "client_id" : "code")));
            q.addBindValue(like + QLatin1Char('%'));
            q.addBindValue(QLatin1Char('%') + like.toUpper() + QLatin1Char('%'));
            q.addBindValue(QLatin1Char('%') + like + QLatin1Char('%'));
            q.addBindValue(limit * 4);
            if (!q.exec())
                continue; // a table that is not there yet simply finds nothing
            while (q.next()) {
                const int sc = score(t, q.value(0).toString(), q.value(2).toString(), q.value(1).toString());
                if (sc > 0)
                    hits.push_back(
                        Hit{s.kind, q.value(4).toString(), q.value(1).toString(), q.value(3).toString(), sc});
            }
        }
    }
    for (const Command& c : commands_) {
        const QString title = c.title();
        int sc = std::max(score(t, QString(), titleInitials(title), title),
                          score(t, QString(), QString(), c.keywords));
        if (sc > 0)
            hits.push_back(
                Hit{Hit::Kind::Command, c.id, title, c.keywords, sc - 5}); // data before commands on ties
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.subtitle < b.subtitle;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace ws::search
