#include "search/RankFunction.h"

#include "search/Fts5Api.h"

#include <algorithm>
#include <cmath>
#include <sqlite3.h>
#include <vector>

namespace ws {

namespace {

constexpr double k1 = 1.2;
constexpr double b = 0.75;

// What one query needs for every row it ranks: computed at the first row, kept as FTS5 aux data.
struct QueryStatistics
{
    double averageLength = 1;
    std::vector<double> idf;       // per phrase
    std::vector<double> frequency; // per phrase, reused for each row
};

struct FrequencyCount
{
    long long hits = 0;
    sqlite3_int64 rowidAtCap = 0;
};

int countHit(const Fts5ExtensionApi* api, Fts5Context* fts, void* data)
{
    auto* count = static_cast<FrequencyCount*>(data);
    if (++count->hits < RankFunction::exactFrequencyCap)
        return SQLITE_OK;
    count->rowidAtCap = api->xRowid(fts);
    return SQLITE_DONE; // enough: xQueryPhrase walks in ascending rowid, the rest is estimated
}

// Stories containing phrase `phrase`: exact up to the cap, beyond it the cap scaled by how much of
// the table (rowids 1 to rowidAtCap, of rows in all) held that many.
double documentFrequency(const Fts5ExtensionApi* api, Fts5Context* fts, int phrase, sqlite3_int64 rows,
                         int* rc)
{
    FrequencyCount count;
    *rc = api->xQueryPhrase(fts, phrase, &count, countHit);
    if (count.rowidAtCap <= 0)
        return double(count.hits);
    const double estimate = double(count.hits) * double(rows) / double(count.rowidAtCap);
    return std::clamp(estimate, double(count.hits), double(rows));
}

void freeStatistics(void* data)
{
    delete static_cast<QueryStatistics*>(data);
}

QueryStatistics* statisticsFor(const Fts5ExtensionApi* api, Fts5Context* fts, int* rc)
{
    if (auto* known = static_cast<QueryStatistics*>(api->xGetAuxdata(fts, 0)))
        return known;
    auto statistics = new (std::nothrow) QueryStatistics;
    if (!statistics) {
        *rc = SQLITE_NOMEM;
        return nullptr;
    }
    const int phrases = api->xPhraseCount(fts);
    statistics->idf.assign(std::size_t(phrases), 0.0);
    statistics->frequency.assign(std::size_t(phrases), 0.0);
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (*rc == SQLITE_OK && rows > 0)
        statistics->averageLength = double(tokens) / double(rows);
    for (int phrase = 0; *rc == SQLITE_OK && phrase < phrases; ++phrase) {
        const double hits = documentFrequency(api, fts, phrase, rows, rc);
        // bm25's IDF, floored as FTS5 floors it (a phrase in more than half the rows).
        const double idf = std::log((double(rows) - hits + 0.5) / (hits + 0.5));
        statistics->idf[std::size_t(phrase)] = idf <= 0.0 ? 1e-6 : idf;
    }
    if (*rc != SQLITE_OK) {
        delete statistics;
        return nullptr;
    }
    *rc = api->xSetAuxdata(fts, statistics, freeStatistics); // frees it on failure too
    return *rc == SQLITE_OK ? statistics : nullptr;
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int count,
          sqlite3_value** weights)
{
    int rc = SQLITE_OK;
    QueryStatistics* statistics = statisticsFor(api, fts, &rc);
    if (!statistics) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::fill(statistics->frequency.begin(), statistics->frequency.end(), 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            statistics->frequency[std::size_t(phrase)] +=
                column < count ? sqlite3_value_double(weights[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double norm = k1 * (1 - b + b * double(length) / statistics->averageLength);
    double score = 0;
    for (std::size_t phrase = 0; phrase < statistics->idf.size(); ++phrase) {
        const double f = statistics->frequency[phrase];
        score += statistics->idf[phrase] * (f * (k1 + 1.0)) / (f + norm);
    }
    sqlite3_result_double(context, -score);
}

} // namespace

bool RankFunction::registerWith(sqlite3* db)
{
    fts5_api* api = fts5ApiOf(db);
    return api && api->xCreateFunction(api, name, nullptr, rank, nullptr) == SQLITE_OK;
}

} // namespace ws
