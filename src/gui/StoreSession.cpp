#include "StoreSession.h"

#include "Store.h"
#include "db/Statement.h"

namespace ws {

StoreSession::StoreSession(QObject* parent) : QObject(parent) {}

StoreSession::~StoreSession() = default;

void StoreSession::open(const QString& path)
{
    auto db = std::make_unique<Database>(Store::open(path));
    m_db = std::move(db);
    emit opened();
}

void StoreSession::close()
{
    if (!m_db)
        return;
    m_db.reset();
    emit opened();
}

qint64 StoreSession::storyCount() const
{
    if (!m_db)
        return 0;
    Statement statement = m_db->prepare(QStringLiteral("SELECT count(*) FROM stories"));
    return statement.step() ? statement.int64(0) : 0;
}

bool StoreSession::hasStories() const
{
    if (!m_db)
        return false;
    Statement statement = m_db->prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM stories)"));
    return statement.step() && statement.integer(0) != 0;
}

void StoreSession::notifyDataChanged()
{
    emit dataChanged();
}

} // namespace ws
