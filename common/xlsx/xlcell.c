/* xlcell: a CSV field as a spreadsheet cell. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/xalloc.h"
#include "common/table/longform.h"
#include "common/table/tally.h"
#include "common/xlsx/xlcell.h"

/* The rows a profile keeps while the notation is open, and what the
 * totals decided. */
struct xlcell_sums {
	struct tally_table table;
	bool started;
	char example[NUM_MAX];	/* the first cell read two ways */
	long line;		/* its row's line */
	enum { SUMS_OPEN, SUMS_DUTCH, SUMS_CANONICAL, SUMS_UNSETTLED } said;
};

static const char *const xlcell_messages[XLCELL_STATUS_COUNT] = {
	[XLCELL_OK] = "ok",
	[XLCELL_EDIGITS] = "more digits than a spreadsheet number holds",
	[XLCELL_ETOOLONG] = "text longer than Excel's 32767 UTF-16 units",
};

const char *
xlcell_strerror(enum xlcell_status status)
{
	if ((unsigned)status >= XLCELL_STATUS_COUNT)
		return "unknown xlcell status";
	return xlcell_messages[status];
}

/* True for "-"? digits ("." digits)?: the form tabel-norm writes. Sets
 * *FRACTION to the digits after the point. */
static bool
canonical_form(const char *s, size_t len, size_t *fraction)
{
	size_t i = s[0] == '-', start = i, point = 0;

	for (; i < len; i++) {
		if (s[i] == '.' && point == 0 && i > start && i + 1 < len)
			point = i;
		else if (!isdigit((unsigned char)s[i]))
			return false;
	}
	*fraction = point != 0 ? len - point - 1 : 0;
	return len > start;
}

/* "0123", "-007": a code, whatever num_parse makes of it. */
static bool
leading_zero(const char *s, size_t len)
{
	size_t sign = s[0] == '-';

	return len > sign + 1 && s[sign] == '0' &&
	    isdigit((unsigned char)s[sign + 1]);
}

bool
xlcell_plain_integer(const char *s, size_t len)
{
	size_t sign = len > 0 && s[0] == '-';

	return len > sign && strspn(s + sign, "0123456789") == len - sign;
}

enum xlcell_hint
xlcell_hint(const char *s, size_t len)
{
	struct num_amount a;
	size_t fraction;

	if (len == 0)
		return XLCELL_HINT_NONE;
	if (leading_zero(s, len))
		return XLCELL_HINT_CODE;
	if (canonical_form(s, len, &fraction))
		return fraction != 0 && fraction != 3 ? XLCELL_HINT_CANONICAL :
		    XLCELL_HINT_NONE;
	if (num_parse(s, len, NUM_LOCALE_NL, &a) == NUM_OK &&
	    (a.grouped || a.has_unit || memchr(s, ',', len) != NULL))
		return XLCELL_HINT_DUTCH;
	return XLCELL_HINT_NONE;
}

/* The significant digits of canonical VALUE: from the first non-zero
 * digit to the last. */
static size_t
significant(const char *value)
{
	size_t first = strcspn(value, "123456789"), last = first;

	for (size_t i = first; value[i] != '\0'; i++)
		if (value[i] >= '1' && value[i] <= '9')
			last = i;
	if (value[first] == '\0')
		return 0;
	return last - first + 1 - (strchr(value + first, '.') != NULL &&
	    strchr(value + first, '.') < value + last);
}

/* The double nearest to canonical VALUE. With at most 19 digits and 22
 * decimals, digits and power of ten are both exact doubles, so one
 * division rounds correctly (Clinger's fast path); else strtod. */
static double
to_double(const char *value)
{
	static const double pow10[] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
		1e22,
	};
	const char *p = value + (value[0] == '-');
	unsigned long long m = 0;
	int digits = 0, decimals = -1;

	for (; *p != '\0'; p++) {
		if (*p == '.') {
			decimals = 0;
			continue;
		}
		m = m * 10 + (unsigned)(*p - '0');
		digits++;
		decimals += decimals >= 0;
	}
	if (digits > 19 || decimals > 22 || m > (1ULL << 53))
		return strtod(value, NULL);	/* C locale: no setlocale */
	return (value[0] == '-' ? -1.0 : 1.0) * ((double)m /
	    pow10[decimals > 0 ? decimals : 0]);
}

/* Set *OUT to VALUE as a double when Excel, which keeps 15 significant
 * digits, shows VALUE exactly. The "%.16G" libxlsxwriter writes then
 * always reads back as the same double: the double nearest a decimal of
 * at most 15 digits is within half an ulp of it, and so is the nearest
 * 16-digit decimal "%.16G" prints ("8.3" may be written
 * "8.300000000000001", which is the same double). */
static bool
fits_double(const char *value, double *out)
{
	if (significant(value) > XLCELL_MAX_DIGITS)
		return false;
	*out = to_double(value);
	return true;
}

bool
xlcell_escaped_at(const char *s, size_t len)
{
	return len >= 7 && s[0] == '_' && s[1] == 'x' &&
	    strspn(s + 2, "0123456789abcdefABCDEF") >= 4 && s[6] == '_';
}

size_t
xlcell_fit(const char *s, size_t len, size_t *chars)
{
	size_t units = 0, written = 0, i, k;

	*chars = 0;
	for (i = 0; i < len; i += k) {
		unsigned char c = (unsigned char)s[i];
		size_t u = c >= 0xf0 ? 2 : 1;	/* a surrogate pair */
		size_t w = 1 + (xlcell_escaped_at(s + i, len - i) ? 6 : 0);

		k = 1;
		while (i + k < len && ((unsigned char)s[i + k] & 0xc0) == 0x80)
			k++;
		if (units + u > XLCELL_MAX_CHARS || written + w >
		    XLCELL_MAX_CHARS)
			break;
		units += u;
		written += w;
		(*chars)++;
	}
	return i;
}

/* Digits before the point of canonical VALUE, for the width. */
static size_t
int_digits(const char *value)
{
	return strcspn(value + (value[0] == '-'), ".");
}

enum xlcell_status
xlcell_text(const char *s, size_t len, struct xlcell *c)
{
	size_t cut;

	memset(c, 0, sizeof *c);
	if (len == 0)
		return XLCELL_OK;

	c->kind = XLCELL_TEXT;
	cut = xlcell_fit(s, len, &c->width);
	c->len = cut;
	return cut < len ? XLCELL_ETOOLONG : XLCELL_OK;
}

/* The amount A (parsed from S) as a number, or as text when a double
 * cannot hold it. */
static enum xlcell_status
read_amount(const char *s, size_t len, const struct num_amount *a,
    struct xlcell *c)
{
	char shown[NUM_MAX];
	const char *point;
	size_t digits = int_digits(a->value);

	memcpy(c->value, a->value, sizeof c->value);
	if (a->percent && num_scale(a->value, -2, shown, sizeof shown) ==
	    NUM_OK)
		c->percent = true;
	else
		memcpy(shown, a->value, sizeof shown);
	if (!fits_double(shown, &c->number)) {
		xlcell_text(s, len, c);
		memcpy(c->value, a->value, sizeof c->value);
		return XLCELL_EDIGITS;
	}
	c->kind = XLCELL_NUMBER;
	point = strchr(a->value, '.');
	c->decimals = a->exp10 == 0 || a->percent ? a->decimals :
	    point != NULL ? (int)strlen(point + 1) : 0;
	c->euro = a->currency != NULL && strcmp(a->currency, "EUR") == 0;
	c->currency = a->currency;
	c->own_unit = a->has_unit || a->percent;
	c->width = (a->value[0] == '-') + digits + (digits - 1) / 3 +
	    (c->decimals > 0 ? (size_t)c->decimals + 1 : 0) + c->percent +
	    (c->euro ? 2 : 0);
	return XLCELL_OK;
}

enum xlcell_status
xlcell_read(const char *s, size_t len, bool canonical, struct xlcell *c)
{
	struct num_amount a;
	size_t fraction;

	memset(c, 0, sizeof *c);
	if (len == 0)
		return XLCELL_OK;
	if (leading_zero(s, len))
		return xlcell_text(s, len, c);	/* a code: "0123" */
	if (canonical && len < NUM_MAX && memchr(s, ',', len) != NULL &&
	    tally_two_ways(s, len)) {
		/* read as tally_read_point does: "1,125" is 1125 */
		if (num_parse(s, len, NUM_LOCALE_EN, &a) != NUM_OK)
			return xlcell_text(s, len, c);
		return read_amount(s, len, &a, c);
	}
	if (len < NUM_MAX && canonical_form(s, len, &fraction) &&
	    (canonical || memchr(s, '.', len) == NULL)) {
		/* canonical already (an integer is in any notation): its
		 * own value, and the common case worth the shortcut */
		memset(&a, 0, sizeof a);
		memcpy(a.value, s, len);
		a.decimals = (int)fraction;
		return read_amount(s, len, &a, c);
	}
	switch (num_parse(s, len, NUM_LOCALE_NL, &a)) {
	case NUM_OK:
		break;
	case NUM_TOO_LONG:
		xlcell_text(s, len, c);
		return XLCELL_EDIGITS;
	default:
		return xlcell_text(s, len, c);
	}
	return read_amount(s, len, &a, c);
}

/* Keep the row of N fields, from LINE, for the totals. */
static void
sums_add(struct xlcell_profile *p, char *const *fields, const size_t *lens,
    size_t n, long line)
{
	struct xlcell_sums *u;

	if (p->sums == NULL)
		p->sums = xcalloc(1, sizeof *p->sums);
	u = p->sums;
	if (!u->started) {
		tally_start(&u->table, NULL, n);
		u->started = true;
	}
	tally_add(&u->table, fields, lens, n, line);
}

/* Settle the notation of U as tabel-norm and tabel-check do
 * (common/table/tally): a table whose cells show no notation by its
 * totals; a cell read two ways is then "1.125" (TALLY_READ_POINT). */
static void
sums_settle(struct xlcell_sums *u)
{
	struct tally_reading r;

	tally_notation(&u->table, &r);
	u->said = r.read == TALLY_READ_POINT ? SUMS_CANONICAL :
	    r.read == TALLY_READ_UNSETTLED ? SUMS_UNSETTLED : SUMS_DUTCH;
	if (r.example != NULL)
		snprintf(u->example, sizeof u->example, "%s", r.example);
	u->line = r.line;
}

/* The notation of P, settled once: a file of tabel-norm's canonical
 * amounts ("111.75") and no Dutch one is canonical, any other as its
 * cells and totals say. */
static bool
settle(const struct xlcell_profile *p, bool *unsettled)
{
	struct xlcell_sums *u = p->sums;

	*unsettled = false;
	if (p->canonical && !p->dutch)
		return true;
	if (u == NULL)
		return false;
	if (u->said == SUMS_OPEN)
		sums_settle(u);
	*unsettled = u->said == SUMS_UNSETTLED;
	return u->said == SUMS_CANONICAL;
}

void
xlcell_unit(struct xlcell *c, const char *unit)
{
	char shown[NUM_MAX];
	double number;

	if (c->kind != XLCELL_NUMBER || c->own_unit || unit == NULL ||
	    unit[0] == '\0')
		return;
	if (strcmp(unit, "%") == 0) {
		if (num_scale(c->value, -2, shown, sizeof shown) != NUM_OK ||
		    !fits_double(shown, &number))
			return;		/* stays the number written */
		c->number = number;
		c->percent = true;
		c->width++;
		return;
	}
	c->currency = unit;
	c->euro = strcmp(unit, "EUR") == 0;
	c->width += c->euro ? 2 : 0;
}

void
xlcell_profile_header(struct xlcell_profile *p, char *const *fields,
    const size_t *lens, size_t n)
{
	struct num_unit u;

	free(p->unit_col);
	p->unit_col = xcalloc(n + 1, sizeof *p->unit_col);
	p->nunits = n;
	p->value_col = p->currency_col = -1;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(fields[i], longform_norm_name(LONGFORM_VALUE)) == 0)
			p->value_col = (long)i;
		if (strcmp(fields[i], longform_norm_name(LONGFORM_CURRENCY)) ==
		    0)
			p->currency_col = (long)i;
		/* a currency only unscaled: "7,5" under "steun (MEUR)" is
		 * no 7,50 € */
		if (i > 0 && num_unit_read(fields[i], lens[i], &u) == NUM_OK)
			p->unit_col[i] = u.percent ? "%" : u.exp10 == 0 ?
			    u.currency : NULL;
	}
}

const char *
xlcell_profile_unit(const struct xlcell_profile *p, char *const *fields,
    size_t n, size_t col)
{
	if (p->value_col >= 0 && p->currency_col >= 0 &&
	    col == (size_t)p->value_col && (size_t)p->currency_col < n)
		return fields[p->currency_col];
	return col < p->nunits ? p->unit_col[col] : NULL;
}

void
xlcell_profile_add(struct xlcell_profile *p, char *const *fields,
    const size_t *lens, size_t n, long line)
{
	enum xlcell_hint h;

	if (n > p->ncols) {
		p->code_col = xreallocarray(p->code_col, n,
		    sizeof *p->code_col);
		memset(p->code_col + p->ncols, 0, n - p->ncols);
		p->ncols = n;
	}
	for (size_t i = 1; i < n; i++) {
		h = xlcell_hint(fields[i], lens[i]);
		p->dutch |= h == XLCELL_HINT_DUTCH;
		p->canonical |= h == XLCELL_HINT_CANONICAL;
		p->code_col[i] |= h == XLCELL_HINT_CODE;
	}
	sums_add(p, fields, lens, n, line);
}

bool
xlcell_profile_canonical(const struct xlcell_profile *p)
{
	bool unsettled;

	return settle(p, &unsettled);
}

const char *
xlcell_profile_unsettled(const struct xlcell_profile *p, long *line)
{
	bool unsettled;

	settle(p, &unsettled);
	if (unsettled && line != NULL)
		*line = p->sums->line;
	return unsettled ? p->sums->example : NULL;
}

bool
xlcell_profile_codes(const struct xlcell_profile *p, size_t col)
{
	return col < p->ncols && p->code_col[col];
}

void
xlcell_profile_free(struct xlcell_profile *p)
{
	free(p->code_col);
	if (p->sums != NULL && p->sums->started)
		tally_free(&p->sums->table);
	free(p->sums);
	free(p->unit_col);
	memset(p, 0, sizeof *p);
}
