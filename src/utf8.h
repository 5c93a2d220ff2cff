/* UTF-8 checks shared by the JSON writer and the messages that echo input. */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>

size_t utf8_length(const unsigned char *p);

#endif
