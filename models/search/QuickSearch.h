#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace ws::search {

// One thing Ctrl+K can find.
struct Hit
{
    enum class Kind { Security, Fund, Client, Command };
    Kind kind;
    QString key;      // security "000001.SZSE", fund code, client id, command id
    QString title;    // name
    QString subtitle; // code, category, branch...
    int score = 0;    // higher first
};

// Finds securities, funds, clients (in the cache) and commands (registered by the GUI) by code,
// pinyin initials or name. Matching ranks exact code, code prefix, exact initials, initials
// prefix, name prefix, name substring, in that order.
class QuickSearch
{
public:
    struct Command
    {
        QString id;
        std::function<QString()> title; // translated at search time, so a language switch applies
        QString keywords;               // extra words, e.g. English and pinyin initials
        const void* owner = nullptr;    // who registered it (a window); removeCommandsOf() withdraws them
    };

    explicit QuickSearch(QString connectionName) : connection_(std::move(connectionName)) {}
    void addCommand(Command c);
    void removeCommandsOf(const void* owner);
    QList<Hit> find(const QString& text, int limit = 30) const;

    // The score of `text` against one entry's fields; 0 = no match. Exposed for tests.
    static int score(const QString& text, const QString& code, const QString& initials, const QString& name);

private:
    QString connection_;
    std::vector<Command> commands_;
};

} // namespace ws::search
