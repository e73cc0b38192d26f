#pragma once

// Runs a command as a child process and measures it: wall time, peak resident memory (ru_maxrss of
// the child and the children it waited for, from wait4), exit status; stops it after a timeout.

#include <QByteArray>
#include <QStringList>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace scale {

struct ChildResult
{
    bool started = false;
    bool stopped = false; // killed at the timeout
    int exitCode = -1;    // -1 when killed by a signal
    double seconds = 0;
    qint64 peakRssKiB = 0;
};

// `stdoutPath` / `stdinPath` redirect when not empty; `timeoutSeconds` <= 0 waits for ever.
inline ChildResult runChild(const QStringList& command, const QString& stdoutPath = {}, const QString& stdinPath = {},
                            double timeoutSeconds = 0)
{
    ChildResult result;
    if (command.isEmpty())
        return result;
    std::vector<QByteArray> args;
    for (const QString& arg : command)
        args.push_back(arg.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const QByteArray out = stdoutPath.toLocal8Bit();
    const QByteArray in = stdinPath.toLocal8Bit();

    const auto begin = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0)
        return result;
    if (pid == 0) {
        setpgid(0, 0); // its own group: a timeout stops its helpers too
        if (!out.isEmpty()) {
            const int fd = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd >= 0)
                dup2(fd, STDOUT_FILENO);
        }
        if (!in.isEmpty()) {
            const int fd = open(in.constData(), O_RDONLY);
            if (fd >= 0)
                dup2(fd, STDIN_FILENO);
        }
        execvp(argv[0], argv.data());
        _exit(127);
    }
    result.started = true;
    int status = 0;
    rusage usage{};
    bool termSent = false;
    for (;;) {
        const pid_t done = wait4(pid, &status, timeoutSeconds > 0 ? WNOHANG : 0, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            return result;
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        if (timeoutSeconds > 0 && elapsed > timeoutSeconds && !termSent) {
            kill(-pid, SIGTERM);
            termSent = true;
            result.stopped = true;
        } else if (termSent && elapsed > timeoutSeconds + 10) {
            kill(-pid, SIGKILL);
        }
        if (timeoutSeconds > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    result.peakRssKiB = usage.ru_maxrss;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

} // namespace scale
