// Fixture of the portability check (tests/portability): line 3 is its only violation.
#include <cstdio>
#include <unistd.h>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

#ifndef _WIN32
#include <sys/stat.h>
#endif

#if defined(Q_OS_UNIX)
#include <pwd.h>
#elif defined(_WIN32)
#include <windows.h>
#endif

#if defined(_WIN32) && !defined(FB_NOTHING)
#include <direct.h>
#elif defined(__APPLE__)
#include <sys/param.h>
#else
#include <dirent.h>
#endif

/* A comment may say isatty(STDERR_FILENO) or
   #include <unistd.h> without being code. */
static const char* const kText = "isatty(fileno(stderr)) in a string is text";

bool stderrIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stderr)) != 0; // and isatty() in a comment
#else
#if FB_SOMETHING_ELSE
    return isatty(STDERR_FILENO) != 0;
#endif
    return isatty(fileno(stderr)) != 0;
#endif
}
