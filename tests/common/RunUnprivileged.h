#pragma once

#include <QString>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

namespace ws::test {

// Runs `checks` as the user "nobody" in a child process when the test runs as root (root ignores
// file permissions, so read-only files and folders would not be read-only), else in this process.
// Returns the failures the checks report, empty when every check held.
inline QString runUnprivileged(const std::function<QString()>& checks)
{
    constexpr uid_t nobody = 65534;
    if (geteuid() != 0)
        return checks();
    int channel[2];
    if (pipe(channel) != 0)
        return QStringLiteral("pipe() failed");
    const pid_t child = fork();
    if (child == 0) {
        close(channel[0]);
        const QString failures = setgid(nobody) == 0 && setuid(nobody) == 0
                                     ? checks()
                                     : QStringLiteral("cannot become the user nobody");
        const QByteArray text = failures.toUtf8();
        (void)!write(channel[1], text.constData(), size_t(text.size()));
        _exit(0);
    }
    close(channel[1]);
    QByteArray text;
    char buffer[4096];
    for (ssize_t n; (n = read(channel[0], buffer, sizeof buffer)) > 0;)
        text.append(buffer, n);
    close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status))
        return QStringLiteral("the unprivileged child crashed (status %1)").arg(status);
    return QString::fromUtf8(text);
}

} // namespace ws::test
