/* Paging text taller than the terminal through $HTTPSTATUS_PAGER, $PAGER or less. */
#ifndef PAGER_H
#define PAGER_H

#include <stdbool.h>
#include <stddef.h>

const char *pager_command(void);
bool pager_show(const char *text, size_t len);

#endif
