/* formula: the formula guard's rule (see formula.h). */
#include <string.h>

#include "common/num/formula.h"
#include "common/num/num.h"

bool
formula_like(const char *s, size_t len)
{
	struct num_amount a;
	size_t i = 0;

	while (i < len && (s[i] == '\t' || s[i] == '\r'))
		i++;
	return i < len && s[i] != '\0' && strchr("=+-@", s[i]) != NULL &&
	    (i > 0 || num_parse(s, len, NUM_LOCALE_NL, &a) != NUM_OK);
}
