#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ws {

// A subcommand's arguments: flags (--json), options with a value (--type T) and positionals, in
// any order. Unknown flags are errors so that a typo never passes silently.
class CliOptions
{
public:
    // `flags` take no value, `valued` take one. Returns an error message, or empty on success.
    QString parse(const QStringList& args, const QStringList& flags, const QStringList& valued);

    bool has(const QString& flag) const { return m_flags.contains(flag); }
    std::optional<QString> value(const QString& option) const;
    QStringList values(const QString& option) const;
    const QStringList& positionals() const { return m_positionals; }

private:
    QStringList m_flags;
    QList<QPair<QString, QString>> m_values;
    QStringList m_positionals;
};

} // namespace ws
