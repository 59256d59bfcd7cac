#ifndef SKILLS_TUI_CWCHAR_SHIM_H
#define SKILLS_TUI_CWCHAR_SHIM_H
/* Swift's Glibc module is built without _XOPEN_SOURCE, which hides wcwidth(3).
   This header exposes it (and the per-thread locale calls it needs) to the engine. */
#define _XOPEN_SOURCE 700
#define _GNU_SOURCE 1
#include <wchar.h>
#include <locale.h>

static inline int cwchar_width(unsigned int scalar) {
    return wcwidth((wchar_t)scalar);
}
#endif
