#include "CliOptions.h"

#include <QCoreApplication>

namespace ws {

QString CliOptions::parse(const QStringList& args, const QStringList& flags, const QStringList& valued)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--")) {
            m_positionals += args.mid(i + 1);
            break;
        }
        if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            QString name = arg.mid(2);
            QString inlineValue;
            const qsizetype equals = name.indexOf(QLatin1Char('='));
            if (equals > 0) {
                inlineValue = name.mid(equals + 1);
                name = name.left(equals);
            }
            if (flags.contains(name) && equals < 0) {
                m_flags.append(name);
            } else if (valued.contains(name)) {
                if (equals > 0) {
                    m_values.append({name, inlineValue});
                } else if (i + 1 < args.size()) {
                    m_values.append({name, args[++i]});
                } else {
                    return QCoreApplication::translate("CliOptions", "--%1 needs a value").arg(name);
                }
            } else {
                return QCoreApplication::translate("CliOptions", "unknown option --%1").arg(name);
            }
        } else {
            m_positionals.append(arg);
        }
    }
    return {};
}

std::optional<QString> CliOptions::value(const QString& option) const
{
    for (auto it = m_values.crbegin(); it != m_values.crend(); ++it) {
        if (it->first == option)
            return it->second;
    }
    return std::nullopt;
}

QStringList CliOptions::values(const QString& option) const
{
    QStringList result;
    for (const auto& [name, value] : m_values) {
        if (name == option)
            result.append(value);
    }
    return result;
}

} // namespace ws
