#pragma once

#include <QStringList>

#include <vector>

namespace ws::store {

// One step of the schema history. Steps are applied in order and never edited once released:
// a change to the schema is a new step. Table names carry the domain prefix of the source's
// information platform: stk_ securities, fnd_ funds, idx_ indices, cli_ clients, kg_ knowledge
// graph, doc_ documents, md_ market data, rsk_ risk, sys_ the workstation itself.
struct Migration
{
    int version;
    const char* title;
    QStringList statements;
};

const std::vector<Migration>& migrations();

} // namespace ws::store
