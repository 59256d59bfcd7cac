#ifndef SKILLS_TUI_CPOSTGRESQL_SHIM_H
#define SKILLS_TUI_CPOSTGRESQL_SHIM_H
/* libpq from libpq-dev; Debian installs its headers under /usr/include/postgresql. */
#include <postgresql/libpq-fe.h>

/* A notice processor that drops notices: libpq's default prints them on stderr, and the
   engine never prints. Notices we care about (none so far) would be read as results. */
static inline void cpostgresql_ignore_notice(void *arg, const char *message) {
    (void)arg;
    (void)message;
}

static inline void cpostgresql_silence_notices(PGconn *connection) {
    PQsetNoticeProcessor(connection, cpostgresql_ignore_notice, 0);
}
#endif
