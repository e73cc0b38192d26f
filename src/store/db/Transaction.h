#pragma once

namespace ws {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran: an exception or an
// early return never leaves half a batch behind.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace ws
